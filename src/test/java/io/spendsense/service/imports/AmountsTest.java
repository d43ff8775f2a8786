package io.spendsense.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {
    @ParameterizedTest(name = "{0} (decimal comma: {1}) = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12.50        | false | 12.50
            1,234.56     | false | 1234.56
            1,234,567.8  | false | 1234567.8
            $1,234.56    | false | 1234.56
            -4.35        | false | -4.35
            4.35-        | false | -4.35
            (4.35)       | false | -4.35
            +4.35        | false | 4.35
            € 12.00      | false | 12.00
            −7.10        | false | -7.10
            1.234,56     | true  | 1234.56
            -3,20        | true  | -3.20
            12.50        | true  | 12.50
            1.234        | true  | 1234
            1 234,56     | true  | 1234.56
            .5           | false | 0.5
            """)
    void readsAmountsAsBanksWriteThem(String text, boolean decimalComma, String expected) {
        assertThat(new Amounts(decimalComma).parse(text)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            abc      | false
            4.3x     | false
            1,2      | false
            1.2.3    | false
            --4      | false
            (-4)     | false
            .        | false
            12 EUR   | false
            1,234.5  | true
            """)
    void rejectsWhatIsNotANumber(String text, boolean decimalComma) {
        assertThat(new Amounts(decimalComma).parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12.50 CR  | 1  | 12.50
            12.50CR   | 1  | 12.50
            CR 12.50  | 1  | 12.50
            45.00 DR  | -1 | 45.00
            12,50 H   | 1  | 12,50
            12,50 S   | -1 | 12,50
            """)
    void creditAndDebitMarkersAreTakenOff(String text, int marker, String rest) {
        assertThat(Amounts.marker(text)).isEqualTo(marker);
        assertThat(Amounts.withoutMarker(text)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12.50                  | false
            '1,234.56'             | false
            12,50                  | true
            '1.234,56'             | true
            100                    |
            """)
    void decimalSeparatorIsSeenInTheAmounts(String sample, Boolean expected) {
        assertThat(Amounts.decimalComma(java.util.List.of(sample, "7"))).isEqualTo(expected);
    }
}
