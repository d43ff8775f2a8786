package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as typed in the editors, read for the locale they are typed in; "12,50" was once saved as 1,250.00. */
class AmountParserTest {
    private static final String AMBIGUOUS = "ambiguous";

    /**
     * locale | typed | amount, "null" when not a number, or "ambiguous". NBSP is U+00A0, NNBSP the narrow U+202F, the
     * de-CH apostrophe ’ is U+2019 (what the locale's own format writes).
     */
    @ParameterizedTest(name = "{0}: ''{1}'' → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            en-US | 12.50         | 12.50
            en-US | 12,50         | 12.50
            en-US | 12,5          | 12.5
            en-US | 1,234.56      | 1234.56
            en-US | 1.234,56      | 1234.56
            en-US | 1,234         | 1234
            en-US | 1,234,567.89  | 1234567.89
            en-US | 1.234         | ambiguous
            en-US | 0.125         | 0.125
            en-US | 1234.567      | 1234.567
            en-US | ' $40 '       | 40
            en-US | -5.25         | -5.25
            en-US | .5            | 0.5
            en-US | 12.           | 12
            de-DE | 12,50         | 12.50
            de-DE | 12.50         | 12.50
            de-DE | 1.234,56      | 1234.56
            de-DE | 1,234.56      | 1234.56
            de-DE | 1.234         | 1234
            de-DE | 1.234.567     | 1234567
            de-DE | 1,234         | ambiguous
            de-DE | 0,99          | 0.99
            de-DE | €12,99        | 12.99
            de-DE | 1234,567      | 1234.567
            fr-FR | 12,50         | 12.50
            fr-FR | 1 234,56      | 1234.56
            fr-FR | 1\u00a0234,56 | 1234.56
            fr-FR | 1\u202f234,56 | 1234.56
            fr-FR | 1 234 567     | 1234567
            fr-FR | 1 234         | 1234
            fr-FR | 1,234         | ambiguous
            fr-FR | 1.234         | ambiguous
            fr-FR | 12 34         | null
            de-CH | 1'234.56      | 1234.56
            de-CH | 1\u2019234.56 | 1234.56
            de-CH | 1'234'567     | 1234567
            de-CH | 12.50         | 12.50
            de-CH | 1.234         | ambiguous
            de-CH | 1,234         | ambiguous
            de-CH | 1'23.50       | null
            en-US | 1,23,45       | null
            en-US | 1.234.56      | null
            en-US | 12,3.4        | null
            en-US | 12..5         | null
            en-US | abc           | null
            en-US | 12abc         | null
            en-US | -             | null
            """)
    void readsAsPeopleMeanItInTheirLocale(String locale, String typed, String expected) {
        var parser = new AmountParser(Locale.forLanguageTag(locale));
        var reading = parser.read(typed);
        if (AMBIGUOUS.equals(expected)) {
            assertThat(reading.status()).isEqualTo(AmountParser.Status.AMBIGUOUS);
            assertThat(reading.amount()).isNull();
        } else if (expected == null) {
            assertThat(reading.status()).isEqualTo(AmountParser.Status.NOT_A_NUMBER);
            assertThat(reading.amount()).isNull();
        } else {
            assertThat(reading.status()).isEqualTo(AmountParser.Status.AMOUNT);
            assertThat(reading.amount()).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en-US | BHD | 12.345    | 12.345
            en-US | BHD | 0.005     | 0.005
            en-US | BHD | 1,234     | 1234
            en-US | BHD | 1,234.567 | 1234.567
            de-DE | KWD | 12,345    | 12.345
            de-DE | KWD | 1.234     | 1234
            en-US | USD | 1,234     | 1234
            en-US | JPY | 1,500     | 1500
            """)
    void aThreeDecimalProfileReadsItsLocalesDecimalSeparatorBeforeThreeDigitsAsFils(String locale, String currency,
                                                                                  String typed, String expected) {
        var parser = new AmountParser(Locale.forLanguageTag(locale), currency);
        var reading = parser.read(typed);
        assertThat(reading.status()).isEqualTo(AmountParser.Status.AMOUNT);
        assertThat(reading.amount()).isEqualByComparingTo(expected);
        assertThat(parser.currency()).isEqualTo(currency);
    }

    @Test
    void aTwoDecimalProfileStillAsksAboutADotBeforeThreeDigits() {
        assertThat(new AmountParser(Locale.US, "USD").read("1.234").status())
                .isEqualTo(AmountParser.Status.AMBIGUOUS);
        assertThat(new AmountParser(Locale.US, "JPY").decimals()).isZero();
        assertThat(new AmountParser(Locale.US).decimals()).isEqualTo(2);
    }

    @Test
    void theLocalesOwnFormattingReadsBack() {
        for (String tag : new String[] {"en-US", "de-DE", "fr-FR", "de-CH"}) {
            var locale = Locale.forLanguageTag(tag);
            var format = java.text.NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            String typed = format.format(new java.math.BigDecimal("1234567.89"));
            assertThat(new AmountParser(locale).parse(typed)).as(tag + " " + typed).isEqualByComparingTo("1234567.89");
        }
    }

    @Test
    void anAmbiguousEntryAsksWhichWasMeantInTheLocalesOwnDecimals() {
        var reading = new AmountParser(Locale.GERMANY).read("1,234");
        assertThat(reading.question()).isEqualTo("Did you mean 1234 or 1,234? Type 1234 without the comma, or give 2"
                + " decimals");
        assertThat(new AmountParser(Locale.US).read("1.234").question()).contains("1234 or 1.234", "without the dot");
    }

    @Test
    void emptyIsNeitherAnAmountNorAnError() {
        assertThat(new AmountParser(Locale.US).read("  ").status()).isEqualTo(AmountParser.Status.EMPTY);
        assertThat(new AmountParser(Locale.US).read(null).status()).isEqualTo(AmountParser.Status.EMPTY);
    }

}
