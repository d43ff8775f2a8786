package io.spendsense.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-05           | 2024-01-05 | yyyy-MM-dd
            2024-1-5             | 2024-01-05 | yyyy-MM-dd
            2024/01/05           | 2024-01-05 | yyyy-MM-dd
            2024-01-05 10:23:11  | 2024-01-05 | yyyy-MM-dd
            2024-01-05T23:59:00Z | 2024-01-05 | yyyy-MM-dd
            20240105             | 2024-01-05 | yyyyMMdd
            24.01.24             | 2024-01-24 | dd.MM.yy
            5.1.2024             | 2024-01-05 | dd.MM.yyyy
            13/01/2024           | 2024-01-13 | dd/MM/yyyy
            01/13/2024           | 2024-01-13 | MM/dd/yyyy
            13-01-2024           | 2024-01-13 | dd-MM-yyyy
            1/13/24              | 2024-01-13 | MM/dd/yy
            31/12/99             | 1999-12-31 | dd/MM/yy
            05 Jan 2024          | 2024-01-05 | d MMM yyyy
            5-Jan-24             | 2024-01-05 | d MMM yyyy
            05 janv. 2024        | 2024-01-05 | d MMM yyyy
            12 Mär 2024          | 2024-03-12 | d MMM yyyy
            3 mei 2024           | 2024-05-03 | d MMM yyyy
            Jan 5, 2024          | 2024-01-05 | MMM d, yyyy
            """)
    void formsAreDetectedAndRead(String text, LocalDate expected, String pattern) {
        var dates = Dates.detect(List.of(text), null, null);
        assertThat(dates.pattern()).isEqualTo(pattern);
        assertThat(dates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            02/01/2024 | 2024-01-02 | DAY_FIRST
            02/01/2024 | 2024-02-01 | MONTH_FIRST
            """)
    void theHintDecidesWhenNoDayIsAboveTwelve(String text, LocalDate expected, DateOrder hint) {
        var dates = Dates.detect(List.of(text, "03/04/2024"), null, new Dates.Hint(hint, "a hint"));
        assertThat(dates.parse(text)).isEqualTo(expected);
        assertThat(dates.reason()).isEqualTo("no day above 12; a hint");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            02/01/2024
            1/2/24
            02-01-2024
            """)
    void withoutAHintAnUndecidedOrderIsRefused(String text) {
        assertThatThrownBy(() -> Dates.detect(List.of(text), null, null))
                .isInstanceOf(StatementException.class).hasMessageContaining("day first or month first")
                .extracting(e -> ((StatementException) e).hint()).isEqualTo(ImportHint.DATE_ORDER);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            02.01.2024
            02.01.24
            """)
    void dotsAreDayFirst(String text) {
        assertThat(Dates.detect(List.of(text), null, null).order()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2024-02-30
            2024-13-01
            not a date
            """)
    void impossibleDatesAreNull(String text) {
        assertThat(Dates.detect(List.of("2024-01-01"), null, null).parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            13/01/2024, 01/13/2024
            """)
    void aFileWithBothOrdersReportsTheAmbiguousDates(String a, String b) {
        var dates = Dates.detect(List.of(a, b), null, null);
        assertThat(dates.parse(a) == null || dates.parse(b) == null).isTrue();
        var problem = dates.problem(2, "date", a);
        assertThat(problem.message()).startsWith("ambiguous date");
        assertThat(problem.hint()).isEqualTo(ImportHint.DATE_FORMAT);
    }
}
