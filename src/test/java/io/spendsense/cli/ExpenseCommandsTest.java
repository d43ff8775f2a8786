package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpenseCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;
    Path dev;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir.resolve("cli.db"));
        dev = dir.resolve("dev-expenses.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/spendsense/dev-expenses.csv")) {
            Files.copy(Objects.requireNonNull(in), dev);
        }
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
    }

    CliHarness.Run aliceImportsDev() {
        return cli.run("import", "--user", "alice", dev.toString());
    }

    @Test
    void importPrintsAOneLineReportAndASecondImportSkipsEverything() {
        var first = aliceImportsDev();
        assertThat(first.code()).isZero();
        assertThat(first.out()).matches("Imported 1416 expenses from dev-expenses.csv: 0 duplicates skipped,"
                + " 0 credits skipped \\(\\d+ ms\\)\n  read as: format: CSV; encoding: UTF-8; separator: ',';"
                + " header: line 1; columns: [^\n]+; dates: yyyy-MM-dd; decimal separator: point;"
                + " signs: every amount an expense \\(the canonical format\\)\n");
        var second = aliceImportsDev();
        assertThat(second.out()).startsWith("Imported 0 expenses from dev-expenses.csv: 1416 duplicates skipped");
        var third = cli.run("import", "--user", "alice", dev.toString(), "--allow-duplicates");
        assertThat(third.out()).startsWith("Imported 1416 expenses");
    }

    @Test
    void importOfABadFileListsTheBadLinesAndImportsNothing() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "date,description,category,payee,amount\n2024-01-01,Coffee,Dining,Starbucks,4.35\n"
                + "2024-01-32,Coffee,Dining,Starbucks,4.35\n2024-01-02,Coffee,Dining,Starbucks,abc\n");
        var r = cli.run("import", "--user", "alice", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
        assertThat(r.err()).isEqualTo("""
                spendsense: bad.csv: 2 bad lines, nothing imported
                  line 3, date: '2024-01-32' is not a valid date in the format yyyy-MM-dd (use --date-format for another format)
                  line 4, amount: 'abc' is not a number
                """);
        // CHECKSTYLE.ON: LineLength
        assertThat(cli.run("list", "--user", "alice").out()).isEqualTo("0 expenses, total $0.00\n");
    }

    @Test
    void importOfAMissingFileIsOneLine() {
        var r = cli.run("import", "--user", "alice", dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("spendsense: No such file");
    }

    @Test
    void importOfABankExportWithOptions() throws IOException {
        Path bank = dir.resolve("bank.csv");
        Files.writeString(bank, "\uFEFFWhen;What;Who;Sum\n05/01/2024;Groceries;Aldi;-12,50\n06/01/2024;Salary;ACME;"
                + "2.000,00\n07/01/2024;Books;Powell's;-30,00\n");
        var r = cli.run("import", "--user", "alice", bank.toString(), "--date-format", "dd/MM/yyyy", "--date-column",
                "When", "--description-column", "What", "--payee-column", "Who", "--amount-column", "4",
                "--unknown-category", "Other");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Imported 2 expenses from bank.csv: 0 duplicates skipped, 1 credits skipped");
        assertThat(cli.run("list", "--user", "alice", "--asc").out()).isEqualTo("""
                Date        Category  Payee     Description  Amount
                2024-01-05  Other     Aldi      Groceries    $12.50
                2024-01-07  Other     Powell's  Books        $30.00
                2 expenses, total $42.50
                """);
    }

    @Test
    void exportToStandardOutputReproducesTheDevFile() throws IOException {
        aliceImportsDev();
        var r = cli.run("export", "--user", "alice");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(dev, StandardCharsets.UTF_8));
    }

    @Test
    void exportToAFileThenImportIntoAnotherUserRoundTrips() throws IOException {
        aliceImportsDev();
        Path out = dir.resolve("march.csv");
        var r = cli.run("export", "--user", "alice", "--from", "2026-03-01", "--to", "2026-03-31",
                "--category", "Dining",
                out.toString());
        assertThat(r.out()).matches("Exported \\d+ expenses to .*march.csv\n");
        assertThat(Files.readString(out)).startsWith("date,description,category,payee,amount\n2026-03-");
        cli.run("import", "--user", "bob", out.toString());
        assertThat(cli.run("export", "--user", "bob").out()).isEqualTo(Files.readString(out));
    }

    @Test
    void listFiltersSortsLimitsAndShowsCountAndTotal() {
        aliceImportsDev();
        var r = cli.run("list", "--user", "alice", "--month", "2024-01", "--category", "housing");
        assertThat(r.out()).isEqualTo("""
                Date        Category  Payee               Description      Amount
                2024-01-01  Housing   Oakwood Apartments  Monthly rent  $1,475.00
                1 expense, total $1,475.00
                """);
        var top = cli.run("list", "--user", "alice", "--sort", "amount", "--limit", "2", "--min", "100");
        assertThat(top.out().lines().toList()).hasSize(4);
        assertThat(top.out()).containsPattern("Showing 2 of \\d+ expenses, total \\$");
        var search = cli.run("list", "--user", "alice", "--payee", "netflix", "--from", "2024-01-01", "--to",
                "2024-02-29");
        assertThat(search.out()).contains("2024-02-01", "2024-01-01", "Netflix").endsWith("2 expenses, total $30.98\n");
    }

    @Test
    void listOfAnUnknownCategoryIsAUserError() {
        var r = cli.run("list", "--user", "alice", "--category", "Pets");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: no category named 'Pets'\n");
    }

    @Test
    void summaryOfAMonthShowsTotalBiggestAndCategoriesWithShares() {
        aliceImportsDev();
        var r = cli.run("summary", "--user", "alice", "--month", "2024-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Summary for alice, January 2024\nTotal: $")
                .contains("Biggest: $1,475.00 on 2024-01-01, Housing, Oakwood Apartments (Monthly rent)")
                .containsPattern("Housing\\s+\\$1,475.00\\s+\\d+\\.\\d%\\s+1\n");
    }

    @Test
    void summaryOfAYearAddsTheMonths() {
        aliceImportsDev();
        var r = cli.run("summary", "--user", "alice", "--year", "2024");
        assertThat(r.out()).contains("Month", "2024-01", "2024-12").doesNotContain("2025-01");
    }

    @Test
    void summaryDefaultsToThisMonth() {
        aliceImportsDev();
        assertThat(cli.run("summary", "--user", "alice").out()).startsWith("Summary for alice, March 2026\n");
        assertThat(cli.run("summary", "--user", "bob").out()).isEqualTo("Summary for bob, March 2026\n"
                + "Total: $0.00 in 0 expenses\n");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            list --user bob
            export --user bob
            summary --user bob --year 2024
            """)
    void anotherUserSeesNoneOfAlicesData(String args) {
        aliceImportsDev();
        var r = cli.run(args.split(" "));
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("Oakwood", "Starbucks", "$1,475.00");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            list --user alice
            export --user alice
            summary --user alice
            import --user alice dev
            """)
    void aWrongPasswordFailsWithOneLine(String args) {
        var r = cli.as("wrong password", args.replace("dev", dev.toString()).split(" "));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: Unknown username or wrong password.\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
        var r = cli.run("list", "--user", "mallory");
        assertThat(r.err()).isEqualTo("spendsense: Unknown username or wrong password.\n");
    }

    @Test
    void benchRunsOnASmallDataSet() {
        var r = cli.run("bench", "--rows", "2000", "--runs", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Import (CSV file -> ImportService", "Plain sqlite-jdbc", "one month", "whole year");
    }
}
