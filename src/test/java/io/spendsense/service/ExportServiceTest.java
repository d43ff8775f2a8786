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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;

    @BeforeEach
    void open() throws IOException {
        services = Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
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
                "date,description,category,payee,amount\n2024-05-01,\"Dinner, \"\"the\"\" best\nreally\",Dining,Nopa,80.00\n"),
                ImportOptions.DEFAULT);
        assertThat(export(bob, ExpenseFilter.ALL)).endsWith("2024-05-01,\"Dinner, \"\"the\"\" best\nreally\",Dining,Nopa,80.00\n");
    }

    @Test
    void exportContainsOnlyTheSignedInUsersExpenses() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        assertThat(export(bob, ExpenseFilter.ALL)).isEqualTo("date,description,category,payee,amount\n");
    }
}
