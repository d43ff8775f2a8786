package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The currency commands: rates, add and edit with a currency and rate, list and import with a currency. */
class CurrencyCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void ratesAreImportedListedAndUsedByAdd() throws IOException {
        var imported = cli.run("rates", "import", "--user", "alice", file("ecb.csv", """
                Date,USD,JPY,GBP,
                2026-03-06,1.0842,161.25,0.8450,
                2026-03-05,1.0800,160.00,0.8400,
                """).toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 6 rates of EUR, GBP, JPY from 2026-03-05 to 2026-03-06 (6 new,"
                + " 0 replaced) from ecb.csv (ECB reference rates (units per euro)), as rates to USD.\n");
        var list = cli.run("rates", "list", "--user", "alice", "--currency", "eur");
        assertThat(list.out()).contains("1 EUR = 1.0842 USD", "1 EUR = 1.08 USD", "file", "2 rates shown.")
                .doesNotContain("JPY");
        var added = cli.run("add", "--user", "alice", "--amount", "40", "--currency", "EUR", "--category", "Dining",
                "--date", "2026-03-08", "--payee", "Trattoria");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Added expense 1: 40.00 EUR = $43.37 at 1.0842 (estimated) on 2026-03-08,"
                + " Dining, Trattoria.\n");
        var typed = cli.run("add", "--user", "alice", "--amount", "1500", "--currency", "JPY", "--rate", "0.0068",
                "--category", "Dining", "--date", "2026-03-06");
        assertThat(typed.out()).isEqualTo("Added expense 2: 1500 JPY = $10.20 at 0.0068 on 2026-03-06, Dining.\n");
        var listed = cli.run("list", "--user", "alice");
        assertThat(listed.out()).contains("Paid", "40.00 EUR*", "$43.37", "2 expenses, total $53.57 (* converted at an"
                + " estimated rate)");
        assertThat(cli.run("list", "--user", "alice", "--currency", "EUR").out())
                .contains("1 expense, total $43.37");
    }

    @Test
    void aDinarProfileAddsListsAndTotalsFils() {
        assertThat(cli.run("user", "add", "dana", "--currency", "BHD").code()).isZero();
        var added = cli.run("add", "--user", "dana", "--amount", "12.345", "--category", "Dining", "--date",
                "2026-03-06", "--payee", "Souq Grill");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("12.345").contains("2026-03-06");
        cli.run("add", "--user", "dana", "--amount", "0.005", "--category", "Dining", "--date", "2026-03-07");
        var listed = cli.run("list", "--user", "dana");
        assertThat(listed.out()).contains("12.345", "0.005", "2 expenses, total").contains("12.350");
        var edited = cli.run("edit", "--user", "dana", "1", "--amount", "7.125");
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(edited.out()).contains("7.125");
        var refused = cli.run("add", "--user", "dana", "--amount", "1.2345", "--category", "Dining");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("amount must have at most 3 decimals in BHD");
    }

    @Test
    void aYenProfileRefusesFractionsOfAYenOnTheCommandLine() {
        cli.run("user", "add", "kenji", "--currency", "JPY");
        var refused = cli.run("add", "--user", "kenji", "--amount", "12.50", "--category", "Dining");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("amount must be a whole number in JPY");
        assertThat(cli.run("add", "--user", "kenji", "--amount", "1500", "--category", "Dining").code()).isZero();
        assertThat(cli.run("list", "--user", "kenji").out()).contains("1 expense, total ").contains("1,500\n");
    }

    @Test
    void editCorrectsTheRateAndRecomputesTheAmount() {
        cli.run("rates", "add", "--user", "alice", "2026-03-06", "EUR", "1.10");
        cli.run("add", "--user", "alice", "--amount", "40", "--currency", "EUR", "--category", "Dining", "--date",
                "2026-03-06");
        var edited = cli.run("edit", "--user", "alice", "1", "--rate", "1.1234");
        assertThat(edited.code()).as(edited.err()).isZero();
        assertThat(edited.out()).isEqualTo("Changed expense 1: 40.00 EUR = $44.94 at 1.1234 on 2026-03-06, Dining.\n");
        // a later rate never changes it
        cli.run("rates", "add", "--user", "alice", "2026-03-06", "EUR", "2");
        assertThat(cli.run("list", "--user", "alice").out()).contains("$44.94");
        var local = cli.run("edit", "--user", "alice", "1", "--currency", "USD", "--amount", "41.50");
        assertThat(local.out()).isEqualTo("Changed expense 1: $41.50 on 2026-03-06, Dining.\n");
        assertThat(cli.run("edit", "--user", "alice", "1", "--rate", "1.2").err())
                .isEqualTo("spendsense: --rate is for an expense in another currency than USD\n");
    }

    @Test
    void addWithoutAKnownRateIsRefusedSayingWhatToDo() {
        var r = cli.run("add", "--user", "alice", "--amount", "10", "--currency", "GBP", "--category", "Dining",
                "--date", "2026-03-06");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: no exchange rate of GBP to USD on or before 2026-03-06: give the"
                + " rate, or import or download rates first\n");
        assertThat(cli.run("add", "--user", "alice", "--amount", "10", "--currency", "EURO", "--category", "Dining")
                .err()).isEqualTo("spendsense: 'EURO' is not an ISO 4217 currency code such as EUR or JPY\n");
    }

    @Test
    void downloadIsRefusedUntilTurnedOn() {
        var r = cli.run("rates", "download", "--user", "alice");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: Downloading exchange rates is off: SpendSense makes no network call"
                + " until you turn it on. Turn it on with: spendsense rates settings --user alice --download on\n");
        assertThat(cli.run("rates", "settings", "--user", "alice").out())
                .isEqualTo("Rates download: off, from https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip\n");
        assertThat(cli.run("rates", "settings", "--user", "alice", "--download", "on", "--url",
                "http://127.0.0.1:9/rates.zip").out())
                .isEqualTo("Rates download: on, from http://127.0.0.1:9/rates.zip\n");
        assertThat(cli.run("rates", "settings", "--user", "alice", "--download", "off").out())
                .isEqualTo("Rates download: off, from http://127.0.0.1:9/rates.zip\n");
    }

    @Test
    void aBadRatesFileListsItsBadLines() throws IOException {
        var r = cli.run("rates", "import", "--user", "alice", file("r.csv", """
                date,currency,rate
                2026-03-06,EUR,1.08
                2026-03-07,EUR,x
                """).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: r.csv: 1 bad line, nothing imported\n"
                + "  line 3, rate: 'x' is not a rate (a decimal number with a dot, e.g. 1.0842)\n");
        assertThat(cli.run("rates", "list", "--user", "alice").out()).startsWith("No exchange rates.");
    }

    @Test
    void importTakesTheCurrencyOfAFileThatDoesNotSay() throws IOException {
        cli.run("rates", "add", "--user", "alice", "2026-03-01", "GBP", "1.25");
        var statement = file("plain.csv", """
                Date,Description,Amount
                2026-03-02,Tesco,-20.00
                2026-03-03,Boots,-8.40
                """);
        var r = cli.run("import", "--user", "alice", statement.toString(), "--currency", "GBP");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 2 expenses", "note: 2 converted from GBP to USD, 2 of them at an"
                + " estimated rate");
        assertThat(cli.run("list", "--user", "alice").out()).contains("20.00 GBP*", "$25.00", "$10.50");
    }
}
