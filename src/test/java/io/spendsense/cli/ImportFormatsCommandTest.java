package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} end to end on a temp database: every format, the detection report and the overrides. */
class ImportFormatsCommandTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir.resolve("cli.db"));
        assertThat(cli.run("user", "add", "alice").code()).isZero();
        assertThat(cli.run("user", "add", "greta", "--currency", "EUR").code()).isZero();
        assertThat(cli.run("user", "add", "hugh", "--currency", "GBP").code()).isZero();
    }

    Path statement(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/io/spendsense/service/imports/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), file);
        }
        return file;
    }

    @Test
    void ofxImportSaysWhatItReadAndWhatItSkipped() throws IOException {
        var r = cli.run("import", "--user", "alice", statement("bank-v1.ofx").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("(?s)Imported 3 expenses from bank-v1.ofx: 0 duplicates skipped, 3 credits"
                + " skipped \\(\\d+ ms\\)\n"
                + "  read as: format: OFX 1 \\(SGML\\), bank account; encoding: UTF-8; dates: yyyyMMdd \\(DTPOSTED\\);"
                + " signs: charges negative \\(OFX signs amounts for the account holder\\); currency: USD\n"
                + "  skipped: 2 money coming in \\(income, transfers in\\), 1 refunds taken off their purchase\n");
        assertThat(cli.run("list", "--user", "alice", "--asc").out()).isEqualTo("""
                Date        Category  Payee               Description           Amount
                2024-01-05  Other     WHOLE FOODS MARKET  POS PURCHASE 1234     $30.17
                2024-01-08  Other     AT&T MOBILITY       AT&T MOBILITY         $64.99
                2024-01-18  Other     CHECK 1043          CHECK 1043         $1,200.00
                3 expenses, total $1,295.16
                """);
        var again = cli.run("import", "--user", "alice", dir.resolve("bank-v1.ofx").toString());
        assertThat(again.out()).startsWith("Imported 0 expenses from bank-v1.ofx: 3 duplicates skipped")
                .contains("\n  duplicates: 3 already imported (same transaction id)\n");
    }

    @Test
    void theDateOrderGivenOnceIsSavedForTheLayoutOfThatProfile() throws IOException {
        Path january = statement("uk-days-under-13.csv");
        var first = cli.run("import", "--user", "hugh", january.toString(), "--date-order", "dmy");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).doesNotContain("saved settings");
        Path february = Files.writeString(dir.resolve("february.csv"), Files.readString(january)
                .replace("/01/2024", "/02/2024"));

        var next = cli.run("import", "--user", "hugh", february.toString());

        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.out()).startsWith("Imported 3 expenses from february.csv")
                .contains("\n  using your saved settings for this layout (date order day first)\n  read as: ");
        assertThat(cli.run("list", "--user", "hugh", "--asc").out()).contains("2024-02-02").contains("2024-02-11")
                .doesNotContain("2024-11-02");
        assertThat(cli.run("user", "add", "ivy", "--currency", "GBP").code()).isZero();
        var other = cli.run("import", "--user", "ivy", february.toString());
        assertThat(other.code()).as("another profile is asked for the order").isNotZero();
        assertThat(other.err()).contains("--date-order dmy");
    }

    @Test
    void anOverlappingOfxStatementAddsOnlyWhatIsNew() throws IOException {
        assertThat(cli.run("import", "--user", "alice", statement("bank-v1.ofx").toString()).code()).isZero();
        var r = cli.run("import", "--user", "alice", statement("bank-v1-overlap.ofx").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Imported 3 expenses from bank-v1-overlap.ofx: 2 duplicates skipped")
                .contains("\n  duplicates: 2 already imported (same transaction id)\n");
    }

    @Test
    void germanLatin1CsvIntoAEuroProfile() throws IOException {
        var r = cli.run("import", "--user", "greta", statement("de-sparkasse-latin1.csv").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("encoding: Windows-1252 (not valid UTF-8)", "separator: ';'",
                "dates: dd.MM.yy, day first ('15.01.24' has a day above 12)", "decimal separator: comma",
                "currency: EUR", "skipped: 1 pending, not booked yet, 1 money coming in (income, transfers in),"
                + " 1 card payments and repayments");
        assertThat(cli.run("list", "--user", "greta", "--asc").out()).contains("Hausverwaltung Müller",
                "REWE Markt GmbH", "2 expenses, total 1.204,37");
    }

    @Test
    void aStatementInAnotherCurrencyWithoutRatesIsRefusedWithOneLine() throws IOException {
        var r = cli.run("import", "--user", "alice", statement("camt053-v8.xml").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("spendsense: camt053-v8.xml: 2 lines in EUR dated 2024-06-01 to 2024-06-03, and"
                + " no rate of EUR to USD on or before 2024-06-01 (you have no rates of EUR up to then), so nothing was"
                + " imported").endsWith("\n").doesNotContain("\n  ");
    }

    @Test
    void unknownDateOrderIsRefusedAndTheOptionSettlesIt() throws IOException {
        Path file = statement("uk-days-under-13.csv");
        var refused = cli.run("import", "--user", "hugh", file.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("spendsense: uk-days-under-13.csv: the dates could be day first or"
                + " month first");
        var r = cli.run("import", "--user", "hugh", file.toString(), "--date-order", "dmy");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Imported 3 expenses").contains("dates: dd/MM/yyyy, day first (given)");
    }

    @Test
    void signCanBeOverridden() throws IOException {
        var r = cli.run("import", "--user", "alice", statement("us-card-amex.csv").toString(), "--sign",
                "charges-positive");
        assertThat(r.out()).startsWith("Imported 3 expenses").contains("signs: charges positive (given)");
    }

    @Test
    void formatCanBeForcedAndABadValueIsAUsageError() throws IOException {
        var bad = cli.run("import", "--user", "alice", statement("card.qif").toString(), "--format", "xls");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format 'xls'");
        var badSign = cli.run("import", "--user", "alice", dir.resolve("card.qif").toString(), "--sign", "up");
        assertThat(badSign.code()).isEqualTo(2);
        var r = cli.run("import", "--user", "hugh", dir.resolve("card.qif").toString(), "--format", "qif");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("format: QIF, credit card");
    }

    @Test
    void encodingAndSkipLinesCanBeGiven() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "Export of 2024-03-31\nDate,Description,Amount\n2024-03-02,Caf\u00e9 Rouge,-7.20\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        var r = cli.run("import", "--user", "alice", file.toString(), "--encoding", "ISO-8859-1", "--skip-lines",
                "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("encoding: ISO-8859-1 (given)", "header: line 2 after 1 line skipped");
        assertThat(cli.run("list", "--user", "alice").out()).contains("Café Rouge");
        var unknown = cli.run("import", "--user", "alice", file.toString(), "--encoding", "klingon");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown encoding 'klingon'");
    }

    @Test
    void aRefundWithoutItsPurchaseIsNamedInANote() throws IOException {
        var r = cli.run("import", "--user", "alice", statement("us-card-debit-credit.csv").toString());
        assertThat(r.out()).contains("  note: line 5: a refund of 17.99 on 2024-02-15 from AMZN MKTP US REFUND");
    }
}
