package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A profile's own amounts: the scale they are stored at and the decimals they may have, per currency (0018). */
class MoneyTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            JPY, 2, 0
            USD, 2, 2
            EUR, 2, 2
            BHD, 3, 3
            KWD, 3, 3
            TND, 3, 3
            CLF, 3, 3
            """)
    void theScaleIsTheCurrencysDecimalsAndAtLeastTwo(String code, int scale, int digits) {
        assertThat(Money.scaleOf(code)).isEqualTo(scale);
        assertThat(Money.digitsOf(code)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1500,    JPY, 150000
            12.50,   USD, 1250
            0.01,    EUR, 1
            12.345,  BHD, 12345
            0.001,   KWD, 1
            12.5,    KWD, 12500
            """)
    void amountsAreStoredAsWholeUnitsOfTheProfilesScale(String amount, String code, long units) {
        int scale = Money.scaleOf(code);
        assertThat(Money.toMinor(new BigDecimal(amount), scale)).isEqualTo(units);
        BigDecimal back = Money.fromMinor(units, scale);
        assertThat(back).isEqualByComparingTo(amount);
        assertThat(back.scale()).isEqualTo(scale);
    }

    @Test
    void anAmountWithMoreDecimalsThanTheScaleIsNeverRoundedSilently() {
        assertThatThrownBy(() -> Money.toMinor(new BigDecimal("12.345"), 2)).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1500,         JPY,
            1500.00,      JPY,
            12.50,        JPY, TOO_MANY_DECIMALS
            0.5,          JPY, TOO_MANY_DECIMALS
            12.50,        USD,
            12.345,       USD, TOO_MANY_DECIMALS
            12.345,       BHD,
            12.3450,      BHD,
            12.3456,      BHD, TOO_MANY_DECIMALS
            0.001,        KWD,
            0,            KWD, NOT_POSITIVE
            1000000000,   USD,
            1000000000.01, USD, TOO_LARGE
            100000000,    BHD,
            100000000.001, BHD, TOO_LARGE
            """)
    void anAmountHasAtMostItsCurrencysDecimals(String amount, String code, Money.AmountProblem problem) {
        assertThat(Money.checkExpenseAmount(new BigDecimal(amount), code)).isEqualTo(problem);
    }

    @Test
    void theProblemIsWordedWithTheCurrency() {
        assertThat(Money.describe(Money.AmountProblem.TOO_MANY_DECIMALS, "amount", "JPY"))
                .isEqualTo("amount must be a whole number in JPY");
        assertThat(Money.describe(Money.AmountProblem.TOO_MANY_DECIMALS, "amount", "BHD"))
                .isEqualTo("amount must have at most 3 decimals in BHD");
        assertThat(Money.describe(Money.AmountProblem.TOO_MANY_DECIMALS, "limit", "USD"))
                .isEqualTo("limit must have at most 2 decimals");
        assertThat(Money.describe(Money.AmountProblem.TOO_LARGE, "amount", "KWD"))
                .isEqualTo("amount must be at most 100000000.000 KWD");
        assertThat(Money.describe(Money.AmountProblem.TOO_LARGE, "amount", "USD"))
                .isEqualTo("amount must be at most 1,000,000,000.00");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12.5,    USD, 12.50
            12.345,  BHD, 12.345
            12.5,    BHD, 12.500
            1500,    JPY, 1500.00
            """)
    void plainTextHasTheProfilesScale(String amount, String code, String text) {
        assertThat(Money.plain(new BigDecimal(amount), code)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12.5,    12.50
            12.345,  12.345
            12.3450, 12.345
            7,       7.00
            """)
    void exactPlainTextNeverRounds(String amount, String text) {
        assertThat(Money.plainExact(new BigDecimal(amount))).isEqualTo(text);
    }
}
