package io.spendsense.ui.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecurringViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    RecurringFixture data;
    FakeDialogService dialogs = new FakeDialogService();
    RecurringViewModel vm;

    @BeforeEach
    void open() {
        data = new RecurringFixture(dir);
        vm = new RecurringViewModel(data.services, data.user, new ImmediateTaskRunner(), dialogs, US_AMOUNTS);
        vm.refresh();
    }

    @AfterEach
    void close() {
        data.close();
    }

    RecurringEditorViewModel netflix() {
        var form = vm.newTemplate();
        form.payeeProperty().set("Netflix");
        form.amountTextProperty().set("15.49");
        form.categoryProperty().set(data.category("Subscriptions"));
        form.dayOfMonthProperty().set(5);
        return form;
    }

    @Test
    void anAddedTemplateIsListedWithItsNextDateAndShowsInTheNext30Days() {
        assertThat(vm.templates()).isEmpty();
        assertThat(vm.upcoming()).isEmpty();

        vm.save(netflix());

        assertThat(dialogs.notifications).containsExactly("Netflix added: monthly on day 5");
        assertThat(vm.templates()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Netflix");
            assertThat(t.category()).isEqualTo("Subscriptions");
            assertThat(t.amount()).isEqualTo("$15.49");
            assertThat(t.schedule()).isEqualTo("Monthly on day 5");
            assertThat(t.next()).isEqualTo("Next: Apr 5, 2026");
            assertThat(t.span()).isEqualTo("Since Mar 20, 2026");
        });
        assertThat(vm.upcoming()).containsExactly(new DueRow("Sun, Apr 5", "Netflix", "$15.49", "in 16 days"));
        assertThat(vm.upcomingTotalProperty().get()).isEqualTo("$15.49 due in the next 30 days");
        assertThat(vm.monthlyTotalProperty().get()).isEqualTo("About $15.49 a month");
        assertThat(vm.expensesChangedProperty().get()).isZero();
        assertThat(vm.templatesChangedProperty().get()).isEqualTo(1);
    }

    @Test
    void aTemplateThatStartedInThePastCreatesItsDueExpensesAtOnce() {
        var form = netflix();
        form.dayOfMonthProperty().set(31);
        form.startProperty().set(LocalDate.of(2026, 1, 31));

        vm.save(form);

        assertThat(dialogs.notifications).containsExactly(
                "Netflix added: monthly on day 31 (2 expenses created up to today)");
        assertThat(expenses()).extracting(Expense::date)
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 1, 31));
        assertThat(vm.expensesChangedProperty().get()).isEqualTo(1);
        assertThat(vm.templates().get(0).next()).isEqualTo("Next: Mar 31, 2026");
    }

    @Test
    void editChangesTheTemplateAndRemoveAsksFirst() {
        vm.save(netflix());
        var form = vm.edit(vm.templates().get(0));
        assertThat(form.editing()).isTrue();
        assertThat(form.amountTextProperty().get()).isEqualTo("15.49");
        assertThat(form.dayOfMonthProperty().get()).isEqualTo(5);
        form.amountTextProperty().set("17.99");
        form.repeatProperty().set(Repeat.WEEKLY);
        form.weekdayProperty().set(DayOfWeek.MONDAY);
        form.everyTextProperty().set("2");
        vm.save(form);

        assertThat(vm.templates()).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualTo("$17.99");
            assertThat(t.schedule()).isEqualTo("Every 2 weeks on Monday");
            assertThat(t.next()).isEqualTo("Next: Mar 23, 2026");
        });
        assertThat(vm.upcoming()).extracting(DueRow::date).containsExactly("Mon, Mar 23", "Mon, Apr 6");

        dialogs.confirmAnswer = false;
        vm.remove(vm.templates().get(0));
        assertThat(vm.templates()).hasSize(1);
        dialogs.confirmAnswer = true;
        vm.remove(vm.templates().get(0));
        assertThat(dialogs.confirmations).last().asString()
                .isEqualTo("Stop Netflix ($17.99, Every 2 weeks on Monday)? The expenses it already created stay.");
        assertThat(vm.templates()).isEmpty();
        assertThat(dialogs.notifications).last().isEqualTo("Netflix is no longer recurring");
    }

    @Test
    void aMonthlyBillCandidateBecomesRecurringInOneClickFromItsNextDueDateAndUndoTakesItBack() {
        data.spend("Gold's Gym", "30.00", "Health", LocalDate.of(2025, 12, 15));
        data.spend("Gold's Gym", "30.00", "Health", LocalDate.of(2026, 1, 15));
        data.spend("Gold's Gym", "30.00", "Health", LocalDate.of(2026, 2, 15));
        vm.refresh();
        assertThat(vm.candidates()).singleElement().satisfies(c -> {
            assertThat(c.payee()).isEqualTo("Gold's Gym");
            assertThat(c.amount()).isEqualTo("$30.00");
            assertThat(c.detail()).isEqualTo("Monthly on day 15 · 3 charges, the last on Feb 15");
        });

        vm.makeRecurring(vm.candidates().get(0));

        assertThat(dialogs.notifications).containsExactly(
                "Gold's Gym is now recurring: monthly on day 15, next Apr 15, 2026 [Undo]");
        assertThat(vm.candidates()).isEmpty();
        assertThat(vm.templates()).extracting(TemplateRow::title, TemplateRow::category, TemplateRow::next)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gold's Gym", "Health", "Next: Apr 15, 2026"));
        assertThat(vm.upcoming()).extracting(DueRow::date, DueRow::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Wed, Apr 15", "Gold's Gym"));
        // The missed March charge is not invented: the template starts after today.
        assertThat(data.services.recurring().generateDue(data.user)).isZero();
        assertThat(expenses()).hasSize(3);

        dialogs.clickNotificationAction();
        assertThat(vm.templates()).isEmpty();
        assertThat(vm.candidates()).extracting(CandidateRow::payee).containsExactly("Gold's Gym");
    }

    @Test
    void theMonthlyTotalCountsWeeklyAndYearlyTemplatesPerMonth() {
        vm.save(netflix());
        var weekly = netflix();
        weekly.payeeProperty().set("Cleaner");
        weekly.amountTextProperty().set("12");
        weekly.repeatProperty().set(Repeat.WEEKLY);
        vm.save(weekly);
        var yearly = netflix();
        yearly.payeeProperty().set("Insurance");
        yearly.amountTextProperty().set("120");
        yearly.repeatProperty().set(Repeat.YEARLY);
        vm.save(yearly);
        // 15.49 + 12 × 52 / 12 + 120 / 12
        assertThat(vm.monthlyTotalProperty().get()).isEqualTo("About $77.49 a month");
        assertThat(vm.templates()).extracting(TemplateRow::title).containsExactly("Cleaner", "Insurance", "Netflix");
    }

    @Test
    void everyQueryIsTheSignedInUsers() {
        vm.save(netflix());
        var other = io.spendsense.service.TestUsers.signedUp(data.services, "sam");
        var theirs = new RecurringViewModel(data.services, other, new ImmediateTaskRunner(), new FakeDialogService(),
                US_AMOUNTS);
        theirs.refresh();
        assertThat(theirs.templates()).isEmpty();
        assertThat(theirs.upcoming()).isEmpty();
    }

    private java.util.List<Expense> expenses() {
        return data.services.expenses().page(data.user, ExpenseFilter.ALL,
                new ExpenseSort(ExpenseSort.Field.DATE, false), 0, 100).items();
    }
}
