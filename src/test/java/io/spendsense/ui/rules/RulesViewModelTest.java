package io.spendsense.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
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

class RulesViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alex;
    FakeDialogService dialogs = new FakeDialogService();
    RulesViewModel vm;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("rules.db"),
        new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alex = TestUsers.signedUp(services, "alex");
        vm = new RulesViewModel(services, alex, new ImmediateTaskRunner(), dialogs, US_AMOUNTS);
        vm.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    Category category(String name) {
        return services.categories().findByName(alex, name).orElseThrow();
    }

    Expense spend(String payee, String amount, String category, int day) {
        return services.expenses().create(alex, new ExpenseDraft(LocalDate.of(2026, 3, day), new BigDecimal(amount),
                category(category).id(), "", payee, null));
    }

    RuleEditorViewModel form(String pattern, String category) {
        var form = vm.newRule();
        form.patternProperty().set(pattern);
        form.categoryProperty().set(category(category));
        return form;
    }

    List<String> categoriesOfExpenses() {
        return services.expenses().page(alex, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0, 100)
                .items().stream().map(e -> e.payee() + ":" + e.categoryName()).toList();
    }

    @Test
    void aSavedRuleIsPreviewedAndChangesNothingUntilApplied() {
        spend("UBER *TRIP 1", "12.40", "Other", 2);
        spend("UBER *TRIP 2", "8.10", "Other", 3);
        spend("Cafe", "4.00", "Other", 4);
        var form = form("uber", "Transport");
        form.setPayeeProperty().set("Uber");

        vm.save(form);

        assertThat(dialogs.notifications).containsExactly("Rule added: Payee contains “uber” → Transport");
        assertThat(vm.rules()).singleElement().satisfies(r -> {
            assertThat(r.condition()).isEqualTo("Payee contains “uber”");
            assertThat(r.category()).isEqualTo("Transport");
            assertThat(r.rename()).isEqualTo("Rename the payee to “Uber”");
            assertThat(r.amountRange()).isEmpty();
        });
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.rules().get(0));
        assertThat(vm.previewedProperty().get()).isEqualTo(vm.rules().get(0));
        assertThat(vm.previewTitleProperty().get()).isEqualTo("This rule would change 2 existing expenses:");
        assertThat(vm.changes()).containsExactly(
                new ChangeRow(vm.changes().get(0).expenseId(), "Mar 3, 2026", "UBER *TRIP 2", "$8.10", "Other",
                        "Transport", "Uber"),
                new ChangeRow(vm.changes().get(1).expenseId(), "Mar 2, 2026", "UBER *TRIP 1", "$12.40", "Other",
                        "Transport", "Uber"));
        assertThat(vm.canApplyProperty().get()).isTrue();
        assertThat(vm.applyTextProperty().get()).isEqualTo("Apply to 2 expenses");
        assertThat(categoriesOfExpenses()).containsExactly("UBER *TRIP 1:Other", "UBER *TRIP 2:Other", "Cafe:Other");

        vm.apply();

        assertThat(dialogs.confirmations).containsExactly(
                "Change 2 expenses as previewed (Payee contains “uber” → Transport)?");
        assertThat(dialogs.notifications).last().isEqualTo("Changed 2 expenses");
        assertThat(vm.expensesChangedProperty().get()).isEqualTo(1);
        assertThat(categoriesOfExpenses()).containsExactly("Uber:Transport", "Uber:Transport", "Cafe:Other");
        assertThat(vm.previewedProperty().get()).isNull();
        assertThat(vm.changes()).isEmpty();
        assertThat(vm.canApplyProperty().get()).isFalse();
    }

    @Test
    void applyDoesNothingWhenTheUserSaysNo() {
        spend("UBER *TRIP 1", "12.40", "Other", 2);
        vm.save(form("uber", "Transport"));
        dialogs.confirmAnswer = false;
        vm.apply();
        assertThat(categoriesOfExpenses()).containsExactly("UBER *TRIP 1:Other");
        assertThat(vm.expensesChangedProperty().get()).isZero();
    }

    @Test
    void aRuleThatChangesNothingSaysSoAndCannotBeApplied() {
        spend("Cafe", "4.00", "Dining", 4);
        vm.save(form("cafe", "Dining"));
        assertThat(vm.previewTitleProperty().get()).isEqualTo("This rule would change none of your existing expenses.");
        assertThat(vm.canApplyProperty().get()).isFalse();
        vm.apply();
        assertThat(dialogs.confirmations).isEmpty();
    }

    @Test
    void aLongPreviewListsTheNewestChangesAndSaysHowManyMore() {
        for (int day = 1; day <= 11; day++) {
            spend("Lyft", "9.00", "Other", day);
        }
        vm.save(form("lyft", "Transport"));
        assertThat(vm.previewTitleProperty().get()).isEqualTo("This rule would change 11 existing expenses:");
        assertThat(vm.changes()).hasSize(RulesViewModel.PREVIEW_ROWS);
        assertThat(vm.changes().get(0).date()).isEqualTo("Mar 11, 2026");
        assertThat(vm.previewMoreProperty().get()).isEqualTo("… and 3 older ones");
        vm.apply();
        assertThat(dialogs.notifications).last().isEqualTo("Changed 11 expenses");
    }

    @Test
    void rulesMoveUpAndDownAndTheOrderDecidesWhichWins() {
        vm.save(form("uber", "Transport"));
        vm.save(form("uber eats", "Dining"));
        vm.save(form("lyft", "Transport"));
        assertThat(vm.rules()).extracting(RuleRow::condition).containsExactly("Payee contains “uber”",
                "Payee contains “uber eats”", "Payee contains “lyft”");

        vm.moveUp(vm.rules().get(1));
        assertThat(vm.rules()).extracting(RuleRow::condition).containsExactly("Payee contains “uber eats”",
                "Payee contains “uber”", "Payee contains “lyft”");
        assertThat(vm.selectedProperty().get().condition()).isEqualTo("Payee contains “uber eats”");
        var draft = new ExpenseDraft(LocalDate.of(2026, 3, 5), new BigDecimal("20"), category("Other").id(), "",
                "UBER EATS 42", null);
        assertThat(io.spendsense.domain.CategoryRule.first(services.rules().list(alex), draft))
                .hasValueSatisfying(r -> assertThat(r.categoryName()).isEqualTo("Dining"));

        vm.moveDown(vm.rules().get(0));
        vm.moveDown(vm.rules().get(1));
        assertThat(vm.rules()).extracting(RuleRow::condition).containsExactly("Payee contains “uber”",
                "Payee contains “lyft”", "Payee contains “uber eats”");
    }

    @Test
    void editKeepsTheRulesPlaceAndRemoveAsksFirst() {
        vm.save(form("uber", "Transport"));
        vm.save(form("lyft", "Transport"));
        var form = vm.edit(vm.rules().get(0));
        assertThat(form.editing()).isTrue();
        assertThat(form.patternProperty().get()).isEqualTo("uber");
        form.kindProperty().set(RuleEditorViewModel.KindChoice.EQUALS);
        form.patternProperty().set("Uber");
        form.minTextProperty().set("5");
        form.maxTextProperty().set("50");
        vm.save(form);
        assertThat(dialogs.notifications).last().isEqualTo("Rule saved: Payee is exactly “Uber” → Transport");
        assertThat(vm.rules()).extracting(RuleRow::condition, RuleRow::amountRange).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Payee is exactly “Uber”", "amount is 5.00 to 50.00"),
                org.assertj.core.groups.Tuple.tuple("Payee contains “lyft”", ""));

        dialogs.confirmAnswer = false;
        vm.remove(vm.rules().get(0));
        assertThat(vm.rules()).hasSize(2);
        dialogs.confirmAnswer = true;
        vm.remove(vm.rules().get(0));
        assertThat(vm.rules()).extracting(RuleRow::condition).containsExactly("Payee contains “lyft”");
        assertThat(dialogs.notifications).last().isEqualTo("Rule removed: Payee is exactly “Uber” → Transport");
    }

    @Test
    void aSuggestionFromTheHistoryIsAddedInOneClick() {
        spend("Netflix", "15.49", "Subscriptions", 1);
        spend("Netflix", "15.49", "Subscriptions", 2);
        spend("Netflix", "15.49", "Subscriptions", 3);
        vm.refresh();
        assertThat(vm.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.condition()).isEqualTo("Payee is exactly “Netflix”");
            assertThat(s.category()).isEqualTo("Subscriptions");
        });

        vm.addSuggestion(vm.suggestions().get(0));

        assertThat(vm.rules()).extracting(RuleRow::condition, RuleRow::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Payee is exactly “Netflix”", "Subscriptions"));
        assertThat(vm.suggestions()).isEmpty();
    }

    @Test
    void previewAndRulesAreTheSignedInUsers() {
        spend("UBER *TRIP 1", "12.40", "Other", 2);
        var sam = TestUsers.signedUp(services, "sam");
        var theirs = new RulesViewModel(services, sam, new ImmediateTaskRunner(), new FakeDialogService(), US_AMOUNTS);
        theirs.refresh();
        var form = theirs.newRule();
        form.patternProperty().set("uber");
        form.categoryProperty().set(services.categories().findByName(sam, "Transport").orElseThrow());
        theirs.save(form);
        assertThat(theirs.previewTitleProperty().get())
                .isEqualTo("This rule would change none of your existing expenses.");
        vm.refresh();
        assertThat(vm.rules()).isEmpty();
    }
}
