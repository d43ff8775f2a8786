package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyMathTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            JPY, 0
            USD, 2
            EUR, 2
            BHD, 3
            KWD, 3
            """)
    void minorUnitsComeFromIso4217(String code, int digits) {
        assertThat(CurrencyMath.minorDigits(code)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1500,    JPY, 1500
            12.50,   EUR, 1250
            12.345,  BHD, 12345
            0.001,   BHD, 1
            1000000, JPY, 1000000
            """)
    void amountsAreWholeMinorUnitsOfTheirCurrency(String amount, String code, long minor) {
        assertThat(CurrencyMath.toMinor(new BigDecimal(amount), code)).isEqualTo(minor);
        assertThat(CurrencyMath.fromMinor(minor, code)).isEqualByComparingTo(amount);
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreNotRoundedAway() {
        assertThatThrownBy(() -> CurrencyMath.toMinor(new BigDecimal("1500.5"), "JPY"))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> CurrencyMath.toMinor(new BigDecimal("1.2345"), "BHD"))
                .isInstanceOf(ArithmeticException.class);
    }

    /** The one conversion: minor units times the rate, half-even once to the profile's scale. */
    @ParameterizedTest(name = "{0} {1} at {2} is {4} {3}")
    @CsvSource(textBlock = """
            12.50,   EUR, 1.0842,      USD, 13.55
            10.00,   EUR, 1.0825,      USD, 10.82
            10.00,   EUR, 1.0835,      USD, 10.84
            1500,    JPY, 0.006712,    USD, 10.07
            1,       JPY, 0.0065,      USD, 0.01
            1,       JPY, 0.0045,      USD, 0.00
            12.345,  BHD, 2.6525,      USD, 32.75
            0.125,   BHD, 2.00,        USD, 0.25
            1.005,   BHD, 1,           USD, 1.00
            1.015,   BHD, 1,           USD, 1.02
            10.00,   EUR, 161.25,      JPY, 1612.00
            10.00,   EUR, 161.35,      JPY, 1614.00
            1000,    JPY, 0.0025125,   BHD, 2.512
            1000,    JPY, 0.0025135,   BHD, 2.514
            12.34,   EUR, 0.4125,      BHD, 5.090
            10.05,   EUR, 0.4123,      BHD, 4.144
            1,       EUR, 0.0005,      KWD, 0.000
            1,       EUR, 0.0015,      KWD, 0.002
            12.345,  BHD, 1,           KWD, 12.345
            100.00,  USD, 0.92345678,  EUR, 92.35
            """)
    void convertsAndRoundsHalfEvenOnce(String amount, String from, String rate, String to, String expected) {
        BigDecimal converted = CurrencyMath.convert(new BigDecimal(amount), from, new BigDecimal(rate), to);
        assertThat(converted).isEqualByComparingTo(expected);
        assertThat(converted.scale()).isEqualTo(CurrencyMath.profileScale(to));
    }

    @Test
    void halfEvenTiesGoToTheEvenCent() {
        // 0.125 and 0.135: the exact products are ties; half-up would give 0.13 and 0.14
        assertThat(CurrencyMath.convert(125, "JPY", new BigDecimal("0.001"), "USD")).isEqualByComparingTo("0.12");
        assertThat(CurrencyMath.convert(135, "JPY", new BigDecimal("0.001"), "USD")).isEqualByComparingTo("0.14");
    }

    @Test
    void aJpyProfileGetsWholeYenAndABhdProfileFils() {
        assertThat(CurrencyMath.profileScale("JPY")).isZero();
        assertThat(CurrencyMath.profileScale("USD")).isEqualTo(2);
        assertThat(CurrencyMath.profileScale("BHD")).isEqualTo(3);
        assertThat(CurrencyMath.profileScale("KWD")).isEqualTo(3);
        assertThat(CurrencyMath.profileScale("CLF")).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1.0842,  1,       0.9223390518
            161.25,  1.0842,  0.006723720930
            0.85,    1.0842,  1.275529412
            1,       1.0842,  1.0842
            """)
    void crossRatesKeepTenSignificantDigits(String currencyPerBase, String profilePerBase, String expected) {
        assertThat(CurrencyMath.crossRate(new BigDecimal(currencyPerBase), new BigDecimal(profilePerBase)))
                .isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1500,      JPY, ''
            1500.5,    JPY, amount must be a whole number in JPY
            12.345,    BHD, ''
            12.3456,   BHD, amount must have at most 3 decimals in BHD
            12.345,    EUR, amount must have at most 2 decimals in EUR
            0,         EUR, amount must be greater than 0
            -1,        EUR, amount must be greater than 0
            20000000000000, JPY, amount must be at most 10000000000000 JPY
            """)
    void amountsAreCheckedInTheirOwnCurrency(String amount, String code, String problem) {
        var why = CurrencyMath.checkAmount(new BigDecimal(amount), code);
        String said = CurrencyMath.describeAmount(why, "amount", code);
        assertThat(said == null ? "" : said).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            eur,  EUR
            ' JPY ', JPY
            bhd,  BHD
            XAU,  ''
            XXX,  ''
            ABC,  ''
            EURO, ''
            US$,  ''
            """)
    void onlyCurrenciesOfMoneyAreCodes(String text, String code) {
        String found = CurrencyMath.code(text);
        assertThat(found == null ? "" : found).isEqualTo(code);
    }

    @Test
    void ratesArePositiveAndOfBoundedPrecision() {
        assertThat(CurrencyMath.checkRate(new BigDecimal("1.0842"))).isNull();
        assertThat(CurrencyMath.describeRate(CurrencyMath.checkRate(new BigDecimal("0"))))
                .isEqualTo("rate must be greater than 0");
        assertThat(CurrencyMath.describeRate(CurrencyMath.checkRate(new BigDecimal("0.0000000000001"))))
                .isEqualTo("rate must have at most 12 decimals");
        assertThat(CurrencyMath.describeRate(CurrencyMath.checkRate(new BigDecimal("2000000000"))))
                .isEqualTo("rate must be at most 1000000000");
        assertThat(CurrencyMath.rateText(new BigDecimal("1.084200"))).isEqualTo("1.0842");
        assertThat(CurrencyMath.rateText(new BigDecimal("1E+2"))).isEqualTo("100");
    }

    @Test
    void aQuoteIsTheDaysRateElseTheNearestEarlierOneEstimated() {
        var rates = new TreeMap<LocalDate, BigDecimal>();
        rates.put(LocalDate.parse("2026-03-02"), new BigDecimal("1.08"));
        rates.put(LocalDate.parse("2026-03-06"), new BigDecimal("1.09"));
        var exact = RateQuote.from(rates, LocalDate.parse("2026-03-06")).orElseThrow();
        assertThat(exact.rate()).isEqualByComparingTo("1.09");
        assertThat(exact.estimated()).isFalse();
        var weekend = RateQuote.from(rates, LocalDate.parse("2026-03-08")).orElseThrow();
        assertThat(weekend.rate()).isEqualByComparingTo("1.09");
        assertThat(weekend.rateDate()).isEqualTo("2026-03-06");
        assertThat(weekend.estimated()).isTrue();
        var between = RateQuote.from(rates, LocalDate.parse("2026-03-04")).orElseThrow();
        assertThat(between.rate()).isEqualByComparingTo("1.08");
        // never a later rate
        assertThat(RateQuote.from(rates, LocalDate.parse("2026-03-01"))).isEmpty();
        assertThat(RateQuote.from(null, LocalDate.parse("2026-03-01"))).isEmpty();
    }
}
