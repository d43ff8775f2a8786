package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvatarsAndAmountTextTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            Ada Lovelace,   AL
            alice,          AL
            x,              X
            john.doe,       JD
            '  mary  ann ', MA
            """)
    void initials(String name, String expected) {
        assertThat(Avatars.initials(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12.5,       12.5
            '1,234.56', 1234.56
            '12,50',    12.50
            ' $40 ',    40
            .5,         0.5
            abc,
            '',
            1.2.3,
            """)
    void amountsAsTyped(String text, java.math.BigDecimal expected) {
        var parsed = AmountText.parse(text);
        if (expected == null) {
            assertThat(parsed).isNull();
        } else {
            assertThat(parsed).isEqualByComparingTo(expected);
        }
    }
}
