package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole-month summaries come from the month totals table; any other filter aggregates the expenses themselves. The
 * two must agree after every kind of change.
 */
@BothDatabases
class MonthTotalsConsistencyTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    SignedInUser bob;

    @BeforeEach
    void open(TestDatabase database) throws IOException {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        bob = TestUsers.signedUp(services, "bob");
        var csv = new StringBuilder("date,description,category,payee,amount\n");
        new ExpenseGenerator(5).generate(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 3000)
                .forEach(g -> csv.append(g.date()).append(",").append(g.description()).append(",").append(g.category())
                        .append(",\"").append(g.payee()).append("\",").append(g.amount()).append('\n'));
        services.importer().importCsv(alice, "gen.csv", new StringReader(csv.toString()), ImportOptions.DEFAULT);
        services.importer().importCsv(bob, "gen.csv", new StringReader(csv.toString()), ImportOptions.DEFAULT);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** The same filter, but one the month totals cannot answer: a minimum every expense meets. */
    static ExpenseFilter fromExpenses(ExpenseFilter f) {
        return f.withMin(new BigDecimal("0.01"), false);
    }

    void assertConsistent(SignedInUser who) {
        for (var f : new ExpenseFilter[] {ExpenseFilter.ALL, ExpenseFilter.of(Period.year(2024)),
            ExpenseFilter.of(Period.month(YearMonth.of(2025, 2))),
            ExpenseFilter.of(new Period(null, LocalDate.of(2024, 6, 30)))}) {
            var s = services.summaries();
            assertThat(s.totals(who, f)).isEqualTo(s.totals(who, fromExpenses(f)));
            assertThat(s.byCategory(who, f)).isEqualTo(s.byCategory(who, fromExpenses(f)));
            assertThat(s.byMonth(who, f)).isEqualTo(s.byMonth(who, fromExpenses(f)));
            assertThat(s.byMonthAndCategory(who, f)).isEqualTo(s.byMonthAndCategory(who, fromExpenses(f)));
        }
    }

    @Test
    void importedRowsAreInTheMonthTotals() {
        assertThat(services.summaries().count(alice, ExpenseFilter.ALL)).isEqualTo(3000);
        assertConsistent(alice);
        assertConsistent(bob);
    }

    @Test
    void createUpdateAndDeleteKeepTheTotals() {
        long travel = services.categories().findByName(alice, "Travel").orElseThrow().id();
        long pets = services.categories().create(alice, "Pets", null, null).id();
        var e = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2024, 3, 31), new BigDecimal("99.99"),
                pets, "Vet", "Vet clinic", null));
        assertConsistent(alice);
        services.expenses().update(alice, e.id(), new ExpenseDraft(LocalDate.of(2025, 2, 1), new BigDecimal("12.34"),
                travel, "Vet", "Vet clinic", null));
        assertConsistent(alice);
        services.expenses().delete(alice, e.id());
        assertConsistent(alice);
    }

    @Test
    void applyingARuleToThousandsOfExpensesMovesTheirTotals() {
        // over ExpenseRepository.BULK_RECATEGORIZE (1,000) changed rows: the set-based path without the row trigger
        long pets = services.categories().create(alice, "Pets", null, null).id();
        var bobBefore = services.summaries().byMonthAndCategory(bob, ExpenseFilter.ALL);
        var rule = services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.DESCRIPTION,
                CategoryRule.Kind.REGEX, ".", null, null, pets, null, "Someone"));
        int changed = services.rules().apply(alice, rule.id());
        assertThat(changed).isEqualTo(3000);
        assertConsistent(alice);
        assertThat(services.summaries().byCategory(alice, ExpenseFilter.ALL)).extracting(c -> c.category())
                .containsExactly("Pets");
        assertThat(services.summaries().byMonthAndCategory(bob, ExpenseFilter.ALL)).isEqualTo(bobBefore);
        // and a second rule moving some of them back, under the bulk threshold: the trigger path
        long travel = services.categories().findByName(alice, "Travel").orElseThrow().id();
        var few = services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.EITHER,
                CategoryRule.Kind.REGEX, "^[A-C]", new BigDecimal("50"), null, travel, null, null));
        assertThat(services.rules().apply(alice, few.id())).isBetween(1, 999);
        assertConsistent(alice);
        assertConsistent(bob);
    }

    @Test
    void mergingCategoriesMovesTheirTotals() {
        long dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        long groceries = services.categories().findByName(alice, "Groceries").orElseThrow().id();
        services.categories().merge(alice, dining, groceries);
        assertConsistent(alice);
        assertThat(services.summaries().byCategory(alice, ExpenseFilter.ALL))
                .extracting(c -> c.category()).doesNotContain("Dining");
    }

    @Test
    void deletingAnAccountLeavesTheOtherUsersTotalsAlone() {
        var before = services.summaries().byMonthAndCategory(bob, ExpenseFilter.ALL);
        services.auth().deleteAccount(alice);
        assertThat(services.summaries().byMonthAndCategory(bob, ExpenseFilter.ALL)).isEqualTo(before);
        assertConsistent(bob);
    }

    @Test
    void aFailedImportLeavesTheTotalsAsTheyWere() {
        var before = services.summaries().byMonthAndCategory(alice, ExpenseFilter.ALL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.importer().importCsv(alice, "x.csv",
                new StringReader("date,description,category,payee,amount\n2024-01-01,A,Dining,B,1.00\n"),
                ImportOptions.DEFAULT.withUnknownCategory("Nope")));
        assertThat(services.summaries().byMonthAndCategory(alice, ExpenseFilter.ALL)).isEqualTo(before);
    }

    @Test
    void theInsertTriggerIsBackAfterAnImport() {
        long pets = services.categories().create(alice, "Pets", null, null).id();
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2024, 5, 5), new BigDecimal("5.00"), pets,
                "Toy", "PetSmart", null));
        assertConsistent(alice);
    }
}
