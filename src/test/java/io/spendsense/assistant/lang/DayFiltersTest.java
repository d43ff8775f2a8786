package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.DayKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayFiltersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            How much did I spend on weekends last month?   | WEEKEND | on weekends
            what do I spend at the weekend                 | WEEKEND | at the weekend
            weekend spending                               | WEEKEND | weekend
            spending over the weekends in 2025             | WEEKEND | over the weekends
            saturdays and sundays in 2025                  | WEEKEND | saturdays and sundays
            on Saturdays or Sundays                        | WEEKEND | on saturdays or sundays
            weekdays                                       | WEEKDAY | weekdays
            lunch on weekdays last month                   | WEEKDAY | on weekdays
            workdays                                       | WEEKDAY | workdays
            coffee during the week                         | WEEKDAY | during the week
            on work days                                   | WEEKDAY | on work days
            business days in March                         | WEEKDAY | business days
            """)
    void readsTheDayFilter(String question, DayKind kind, String words) {
        Optional<DayMatch> found = find(question);
        assertThat(found).as(question).isPresent();
        assertThat(found.get().days()).isEqualTo(kind);
        assertThat(found.get().words()).isEqualTo(words);
    }

    @ParameterizedTest(name = "no day filter in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            this weekend
            How much did I spend last weekend?
            last week
            the week before
            during the week of March 2
            on Saturday
            How much did I spend this week?
            """)
    void leavesPeriodsAlone(String question) {
        assertThat(find(question)).isEmpty();
    }

    @Test
    void skipsPeriodWeekendsEvenWithoutThePeriodMatches() {
        assertThat(new DayFilters().find(Normalizer.normalize("last weekend").tokens())).isEmpty();
        assertThat(new DayFilters().find(Normalizer.normalize("on weekends").tokens())).isPresent();
    }

    private static Optional<DayMatch> find(String question) {
        List<Token> tokens = Normalizer.normalize(question).tokens();
        var periods = new PeriodGrammar(LocalDate.parse("2026-03-20")).findAll(tokens);
        return new DayFilters().find(tokens, periods);
    }
}
