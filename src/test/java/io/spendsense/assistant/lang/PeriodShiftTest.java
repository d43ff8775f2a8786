package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.spendsense.domain.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodShiftTest {
    private final PeriodGrammar grammar = new PeriodGrammar(LocalDate.parse("2026-03-20"));

    @ParameterizedTest(name = "{0}..{1} + \"{2}\" → {3}..{4}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-02-01 | 2026-02-28 | and the month before?   | 2026-01-01 | 2026-01-31 | shift-month-before
            2026-02-01 | 2026-02-28 | the previous month      | 2026-01-01 | 2026-01-31 | shift-month-before
            2026-02-01 | 2026-02-28 | what about the month after | 2026-03-01 | 2026-03-31 | shift-month-after
            2026-03-01 | 2026-03-31 | the next month          | 2026-04-01 | 2026-04-30 | shift-month-after
            2026-01-01 | 2026-01-31 | the month before        | 2025-12-01 | 2025-12-31 | shift-month-before
            2025-01-01 | 2025-12-31 | the year before         | 2024-01-01 | 2024-12-31 | shift-year-before
            2025-01-01 | 2025-12-31 | and the previous year?  | 2024-01-01 | 2024-12-31 | shift-year-before
            2026-02-01 | 2026-02-28 | a year earlier          | 2025-02-01 | 2025-02-28 | shift-year-before
            2026-02-01 | 2026-02-28 | one year earlier        | 2025-02-01 | 2025-02-28 | shift-year-before
            2025-10-01 | 2025-12-31 | the quarter before      | 2025-07-01 | 2025-09-30 | shift-quarter-before
            2025-10-01 | 2025-12-31 | the month before        | 2025-07-01 | 2025-09-30 | shift-month-before
            2026-03-09 | 2026-03-15 | the week before         | 2026-03-02 | 2026-03-08 | shift-week-before
            2026-03-19 | 2026-03-19 | the day before          | 2026-03-18 | 2026-03-18 | shift-day-before
            2026-03-19 | 2026-03-19 | the day after           | 2026-03-20 | 2026-03-20 | shift-day-after
            2025-09-01 | 2026-02-28 | the month before        | 2025-03-01 | 2025-08-31 | shift-month-before
            2026-03-01 | 2026-03-20 | the month before        | 2026-02-01 | 2026-02-20 | shift-month-before
            2026-02-19 | 2026-03-20 | the week before         | 2026-01-20 | 2026-02-18 | shift-week-before
            2028-02-29 | 2028-02-29 | a year earlier          | 2027-02-28 | 2027-02-28 | shift-year-before
            2028-02-01 | 2028-02-29 | the year before         | 2027-02-01 | 2027-02-28 | shift-year-before
            2027-03-01 | 2027-03-31 | the same month last year? | 2026-03-01 | 2026-03-31 | shift-same-year-before
            2027-03-01 | 2027-03-10 | same time last year     | 2026-03-01 | 2026-03-10 | shift-same-year-before
            2027-01-01 | 2027-03-31 | the same quarter a year earlier | 2026-01-01 | 2026-03-31 | shift-same-year-before
            2027-04-05 | 2027-04-11 | and the same week last month | 2027-03-05 | 2027-03-11 | shift-same-month-before
            2028-02-29 | 2028-02-29 | the same day the year before | 2027-02-28 | 2027-02-28 | shift-same-year-before
            2025-12-01 | 2025-12-31 | the same period the previous year | 2024-12-01 | 2024-12-31 | shift-same-year-before
            """)
    // CHECKSTYLE.ON: LineLength
    void shiftsThePreviousPeriod(LocalDate from, LocalDate to, String question, LocalDate newFrom, LocalDate newTo,
            String rule) {
        var match = grammar.shiftPrevious(Normalizer.normalize(question).tokens(), new Period(from, to));
        assertThat(match).isPresent();
        assertThat(match.get().period()).isEqualTo(new Period(newFrom, newTo));
        assertThat(match.get().rule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "no shift: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            what about dining?
            the day before yesterday
            the year before last
            last month
            before I forget
            the same as last time
            the day after christmas
            the week before thanksgiving
            """)
    void ignoresQuestionsWithoutAShiftPhrase(String question) {
        var previous = new Period(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"));
        assertThat(grammar.shiftPrevious(Normalizer.normalize(question).tokens(), previous)).isEmpty();
    }

    @Test
    void needsAPreviousPeriodToShift() {
        var tokens = Normalizer.normalize("the month before").tokens();
        assertThat(grammar.shiftPrevious(tokens, null)).isEmpty();
        assertThat(grammar.shiftPrevious(tokens, Period.ALL_TIME)).isEmpty();
        assertThat(grammar.shiftPrevious(tokens, new Period(LocalDate.parse("2026-01-01"), null))).isEmpty();
    }
}
