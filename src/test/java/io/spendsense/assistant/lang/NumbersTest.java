package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12        | 12
            1250.50   | 1250.50
            0.99      | 0.99
            2025      | 2025
            """)
    void parsesPlainNumbersExactly(String token, BigDecimal expected) {
        assertThat(Numbers.parse(token)).contains(expected);
        assertThat(Numbers.parse(token).orElseThrow().scale()).isEqualTo(expected.scale());
    }

    @ParameterizedTest(name = "{0} is not a number")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02
            12/2025
            14.03.2026
            twelve
            1e5
            -5
            12345678901234567890
            """)
    void rejectsAnythingElse(String token) {
        assertThat(Numbers.parse(token)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            14          | 14
            2025        | 2025
            12.5        | -1
            1234567890  | -1
            march       | -1
            """)
    void readsWholeNumbers(String token, int expected) {
        assertThat(Numbers.intValue(token)).isEqualTo(expected);
    }
}
