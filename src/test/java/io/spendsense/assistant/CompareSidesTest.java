package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.spendsense.domain.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sides of a comparison over the development data (today 2026-03-20): with two periods, the first named is
 * side 1; with one period named after "than", that period is side 2 and side 1 is the same kind of period now;
 * with one period named first, side 2 is the period before it.
 */
class CompareSidesTest {
    @TempDir
    static Path dir;
    static AssistantFixture fx;

    @BeforeAll
    static void load() {
        fx = new AssistantFixture(dir);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @ParameterizedTest(name = "{0}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            am I spending more on coffee than last month              | 2026-03-01 | 2026-03-31 | 2026-02-01 | 2026-02-28
            is my grocery spending higher than in January?            | 2026-03-01 | 2026-03-31 | 2026-01-01 | 2026-01-31
            did I spend less on dining than last year                 | 2026-01-01 | 2026-12-31 | 2025-01-01 | 2025-12-31
            did I spend more on dining in February than in January?   | 2026-02-01 | 2026-02-28 | 2026-01-01 | 2026-01-31
            compare my dining spending last month                     | 2026-02-01 | 2026-02-28 | 2026-01-01 | 2026-01-31
            """)
    // CHECKSTYLE.ON: LineLength
    void sides(String question, String from, String to, String from2, String to2) {
        var answer = fx.ask(new Conversation(), question);
        assertThat(answer.intent()).isEqualTo(Intent.COMPARE);
        var p1 = answer.frame().period();
        var p2 = answer.frame().period2();
        var thisMonthOrYear = new Period(java.time.LocalDate.parse(from), java.time.LocalDate.parse(to));
        // "this month" / "this year" may end today rather than at the month's end: compare the start, and the end
        // against either reading.
        assertThat(p1.from()).isEqualTo(thisMonthOrYear.from());
        assertThat(p1.to()).isIn(thisMonthOrYear.to(), AssistantFixture.TODAY);
        assertThat(p2).isEqualTo(new Period(java.time.LocalDate.parse(from2), java.time.LocalDate.parse(to2)));
    }

    @org.junit.jupiter.api.Test
    void aMonthNotOverIsAlsoComparedWithTheSameDaysOfTheOther() {
        var answer = fx.ask(new Conversation(), "compare my spending this month vs last month");
        // the value stays this month minus all of February; the text adds February 1–20
        assertThat(answer.value()).isEqualTo("-521.09");
        assertThat(answer.text()).endsWith(" So far: $3,439.46 by Mar 20, against $3,222.47 by Feb 20: $216.99 more"
                + " (+7%).");
        var years = fx.ask(new Conversation(), "compare this year with last year");
        assertThat(years.text()).contains("by Mar 20, 2026, against $11,684.37 by Mar 20, 2025");
        var past = fx.ask(new Conversation(), "compare january with february");
        assertThat(past.text()).doesNotContain("So far");
    }
}
