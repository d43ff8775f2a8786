package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurrencyFiltersTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            how much did I spend in euros last month     | EUR | in euros
            how much did I spend in EUR last month       | EUR | in eur
            what did I spend in eur in March             | EUR | in eur
            spending in yen                              | JPY | in yen
            my euro expenses this year                   | EUR | euro
            EUR purchases in 2025                        | EUR | eur
            what did I pay in Swiss francs               | CHF | in swiss francs
            total in pounds                              | GBP | in pounds
            how much in sterling                         | GBP | in sterling
            paid in BHD last year                        | BHD | in bhd
            in canadian dollars                          | CAD | in canadian dollars
            what did I spend in dollars                  | USD | in dollars
            biggest expense in JPY                       | JPY | in jpy
            """)
    void readsTheCurrencyPaidIn(String question, String code, String words) {
        Optional<CurrencyMatch> found = find(question, "USD");
        assertThat(found).as(question).isPresent();
        assertThat(found.get().code()).isEqualTo(code);
        assertThat(found.get().words()).isEqualTo(words);
    }

    @ParameterizedTest(name = "no currency filter in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            how much did I spend over 100 euros
            expenses under 20 dollars in March
            how much did I spend in all
            what did I spend in top restaurants
            how much in total last month
            spent in march
            in try
            how much did I spend in cup cakes
            """)
    void leavesAmountsAndEnglishWordsAlone(String question) {
        assertThat(find(question, "USD")).as(question).isEmpty();
    }

    @Test
    void dollarsAreTheProfilesDollarsWhenItHasThem() {
        assertThat(find("how much in dollars", "CAD").orElseThrow().code()).isEqualTo("CAD");
        assertThat(find("how much in dollars", "EUR").orElseThrow().code()).isEqualTo("USD");
        assertThat(find("how much in US dollars", "CAD").orElseThrow().code()).isEqualTo("USD");
    }

    @Test
    void anyOtherCodeCountsOnlyInCapitals() {
        assertThat(find("spent in ALL", "USD").orElseThrow().code()).isEqualTo("ALL");
        assertThat(find("spent in all", "USD")).isEmpty();
        assertThat(find("spent in TRY", "USD").orElseThrow().code()).isEqualTo("TRY");
        // codes without minor units are no money
        assertThat(find("spent in XAU", "USD")).isEmpty();
    }

    private static Optional<CurrencyMatch> find(String question, String profile) {
        var q = Normalizer.normalize(question);
        var periods = new PeriodGrammar(LocalDate.parse("2026-03-20")).findAll(q.tokens());
        var used = new BitSet(q.tokens().size());
        periods.forEach(p -> used.set(Math.max(0, p.startToken()), Math.min(q.tokens().size(), p.endToken())));
        new AmountFilters().find(q.tokens(), periods).ifPresent(a -> used.set(a.startToken(), a.endToken()));
        return new CurrencyFilters().find(q.tokens(), q.original(), used, profile);
    }
}
