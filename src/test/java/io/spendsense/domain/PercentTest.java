package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            34.48,  100,  0, 34%
            34.50,  100,  0, 35%
            1,      3,    1, 33.3%
            2,      3,    1, 66.7%
            125,    1600, 1, 7.8%
            1475,   1600, 0, 92%
            0,      10,   0, 0%
            """)
    void partOfTotalRoundsHalfUp(String part, String total, int decimals, String expected) {
        assertThat(Percent.of(new BigDecimal(part), new BigDecimal(total), decimals)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1475, 1600, 92%
            4,    1000, 0.4%
            1,    100,  1%
            50,   100,  50%
            """)
    void shareIsWholeButKeepsADecimalBelowOnePercent(String part, String total, String expected) {
        assertThat(Percent.share(new BigDecimal(part), new BigDecimal(total))).isEqualTo(expected);
    }

    @Test
    void aZeroTotalHasNoPercentage() {
        assertThat(Percent.of(BigDecimal.ONE, BigDecimal.ZERO, 0)).isNull();
        assertThat(Percent.share(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void aComputedPercentageIsRoundedOrShownAsIs() {
        assertThat(Percent.format(new BigDecimal("34.5"), 0)).isEqualTo("35%");
        assertThat(Percent.format(new BigDecimal("112.4"), 0)).isEqualTo("112%");
        assertThat(Percent.plain(new BigDecimal("34.5"))).isEqualTo("34.5%");
    }
}
