package io.spendsense.service.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.RateSource;
import io.spendsense.service.imports.StatementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a rates file holds, reading it gives valid rates to the profile's currency or a refusal, never a crash. */
class RatesFilePropertiesTest {
    static final String ECB = "Date,USD,JPY,GBP,\n2026-03-06,1.0842,161.25,0.8450,\n2026-03-05,1.08,N/A,0.84,\n";

    @Property(tries = 400)
    void anyTextIsReadOrRefused(@ForAll("files") String text) throws IOException {
        try {
            var read = RatesFile.read(new StringReader(text), "USD", RateSource.FILE);
            assertThat(read.rates()).allSatisfy(r -> {
                assertThat(r.quote()).isEqualTo("USD");
                assertThat(r.currency()).isNotEqualTo("USD");
                assertThat(CurrencyMath.code(r.currency())).isEqualTo(r.currency());
                assertThat(CurrencyMath.checkRate(r.rate(), "rate")).isNull();
            });
        } catch (StatementException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        }
    }

    @Provide
    Arbitrary<String> files() {
        var noise = Arbitraries.strings().withChars("0123456789.,;-N/AEURUSDJPYdatecurrencyrate\n\" \t")
                .ofMaxLength(200);
        // the ECB sample with characters replaced, dropped or doubled at random places
        var mutated = Arbitraries.integers().between(0, ECB.length() - 1).list().ofMaxSize(6).flatMap(at ->
                Arbitraries.chars().with("0.,N/\n\"x-9 ").list().ofSize(at.size()).map(with -> {
                    var b = new StringBuilder(ECB);
                    for (int i = 0; i < at.size(); i++) {
                        int k = Math.min(at.get(i), b.length() - 1);
                        b.setCharAt(k, with.get(i));
                    }
                    return b.toString();
                }));
        var simple = Arbitraries.strings().withChars("0123456789.-,EURGBPJPYXAU\n").ofMaxLength(80)
                .map(body -> "date,currency,rate\n" + body);
        return Arbitraries.oneOf(noise, mutated, simple);
    }
}
