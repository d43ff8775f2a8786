package io.spendsense.ui.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpenseEditorViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    ExpensesViewModel list;
    ExpenseEditorViewModel editor;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        list = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), new FakeDialogService(), US_AMOUNTS);
        list.start();
        editor = list.newEditor();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void newExpenseStartsTodayAndInvalidWithoutErrorsShown() {
        assertThat(editor.dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.amountErrorProperty().get()).isEmpty();
        assertThat(editor.categoryErrorProperty().get()).isEmpty();
        assertThat(editor.title()).isEqualTo("New expense");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12.50,          ''
            '1,234.56',     ''
            1000000000,     ''
            0,              Amount must be greater than 0
            -3,             Amount must be greater than 0
            1234.567,       Amount must have at most 2 decimals
            '1,234',        ''
            1.234,          'Did you mean 1234 or 1.234? Type 1234 without the dot, or give 2 decimals'
            1000000000.01,  'Amount must be at most 1,000,000,000.00'
            abc,            Not a number
            """)
    void amountRules(String amount, String error) {
        editor.amountProperty().set(amount);
        assertThat(editor.amountErrorProperty().get()).isEqualTo(error);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            JPY, 1500,    ''
            JPY, 12.50,   Amount must be a whole number in JPY
            BHD, 12.345,  ''
            BHD, 0.005,   ''
            BHD, 12.3456, Amount must have at most 3 decimals in BHD
            KWD, '1,234', ''
            """)
    void amountsHaveTheProfileCurrencysDecimals(String currency, String amount, String error) {
        services.auth().register("kenji", null, null, TestUsers.PASSWORD, currency);
        var who = services.auth().signIn("kenji", TestUsers.PASSWORD);
        var vm = new ExpensesViewModel(services, who, new ImmediateTaskRunner(), new FakeDialogService(),
                new AmountParser(Locale.US, currency));
        vm.start();
        var form = vm.newEditor();
        form.amountProperty().set(amount);
        assertThat(form.amountErrorProperty().get()).isEqualTo(error);
    }

    @Test
    void aDinarExpenseIsSavedAndEditedWithItsFils() {
        services.auth().register("dana", null, null, TestUsers.PASSWORD, "BHD");
        var dana = services.auth().signIn("dana", TestUsers.PASSWORD);
        var vm = new ExpensesViewModel(services, dana, new ImmediateTaskRunner(), new FakeDialogService(),
                new AmountParser(Locale.US, "BHD"));
        vm.start();
        var form = vm.newEditor();
        form.amountProperty().set("12.345");
        form.categoryProperty().set(vm.categories().get(0));
        form.save(() -> { });
        var saved = services.expenses().page(dana, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 5).items();
        assertThat(saved).extracting(e -> e.amount().toPlainString()).containsExactly("12.345");
        assertThat(vm.editorFor(saved.get(0)).amountProperty().get()).isEqualTo("12.345");
    }

    @Test
    void anAmbiguousAmountIsQuestionedAndCannotBeSavedUntilAnswered() {
        var german = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), new FakeDialogService(),
                new AmountParser(Locale.GERMANY));
        german.start();
        var form = german.newEditor();
        form.categoryProperty().set(german.categories().get(0));
        form.amountProperty().set("1,234");
        assertThat(form.amountErrorProperty().get())
                .isEqualTo("Did you mean 1234 or 1,234? Type 1234 without the comma, or give 2 decimals");
        assertThat(form.validProperty().get()).isFalse();
        form.amountProperty().set("1.234");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.draft().amount()).isEqualByComparingTo("1234");
        form.amountProperty().set("12,50");
        assertThat(form.draft().amount()).isEqualByComparingTo("12.50");
    }

    @Test
    void validOnceAmountAndCategoryAreSet() {
        editor.amountProperty().set("9.99");
        assertThat(editor.categoryErrorProperty().get()).isEqualTo("Choose a category");
        editor.categoryProperty().set(list.categories().get(0));
        assertThat(editor.validProperty().get()).isTrue();
        editor.dateProperty().set(null);
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.dateErrorProperty().get()).isEqualTo("Choose a date");
    }

    @Test
    void knownPayeePreselectsItsUsualCategoryUntilTheUserChoosesOne() {
        long groceries = services.categories().findByName(alice, "Groceries").orElseThrow().id();
        for (int i = 0; i < 2; i++) {
            services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN, groceries,
                    "Shop", "Trader Joe's", null));
        }
        editor = list.newEditor();
        editor.start();
        assertThat(editor.payeeNames()).containsExactly("Trader Joe's");
        editor.payeeProperty().set("trader joe's");
        assertThat(editor.categoryProperty().get().name()).isEqualTo("Groceries");

        var other = list.newEditor();
        other.start();
        other.categoryProperty()
                .set(list.categories().stream().filter(c -> c.name().equals("Dining")).findFirst().orElseThrow());
        other.payeeProperty().set("Trader Joe's");
        assertThat(other.categoryProperty().get().name()).isEqualTo("Dining");
    }

    private Category category(String name) {
        return list.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private void netflixIsASubscription() {
        services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS,
                "netflix", null, null, category("Subscriptions").id(), null, null));
    }

    private List<Expense> saved() {
        return services.expenses().page(alice, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                10).items();
    }

    @Test
    void aMatchingRuleSuggestsItsCategoryWithAHintAndFillsItInOnSave() {
        netflixIsASubscription();
        editor.start();
        editor.amountProperty().set("15.49");
        editor.payeeProperty().set("NETFLIX.COM");
        assertThat(editor.categoryProperty().get().name()).isEqualTo("Subscriptions");
        assertThat(editor.categoryHintProperty().get()).isEqualTo("from rule: netflix");
        assertThat(editor.categoryChoice()).isEqualTo(CategoryChoice.OPEN);
        assertThat(editor.validProperty().get()).isTrue();
        editor.save(() -> { });
        assertThat(saved()).extracting(Expense::categoryName).containsExactly("Subscriptions");
    }

    @Test
    void aCategoryTheUserPicksIsSavedEvenWhenARuleSaysOtherwise() {
        netflixIsASubscription();
        editor.start();
        editor.amountProperty().set("15.49");
        editor.payeeProperty().set("Netflix");
        editor.categoryProperty().set(category("Travel"));
        assertThat(editor.categoryHintProperty().get()).isEmpty();
        assertThat(editor.categoryChoice()).isEqualTo(CategoryChoice.CHOSEN);
        editor.payeeProperty().set("Netflix Inc");
        assertThat(editor.categoryProperty().get().name()).as("a rule never overrides the user's pick")
                .isEqualTo("Travel");
        editor.save(() -> { });
        assertThat(saved()).extracting(Expense::categoryName).containsExactly("Travel");
    }

    @Test
    void theRuleBeatsThePayeesUsualCategoryAndItsSuggestionGoesWhenItNoLongerMatches() {
        long dining = category("Dining").id();
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN, dining, "Snacks",
                "Netflix", null));
        netflixIsASubscription();
        editor = list.newEditor();
        editor.start();
        editor.payeeProperty().set("Netflix");
        assertThat(editor.categoryProperty().get().name()).isEqualTo("Subscriptions");
        editor.payeeProperty().set("Hulu");
        assertThat(editor.categoryProperty().get()).isNull();
        assertThat(editor.categoryHintProperty().get()).isEmpty();
    }

    @Test
    void anEditKeepsItsCategoryAndShowsNoRuleHint() {
        var e = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN,
                category("Travel").id(), "Films on the plane", "Netflix", null));
        netflixIsASubscription();
        var edit = list.editorFor(e);
        edit.start();
        edit.amountProperty().set("12.00");
        assertThat(edit.categoryProperty().get().name()).isEqualTo("Travel");
        assertThat(edit.categoryHintProperty().get()).isEmpty();
        edit.save(() -> { });
        assertThat(saved()).extracting(Expense::categoryName, Expense::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Travel", new BigDecimal("12.00")));
    }

    @Test
    void redoOfAnAddRestoresTheExpenseAsTheRulesSavedIt() {
        services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS,
                "netflix", null, null, category("Subscriptions").id(), null, "Netflix"));
        editor.start();
        editor.amountProperty().set("15.49");
        editor.payeeProperty().set("NETFLIX.COM");
        editor.save(() -> { });
        list.undo();
        assertThat(saved()).isEmpty();
        list.redo();
        assertThat(saved()).extracting(Expense::payee, Expense::categoryName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Netflix", "Subscriptions"));
    }

    @Test
    void editingStartsFromTheExpense() {
        long dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        var e = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("7.5"),
                dining, "Lunch", "Cafe", "with Bo"));
        var edit = list.editorFor(e);
        assertThat(edit.title()).isEqualTo("Edit expense");
        assertThat(edit.amountProperty().get()).isEqualTo("7.50");
        assertThat(edit.categoryProperty().get().name()).isEqualTo("Dining");
        assertThat(edit.notesProperty().get()).isEqualTo("with Bo");
        assertThat(edit.validProperty().get()).isTrue();
    }

    /** Another computer (here: a second set of services on the same database) changed the expense meanwhile. */
    @Test
    void anEditOfAnExpenseChangedElsewhereMeanwhileIsRefusedInTheDialogWithItsCurrentValues() {
        long dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        var e = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("7.50"),
                dining, "Lunch", "Cafe", null));
        var edit = list.editorFor(e);
        edit.start();
        try (var elsewhere = Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.now()))) {
            var her = elsewhere.auth().signIn("alice", TestUsers.PASSWORD);
            elsewhere.expenses().update(her, e.id(), e.version(), new ExpenseDraft(e.date(), new BigDecimal("9.25"),
                    dining, "Lunch", "Cafe", null));
        }
        edit.amountProperty().set("8.00");
        var closed = new boolean[1];
        edit.save(() -> closed[0] = true);
        assertThat(closed[0]).as("the dialog stays open").isFalse();
        assertThat(edit.formErrorProperty().get()).contains("changed elsewhere").contains("9.25");
        assertThat(services.expenses().find(alice, e.id()).orElseThrow().amount()).isEqualByComparingTo("9.25");
    }

    @Test
    void serviceRejectionStaysInTheDialog() {
        editor.amountProperty().set("5");
        editor.categoryProperty().set(list.categories().get(0));
        editor.descriptionProperty().set("x".repeat(600));
        var closed = new boolean[1];
        editor.save(() -> closed[0] = true);
        assertThat(closed[0]).isFalse();
        assertThat(editor.formErrorProperty().get()).contains("description must be at most 500 characters");
    }

    @Test
    void anotherCurrencyIsCheckedInItsOwnMinorUnitsAndNeedsARate() {
        editor.start();
        editor.categoryProperty().set(category("Dining"));
        editor.currencyProperty().set("JPY");
        assertThat(editor.foreignProperty().get()).isTrue();
        editor.amountProperty().set("1500.5");
        assertThat(editor.amountErrorProperty().get()).isEqualTo("Amount must be a whole number in JPY");
        editor.amountProperty().set("1500");
        assertThat(editor.amountErrorProperty().get()).isEmpty();
        // no rate of yen is known: the editor says so, and Save stays off until one is typed
        assertThat(editor.rateErrorProperty().get()).isEqualTo("No rate of JPY is known on or before this date:"
                + " enter one");
        assertThat(editor.validProperty().get()).isFalse();
        editor.rateProperty().set("0,0067");
        assertThat(editor.rateErrorProperty().get()).isEmpty();
        assertThat(editor.rateInfoProperty().get()).isEqualTo("= $10.05 · the rate you entered");
        assertThat(editor.validProperty().get()).isTrue();
        var draft = editor.draft();
        assertThat(draft.foreign().currency()).isEqualTo("JPY");
        assertThat(draft.foreign().rate()).isEqualByComparingTo("0.0067");
        assertThat(draft.foreign().estimated()).isFalse();
        // a rate typed for yen is not a rate of pounds
        editor.currencyProperty().set("GBP");
        assertThat(editor.rateProperty().get()).isEmpty();
        assertThat(editor.validProperty().get()).isFalse();
    }

    @Test
    void theRateOfTheDayIsPrefilledAndLeftToTheServiceWhenUntouched() {
        services.rates().add(alice, LocalDate.of(2026, 3, 20), "EUR", new BigDecimal("1.09"));
        editor.start();
        editor.categoryProperty().set(category("Dining"));
        editor.amountProperty().set("10");
        editor.currencyProperty().set("EUR");
        assertThat(editor.rateProperty().get()).isEqualTo("1.09");
        assertThat(editor.rateEstimatedProperty().get()).isFalse();
        assertThat(editor.rateInfoProperty().get()).isEqualTo("= $10.90 · the rate of 2026-03-20");
        assertThat(editor.draft().foreign().rate()).as("the service converts at the known rate").isNull();
        // an earlier day without a rate of its own: none is known on or before it
        editor.dateProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(editor.rateProperty().get()).isEmpty();
        assertThat(editor.rateErrorProperty().get()).startsWith("No rate of EUR is known");
        // back in the profile's currency no rate is needed
        editor.currencyProperty().set("USD");
        assertThat(editor.foreignProperty().get()).isFalse();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.draft().foreign()).isNull();
    }

    @Test
    void theCurrenciesOfferedStartWithTheProfilesThenThoseWithRates() {
        services.rates().add(alice, LocalDate.of(2026, 3, 20), "THB", new BigDecimal("0.028"));
        editor.start();
        assertThat(editor.currencies()).startsWith("USD", "THB", "EUR").contains("BHD", "JPY").doesNotContain("XAU");
        assertThat(editor.currencyProperty().get()).isEqualTo("USD");
    }
}
