package io.spendsense.ui.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatesViewModelTest {
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    RatesViewModel rates;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("r.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        var list = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), new FakeDialogService(),
                new AmountParser(Locale.US));
        rates = list.rates();
        rates.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRatesFileIsImportedAndListedNewestFirst() throws Exception {
        assertThat(rates.rows()).isEmpty();
        rates.importFrom(Files.writeString(dir.resolve("ecb.csv"), """
                Date,USD,JPY,
                2026-03-06,1.0842,161.25,
                2026-03-05,1.0800,N/A,
                """));
        assertThat(rates.failedProperty().get()).isFalse();
        assertThat(rates.outcomeProperty().get()).isEqualTo("Stored 3 rates of EUR, JPY from 2026-03-05 to 2026-03-06"
                + " (3 new, 0 replaced) from ecb.csv, as rates to USD.");
        assertThat(rates.rows()).extracting(RateRow::date, RateRow::currency, RateRow::rate, RateRow::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2026-03-06", "EUR", "1 EUR = 1.0842 USD", "file"),
                        org.assertj.core.groups.Tuple.tuple("2026-03-06", "JPY", "1 JPY = 0.00672372093 USD", "file"),
                        org.assertj.core.groups.Tuple.tuple("2026-03-05", "EUR", "1 EUR = 1.08 USD", "file"));
    }

    @Test
    void aBadFileListsItsLinesAndStoresNothing() throws Exception {
        rates.importFrom(Files.writeString(dir.resolve("bad.csv"), "date,currency,rate\n2026-03-06,EUR,one\n"));
        assertThat(rates.failedProperty().get()).isTrue();
        assertThat(rates.outcomeProperty().get()).isEqualTo("bad.csv: 1 bad line, nothing imported");
        assertThat(rates.problems()).containsExactly("line 2, rate: 'one' is not a rate (a decimal number with a dot,"
                + " e.g. 1.0842)");
        assertThat(rates.rows()).isEmpty();
    }

    @Test
    void downloadingIsOffUntilTheBoxIsTickedAndTheChoiceIsSaved() {
        assertThat(rates.downloadEnabledProperty().get()).isFalse();
        assertThat(rates.downloadUrlProperty().get()).startsWith("https://www.ecb.europa.eu/");
        rates.download();
        assertThat(rates.failedProperty().get()).isTrue();
        assertThat(rates.outcomeProperty().get()).startsWith("Downloading exchange rates is off");
        rates.downloadUrlProperty().set("http://127.0.0.1:9/r.zip");
        rates.downloadEnabledProperty().set(true);
        assertThat(rates.outcomeProperty().get()).isEqualTo("Downloading is on, from http://127.0.0.1:9/r.zip.");
        assertThat(services.rates().downloadSettings(alice).enabled()).isTrue();
        rates.downloadUrlProperty().set("ftp://example/r.zip");
        rates.saveSettings();
        assertThat(rates.failedProperty().get()).isTrue();
        assertThat(rates.outcomeProperty().get()).isEqualTo("'ftp://example/r.zip' is not an http or https address");
        assertThat(services.rates().downloadSettings(alice).url()).isEqualTo("http://127.0.0.1:9/r.zip");
    }
}
