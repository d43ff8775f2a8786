package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0    | Imported 0 expenses
            1    | Imported 1 expense
            2    | Imported 2 expenses
            1234 | Imported 1234 expenses
            """)
    void pluralsChooseTheirFormAndCountsKeepTheirDigits(int count, String text) {
        assertThat(Messages.format("import.imported", count, String.valueOf(count))).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void argumentsFillThePatternAndPlainKeysAreReadAsWritten() {
        assertThat(Messages.format("import.reading", "in.csv")).isEqualTo("Reading in.csv…");
        assertThat(Messages.get("import.noRows")).isEqualTo("The file has no rows to import.");
    }

    /** Month and day names follow the bundle: US English for the base bundle, a translation's own language else. */
    @org.junit.jupiter.api.Test
    void theBaseBundleNamesMonthsAndDaysInUsEnglish() {
        assertThat(Messages.locale()).isEqualTo(java.util.Locale.US);
        assertThat(java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d", Messages.locale())
                .format(java.time.LocalDate.of(2026, 3, 2))).isEqualTo("Mon, Mar 2");
    }
}
