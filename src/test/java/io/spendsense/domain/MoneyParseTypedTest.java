package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as typed in the editors, in either convention; "12,50" was once saved as 1,250.00. */
class MoneyParseTypedTest {
    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            12.50        | 12.50
            12,50        | 12.50
            12,5         | 12.5
            0,99         | 0.99
            1,234.56     | 1234.56
            1.234,56     | 1234.56
            1 234,56     | 1234.56
            1,234        | 1234
            1.234        | 1.234
            1.234.567    | 1234567
            1,234,567.89 | 1234567.89
            0,123        | 0.123
            ' $40 '      | 40
            €12,99       | 12.99
            -5,25        | -5.25
            .5           | 0.5
            ,5           | 0.5
            12,          | 12
            1,23,45      | null
            1.234.56     | null
            12,3.4       | null
            abc          | null
            ''           | null
            12..5        | null
            """)
    void readsBothConventions(String text, String expected) {
        var parsed = Money.parseTyped(text);
        if (expected == null) {
            assertThat(parsed).isNull();
        } else {
            assertThat(parsed).isEqualByComparingTo(expected);
        }
    }
}
