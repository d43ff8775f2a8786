package io.spendsense.ui.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseSort;
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

class ExpensesViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    FakeDialogService dialogs = new FakeDialogService();
    ExpensesViewModel vm;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        vm = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), dialogs, US_AMOUNTS);
    }

    @AfterEach
    void close() {
        services.close();
    }

    long category(String name) {
        return services.categories().findByName(alice, name).orElseThrow().id();
    }

    Expense add(String date, String amount, String category, String description, String payee) {
        return services.expenses().create(alice, new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount),
                category(category), description, payee, null));
    }

    List<String> descriptions() {
        return vm.rows().stream().map(Expense::description).toList();
    }

    @Test
    void startLoadsCategoriesRowsAndFooter() {
        add("2026-03-01", "12.50", "Dining", "Lunch", "Chipotle");
        add("2026-03-05", "40.00", "Groceries", "Weekly shop", "Whole Foods");
        vm.start();
        assertThat(vm.categories()).extracting(Category::name).contains("Dining", "Groceries");
        assertThat(descriptions()).containsExactly("Weekly shop", "Lunch");
        assertThat(vm.footerProperty().get()).isEqualTo("2 expenses · Total $52.50");
    }

    @Test
    void searchTextFiltersInSqlAndTheFooterFollows() {
        add("2026-03-01", "4.35", "Dining", "Coffee", "Starbucks");
        add("2026-03-02", "40.00", "Groceries", "Weekly shop", "Whole Foods");
        vm.start();
        vm.searchTextProperty().set("starb");
        assertThat(descriptions()).containsExactly("Coffee");
        assertThat(vm.footerProperty().get()).isEqualTo("1 expense · Total $4.35");
    }

    @Test
    void periodPresetsCategoriesAndAmountRangeCombine() {
        add("2026-02-10", "100.00", "Dining", "Dinner out", "Bistro");
        add("2026-03-02", "8.00", "Dining", "Snack", "Kiosk");
        add("2026-03-03", "60.00", "Dining", "Team lunch", "Bistro");
        add("2026-03-04", "70.00", "Groceries", "Shop", "Market");
        vm.start();
        vm.presetProperty().set(PeriodPreset.THIS_MONTH);
        assertThat(vm.rows()).hasSize(3);
        vm.categoryIdsProperty().set(Set.of(category("Dining")));
        assertThat(descriptions()).containsExactly("Team lunch", "Snack");
        vm.minAmountProperty().set("10");
        assertThat(descriptions()).containsExactly("Team lunch");
        vm.presetProperty().set(PeriodPreset.LAST_MONTH);
        assertThat(descriptions()).containsExactly("Dinner out");
    }

    @Test
    void badAmountRangeIsReportedAndIgnored() {
        add("2026-03-02", "8.00", "Dining", "Snack", "Kiosk");
        vm.start();
        vm.minAmountProperty().set("50");
        vm.maxAmountProperty().set("10");
        assertThat(vm.amountRangeErrorProperty().get()).isEqualTo("Minimum is above maximum");
        assertThat(vm.rows()).hasSize(1);
        vm.maxAmountProperty().set("abc");
        assertThat(vm.amountRangeErrorProperty().get()).isEqualTo("Amounts must be numbers");
    }

    @Test
    void customRangeUsesBothDates() {
        add("2026-01-15", "1.00", "Other", "January", "");
        add("2026-02-15", "2.00", "Other", "February", "");
        vm.start();
        vm.customFromProperty().set(LocalDate.of(2026, 2, 1));
        vm.customToProperty().set(LocalDate.of(2026, 2, 28));
        vm.presetProperty().set(PeriodPreset.CUSTOM);
        assertThat(descriptions()).containsExactly("February");
    }

    @Test
    void sortingIsDoneByTheDatabase() {
        add("2026-03-01", "30.00", "Dining", "b", "");
        add("2026-03-02", "10.00", "Dining", "c", "");
        add("2026-03-03", "20.00", "Dining", "a", "");
        vm.start();
        vm.sortProperty().set(new ExpenseSort(ExpenseSort.Field.AMOUNT, true));
        assertThat(descriptions()).containsExactly("c", "a", "b");
        vm.sortProperty().set(new ExpenseSort(ExpenseSort.Field.DESCRIPTION, false));
        assertThat(descriptions()).containsExactly("c", "b", "a");
    }

    @Test
    void pagesAreLoadedWhenTheTableNearsTheEnd() {
        var drafts = new ArrayList<ExpenseDraft>();
        for (int i = 0; i < 450; i++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2025, 1, 1).plusDays(i), BigDecimal.ONE, category("Other"),
                    "e" + i, "", null));
        }
        services.expenses().restore(alice, drafts);
        vm.start();
        assertThat(vm.rows()).hasSize(ExpensesViewModel.PAGE_SIZE);
        assertThat(vm.footerProperty().get()).startsWith("450 expenses");
        vm.rowShown(10);
        assertThat(vm.rows()).hasSize(ExpensesViewModel.PAGE_SIZE);
        vm.rowShown(ExpensesViewModel.PAGE_SIZE - 5);
        assertThat(vm.rows()).hasSize(2 * ExpensesViewModel.PAGE_SIZE);
        vm.rowShown(2 * ExpensesViewModel.PAGE_SIZE - 1);
        vm.rowShown(449);
        assertThat(vm.rows()).hasSize(450);
        assertThat(vm.rows().stream().map(Expense::id).distinct().count()).isEqualTo(450);
    }

    @Test
    void deleteManyShowsUndoThatBringsThemBack() {
        var a = add("2026-03-01", "1.00", "Dining", "a", "");
        var b = add("2026-03-02", "2.00", "Dining", "b", "");
        add("2026-03-03", "3.00", "Dining", "c", "");
        vm.start();
        vm.delete(List.of(a, b));
        assertThat(descriptions()).containsExactly("c");
        assertThat(dialogs.notifications).containsExactly("2 expenses deleted [Undo]");
        dialogs.clickNotificationAction();
        assertThat(descriptions()).containsExactly("c", "b", "a");
        assertThat(vm.footerProperty().get()).isEqualTo("3 expenses · Total $6.00");
    }

    @Test
    void undoAndRedoAddEditAndDelete() {
        vm.start();
        var editor = vm.newEditor();
        editor.amountProperty().set("12.50");
        editor.categoryProperty()
                .set(vm.categories().stream().filter(c -> c.name().equals("Dining")).findFirst().orElseThrow());
        editor.descriptionProperty().set("Lunch");
        var closed = new ArrayList<Boolean>();
        editor.save(() -> closed.add(true));
        assertThat(closed).containsExactly(true);
        assertThat(descriptions()).containsExactly("Lunch");

        var edit = vm.editorFor(vm.rows().get(0));
        edit.amountProperty().set("20");
        edit.save(() -> { });
        assertThat(vm.rows().get(0).amount()).isEqualByComparingTo("20");

        vm.undo();
        assertThat(vm.rows().get(0).amount()).isEqualByComparingTo("12.50");
        vm.redo();
        assertThat(vm.rows().get(0).amount()).isEqualByComparingTo("20");

        vm.delete(List.of(vm.rows().get(0)));
        assertThat(vm.rows()).isEmpty();
        vm.undo();
        assertThat(descriptions()).containsExactly("Lunch");
        vm.redo();
        assertThat(vm.rows()).isEmpty();
        vm.undo();
        vm.undo();
        assertThat(vm.rows().get(0).amount()).isEqualByComparingTo("12.50");
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void undoOfAddRemovesTheExpenseAndRedoAddsItAgain() {
        vm.start();
        var editor = vm.newEditor();
        editor.amountProperty().set("5");
        editor.categoryProperty().set(vm.categories().get(0));
        editor.save(() -> { });
        vm.undo();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo();
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void anotherUsersRowsAreNeverShown() {
        add("2026-03-01", "12.50", "Dining", "Alice's lunch", "");
        var bob = TestUsers.signedUp(services, "bob");
        var bobs = new ExpensesViewModel(services, bob, new ImmediateTaskRunner(), dialogs, US_AMOUNTS);
        bobs.start();
        assertThat(bobs.rows()).isEmpty();
        assertThat(bobs.footerProperty().get()).isEqualTo("0 expenses · Total $0.00");
    }

    @Test
    void clearFiltersShowsEverythingAgain() {
        add("2026-03-01", "4.35", "Dining", "Coffee", "Starbucks");
        add("2026-01-01", "40.00", "Groceries", "Shop", "Market");
        vm.start();
        vm.applyFilter(PeriodPreset.THIS_MONTH, null, null, Set.of(category("Dining")), "coffee");
        assertThat(descriptions()).containsExactly("Coffee");
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.presetProperty().get()).isEqualTo(PeriodPreset.ALL);
    }

    /** The same database opened a second time: another window or computer, signed in as Alice too. */
    private Services elsewhere() {
        return Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
    }

    @Test
    void aChangeSignalledFromElsewhereReloadsTheListKeepingFilterAndOrder() {
        add("2026-03-01", "4.35", "Dining", "Coffee", "Starbucks");
        add("2026-03-02", "40.00", "Groceries", "Weekly shop", "Whole Foods");
        vm.start();
        vm.searchTextProperty().set("coffee");
        vm.sortProperty().set(new ExpenseSort(ExpenseSort.Field.AMOUNT, true));
        int reloads = vm.reloadsProperty().get();
        try (var other = elsewhere();
             var watcher = services.changes().watcher(alice, java.time.Duration.ofHours(1)).onChange(vm::refresh)) {
            watcher.poll();
            var aliceThere = other.auth().signIn("alice", TestUsers.PASSWORD);
            long dining = other.categories().findByName(aliceThere, "Dining").orElseThrow().id();
            other.expenses().create(aliceThere, new ExpenseDraft(LocalDate.parse("2026-03-03"), new BigDecimal("3.10"),
                    dining, "Coffee to go", "Kiosk", null));
            other.expenses().create(aliceThere, new ExpenseDraft(LocalDate.parse("2026-03-04"), new BigDecimal("9.00"),
                    dining, "Sandwich", "Kiosk", null));
            other.categories().create(aliceThere, "Hobbies", null, null);
            assertThat(descriptions()).as("nothing yet").containsExactly("Coffee");

            assertThat(watcher.poll()).isTrue();
        }
        assertThat(descriptions()).as("the new match, in the amount order, without the rest")
                .containsExactly("Coffee to go", "Coffee");
        assertThat(vm.footerProperty().get()).isEqualTo("2 expenses · Total $7.45");
        assertThat(vm.categories()).extracting(Category::name).contains("Hobbies");
        assertThat(vm.searchTextProperty().get()).isEqualTo("coffee");
        assertThat(vm.reloadsProperty().get()).as("no reload back to the top").isEqualTo(reloads);
        assertThat(vm.refreshesProperty().get()).isEqualTo(1);
    }

    @Test
    void aRefreshReadsAgainAsManyRowsAsWereLoaded() {
        var drafts = new ArrayList<ExpenseDraft>();
        for (int i = 0; i < 450; i++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2025, 1, 1).plusDays(i), BigDecimal.ONE, category("Other"),
                    "e" + i, "", null));
        }
        services.expenses().restore(alice, drafts);
        vm.start();
        vm.rowShown(ExpensesViewModel.PAGE_SIZE - 5);
        assertThat(vm.rows()).hasSize(2 * ExpensesViewModel.PAGE_SIZE);
        try (var other = elsewhere()) {
            var aliceThere = other.auth().signIn("alice", TestUsers.PASSWORD);
            var oldest = other.expenses().pageAfter(aliceThere, io.spendsense.domain.ExpenseFilter.ALL,
                    ExpenseSort.NEWEST_FIRST, null, 1000).items().get(449);
            other.expenses().delete(aliceThere, vm.rows().get(5).id());
            other.expenses().update(aliceThere, vm.rows().get(300).id(), new ExpenseDraft(vm.rows().get(300).date(),
                    new BigDecimal("2.00"), category("Other"), "changed", "", null));
            assertThat(oldest.description()).isEqualTo("e0");
        }
        vm.refresh();
        assertThat(vm.rows()).as("the 400 loaded read again, less the one deleted elsewhere")
                .hasSize(2 * ExpensesViewModel.PAGE_SIZE);
        assertThat(vm.rows().get(299).description()).isEqualTo("changed");
        assertThat(vm.footerProperty().get()).startsWith("449 expenses");
        vm.rowShown(2 * ExpensesViewModel.PAGE_SIZE - 1);
        assertThat(vm.rows()).hasSize(449);
        assertThat(vm.rows().stream().map(Expense::id).distinct().count()).isEqualTo(449);
    }
}
