package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@BothDatabases
class RuleServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    long dining;
    long transport;
    long other;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(),
        new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        transport = services.categories().findByName(alice, "Transport").orElseThrow().id();
        other = services.categories().findByName(alice, "Other").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private CategoryRule rule(String pattern, long category, String setPayee) {
        return new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, pattern, null, null,
                category, null, setPayee);
    }

    /** An expense whose category nobody chose: Other unless a rule files it. */
    private Expense add(String payee, String amount) {
        return services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal(amount),
                other, "x", payee, null), CategoryChoice.OPEN);
    }

    private java.util.List<Expense> all() {
        return services.expenses().page(alice, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                100).items();
    }

    @Test
    void rulesApplyInOrderWhenAnExpenseIsAdded() {
        services.rules().add(alice, rule("uber eats", dining, "Uber Eats"));
        services.rules().add(alice, rule("uber", transport, "Uber"));
        assertThat(services.rules().list(alice)).extracting(CategoryRule::position).containsExactly(1, 2);
        assertThat(add("UBER EATS *123", "20.00")).extracting(Expense::categoryName, Expense::payee)
                .containsExactly("Dining", "Uber Eats");
        assertThat(add("UBER *TRIP", "12.00")).extracting(Expense::categoryName, Expense::payee)
                .containsExactly("Transport", "Uber");
        assertThat(add("Cafe", "4.00").categoryName()).isEqualTo("Other");
    }

    @Test
    void aCategoryChosenByHandWinsOverARuleWhichStillRenamesThePayee() {
        services.rules().add(alice, rule("uber", transport, "Uber"));
        var chosen = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1),
                new BigDecimal("40.00"), dining, "Dinner in Lisbon", "UBER *TRIP", null), CategoryChoice.CHOSEN);
        assertThat(chosen).extracting(Expense::categoryName, Expense::payee).containsExactly("Dining", "Uber");
        var plain = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN,
                dining, "x", "UBER *TRIP", null));
        assertThat(plain.categoryName()).as("create without a choice means the category was chosen")
                .isEqualTo("Dining");
    }

    @Test
    void anOpenCategoryComesFromTheRuleElseFromTheDraftElseIsRequired() {
        services.rules().add(alice, rule("uber", transport, null));
        var filed = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN, 0,
                "x", "Uber", null), CategoryChoice.OPEN);
        assertThat(filed.categoryName()).isEqualTo("Transport");
        assertThatThrownBy(() -> services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1),
                BigDecimal.TEN, 0, "x", "Cafe", null), CategoryChoice.OPEN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("category is required");
        assertThat(all()).hasSize(1);
    }

    @Test
    void anEditNeverAppliesTheRulesAgain() {
        var e = add("Cafe", "4.00");
        services.rules().add(alice, rule("cafe", transport, "Cafe Nero"));
        var edited = services.expenses().update(alice, e.id(), new ExpenseDraft(e.date(), new BigDecimal("5.00"),
                dining, "x", "Cafe", null));
        assertThat(edited).extracting(Expense::categoryName, Expense::payee).containsExactly("Dining", "Cafe");
        var again = services.expenses().update(alice, e.id(), edited.toDraft());
        assertThat(again.categoryName()).isEqualTo("Dining");
    }

    @Test
    void previewChangesNothingAndApplyChangesWhatItShowed() {
        var first = add("UBER *TRIP", "12.00");
        add("Cafe", "4.00");
        var rule = rule("uber", transport, "Uber");
        var preview = services.rules().preview(alice, rule);
        assertThat(preview).singleElement().satisfies(c -> {
            assertThat(c.expense().id()).isEqualTo(first.id());
            assertThat(c.categoryName()).isEqualTo("Transport");
            assertThat(c.payee()).isEqualTo("Uber");
        });
        assertThat(all()).extracting(Expense::categoryName).containsOnly("Other");
        var saved = services.rules().add(alice, rule);
        assertThat(services.rules().apply(alice, saved.id())).isEqualTo(1);
        assertThat(services.expenses().find(alice, first.id()).orElseThrow())
                .extracting(Expense::categoryName, Expense::payee).containsExactly("Transport", "Uber");
        assertThat(services.rules().preview(alice, saved)).isEmpty();
    }

    @Test
    void applyingToMoreRowsThanOneStatementHoldsChangesEveryOneAndKeepsTheMonthTotals() {
        // 1,203 matching rows: more than two statements of 500 ids; the month totals are kept by the triggers
        var drafts = new java.util.ArrayList<ExpenseDraft>();
        for (int i = 0; i < 1_203; i++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2026, 1 + i % 3, 1 + i % 28), new BigDecimal("2.50"), other, "x",
                    "UBER *TRIP " + i, null));
        }
        drafts.add(new ExpenseDraft(LocalDate.of(2026, 2, 2), new BigDecimal("9.00"), other, "x", "Cafe", null));
        services.expenses().restore(alice, drafts);
        var bob = TestUsers.signedUp(services, "bob");
        long bobsOther = services.categories().findByName(bob, "Other").orElseThrow().id();
        services.expenses().create(bob, new ExpenseDraft(LocalDate.of(2026, 2, 2), new BigDecimal("7.00"), bobsOther,
                "x", "UBER *TRIP", null));
        var saved = services.rules().add(alice, rule("uber", transport, "Uber"));
        assertThat(services.rules().apply(alice, saved.id())).isEqualTo(1_203);
        var byCategory = services.summaries().byCategory(alice, ExpenseFilter.ALL);
        assertThat(byCategory).extracting(io.spendsense.domain.CategoryTotal::category, c -> c.total().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Transport", "3007.50"),
                        org.assertj.core.groups.Tuple.tuple("Other", "9.00"));
        assertThat(services.summaries().totals(alice, ExpenseFilter.of(io.spendsense.domain.Period.month(
                java.time.YearMonth.of(2026, 1))).withCategories(java.util.Set.of(transport))).count()).isEqualTo(401);
        assertThat(services.rules().preview(alice, saved)).isEmpty();
        // bob's expense with the same payee is untouched
        assertThat(services.expenses().page(bob, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                10).items()).extracting(Expense::categoryName, Expense::payee).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Other", "UBER *TRIP"));
    }

    @Test
    void importAppliesRulesAndAReimportStillFindsItsDuplicates() throws Exception {
        services.rules().add(alice, rule("uber", transport, "Uber"));
        Path csv = dir.resolve("bank.csv");
        Files.writeString(csv, """
                date,description,category,payee,amount
                2026-03-02,Ride,,UBER *TRIP 1,12.00
                2026-03-03,Lunch,Dining,Cafe,9.00
                """);
        var first = services.importer().importFile(alice, csv, ImportOptions.DEFAULT);
        assertThat(first.imported()).isEqualTo(2);
        assertThat(all()).extracting(e -> e.payee() + "/" + e.categoryName())
                .containsExactly("Uber/Transport", "Cafe/Dining");
        var second = services.importer().importFile(alice, csv, ImportOptions.DEFAULT);
        assertThat(second.imported()).isZero();
        assertThat(second.duplicatesSkipped()).isEqualTo(2);
    }

    @Test
    void importKeepsARowsCategoryAndLetsRulesFillInOnlyRowsWithout() throws Exception {
        services.rules().add(alice, rule("uber", transport, "Uber"));
        Path csv = dir.resolve("bank.csv");
        Files.writeString(csv, """
                date,description,category,payee,amount
                2026-03-02,Airport ride abroad,Travel,UBER *TRIP 1,30.00
                2026-03-03,Ride,,UBER *TRIP 2,12.00
                2026-03-04,Lunch,,Cafe,9.00
                """);
        var report = services.importer().importFile(alice, csv, ImportOptions.DEFAULT);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(all()).extracting(e -> e.payee() + "/" + e.categoryName())
                .containsExactly("Uber/Travel", "Uber/Transport", "Cafe/Other");
    }

    @Test
    void importWithoutACategoryColumnFilesRowsByRuleElseInTheUnknownCategory() throws Exception {
        services.rules().add(alice, rule("uber", transport, null));
        Path csv = dir.resolve("bank.csv");
        Files.writeString(csv, """
                Date,Memo,Merchant,Amount
                2026-03-02,Ride,UBER *TRIP,-12.00
                2026-03-03,Lunch,Cafe,-9.00
                """);
        var options = new ImportOptions(CsvFormatOptions.DETECT, "Dining", false);
        assertThat(services.importer().importFile(alice, csv, options).imported()).isEqualTo(2);
        assertThat(all()).extracting(e -> e.payee() + "/" + e.categoryName())
                .containsExactly("UBER *TRIP/Transport", "Cafe/Dining");
    }

    @Test
    void anImportWithABadLineAddsNothingEvenWhenRulesWouldFileIt() throws Exception {
        services.rules().add(alice, rule("uber", transport, "Uber"));
        Path csv = dir.resolve("bank.csv");
        Files.writeString(csv, """
                date,description,category,payee,amount
                2026-03-02,Ride,,UBER *TRIP 1,12.00
                2026-03-03,Dinner,Brand New,Cafe,9.00
                2026-03-04,Lunch,,Cafe,not money
                """);
        assertThatThrownBy(() -> services.importer().importFile(alice, csv, ImportOptions.DEFAULT))
                .isInstanceOf(ImportException.class);
        assertThat(all()).isEmpty();
        assertThat(services.categories().findByName(alice, "Brand New")).isEmpty();
    }

    @Test
    void aPayeeAlwaysFiledUnderOneCategoryIsSuggested() {
        for (int i = 0; i < 3; i++) {
            services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 1, 1 + i), BigDecimal.ONE, dining,
                    "x", "Blue Bottle", null));
            services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 1, 1 + i), BigDecimal.ONE,
                    i == 0 ? dining : other, "x", "Corner Shop", null));
        }
        add("Rare Place", "3.00");
        assertThat(services.rules().suggestions(alice)).singleElement().satisfies(r -> {
            assertThat(r.pattern()).isEqualTo("Blue Bottle");
            assertThat(r.kind()).isEqualTo(CategoryRule.Kind.EQUALS);
            assertThat(r.categoryName()).isEqualTo("Dining");
        });
        services.rules().add(alice, services.rules().suggestions(alice).get(0));
        assertThat(services.rules().suggestions(alice)).isEmpty();
    }

    @Test
    void badRulesAreRefusedWithEveryReason() {
        var bad = new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.REGEX, "(x", new BigDecimal("9"),
                new BigDecimal("5"), dining, null, null);
        assertThatThrownBy(() -> services.rules().add(alice, bad)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a valid regular expression").hasMessageContaining("ends below its start");
    }

    @Test
    void anotherUserCannotSeeApplyOrRemoveRules() {
        var r = services.rules().add(alice, rule("uber", transport, null));
        var bob = TestUsers.signedUp(services, "bob");
        assertThat(services.rules().list(bob)).isEmpty();
        assertThatThrownBy(() -> services.rules().apply(bob, r.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.rules().remove(bob, r.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.rules().add(bob, rule("x", transport, null)))
                .isInstanceOf(ValidationException.class);
        long bobsOther = services.categories().findByName(bob, "Other").orElseThrow().id();
        var bobs = services.expenses().create(bob, new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN,
                bobsOther, "x", "Uber", null));
        assertThat(bobs.categoryName()).isEqualTo("Other");
    }
}
