package io.spendsense.ui.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.BudgetLevel;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetsViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    BudgetFixture data;
    FakeDialogService dialogs = new FakeDialogService();
    BudgetsViewModel vm;

    @BeforeEach
    void open() {
        data = new BudgetFixture(dir);
        vm = new BudgetsViewModel(data.services, data.user, new ImmediateTaskRunner(), dialogs, US_AMOUNTS);
    }

    @AfterEach
    void close() {
        data.close();
    }

    BudgetRow row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rowsShowLevelColorPercentSpentRemainingAndDaysLeft() {
        data.budget(null, "1000");
        data.budget("Dining", "200");
        data.budget("Groceries", "100");
        data.spend("Dining", "170", LocalDate.of(2026, 3, 5));
        data.spend("Groceries", "125.50", LocalDate.of(2026, 3, 6));
        data.spend("Health", "10", LocalDate.of(2026, 3, 7));
        vm.refresh();

        assertThat(vm.monthTitleProperty().get()).isEqualTo("March 2026");
        assertThat(vm.rows()).extracting(BudgetRow::name).containsExactly("Overall", "Dining", "Groceries");

        var overall = row("Overall");
        assertThat(overall.level()).isEqualTo(BudgetLevel.OK);
        assertThat(overall.styleClass()).isEqualTo("budget-ok");
        assertThat(overall.percentText()).isEqualTo("31%");
        assertThat(overall.spentText()).isEqualTo("$305.50 of $1,000.00");
        assertThat(overall.remainingText()).isEqualTo("$694.50 left");
        assertThat(overall.daysLeftText()).isEqualTo("12 days left");
        assertThat(overall.progress()).isEqualTo(0.3055);

        var dining = row("Dining");
        assertThat(dining.styleClass()).isEqualTo("budget-warning");
        assertThat(dining.percentText()).isEqualTo("85%");
        assertThat(dining.color()).isEqualTo(data.services.categories().findByName(data.user, "Dining")
                .orElseThrow().color());

        var groceries = row("Groceries");
        assertThat(groceries.styleClass()).isEqualTo("budget-danger");
        assertThat(groceries.percentText()).isEqualTo("126%");
        assertThat(groceries.remainingText()).isEqualTo("Over by $25.50");
        assertThat(groceries.progress()).isEqualTo(1.0);
    }

    @Test
    void currentMonthHasAForecastThatMarksBudgetsLikelyToBeExceeded() {
        data.budget("Dining", "200");
        data.budget("Groceries", "500");
        // eight dollars of lunch a day since November: 248.00 by the 31st of March
        for (LocalDate d = LocalDate.of(2025, 11, 1); !d.isAfter(LocalDate.of(2026, 3, 20)); d = d.plusDays(1)) {
            data.spend("Dining", "8", d);
        }
        data.spend("Groceries", "100", LocalDate.of(2026, 3, 10));
        vm.refresh();

        assertThat(row("Dining").forecast()).isEqualTo("About $248.00 by month end");
        assertThat(row("Dining").likelyExceeded()).isTrue();
        assertThat(row("Groceries").forecast()).isEqualTo("Not enough history to forecast yet: $100.00 spent");
        assertThat(row("Groceries").likelyExceeded()).isFalse();

        // the history's current month carries the forecast and its range (the chart's band); others do not
        vm.select(row("Dining"));
        var march = vm.history().get(vm.history().size() - 1);
        assertThat(march.month()).isEqualTo("Mar 26*");
        assertThat(march.forecast()).isEqualByComparingTo("248.00");
        assertThat(march.low()).isEqualByComparingTo("248.00");
        assertThat(vm.history().get(0).forecast()).isNull();

        vm.previousMonth();
        assertThat(row("Dining").forecast()).isEmpty();
    }

    @Test
    void monthNavigationShowsThatMonthsSpending() {
        data.budget("Dining", "200");
        data.spend("Dining", "50", LocalDate.of(2026, 2, 3));
        data.spend("Dining", "20", LocalDate.of(2026, 3, 3));
        vm.refresh();
        assertThat(row("Dining").spentText()).isEqualTo("$20.00 of $200.00");

        vm.previousMonth();
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(vm.monthTitleProperty().get()).isEqualTo("February 2026");
        assertThat(row("Dining").spentText()).isEqualTo("$50.00 of $200.00");
        assertThat(row("Dining").daysLeftText()).isEqualTo("0 days left");

        vm.nextMonth();
        vm.nextMonth();
        assertThat(vm.monthTitleProperty().get()).isEqualTo("April 2026");
        assertThat(row("Dining").spentText()).isEqualTo("$0.00 of $200.00");
    }

    @Test
    void selectingABudgetShowsItsLast12Months() {
        data.budget("Dining", "200");
        data.spend("Dining", "80", LocalDate.of(2026, 1, 3));
        data.spend("Dining", "20", LocalDate.of(2026, 3, 3));
        vm.refresh();

        assertThat(vm.selectedProperty().get().name()).isEqualTo("Dining");
        assertThat(vm.historyTitleProperty().get()).isEqualTo("Dining · last 12 months");
        assertThat(vm.history()).hasSize(12);
        assertThat(vm.history().get(0).month()).isEqualTo("Apr 25");
        assertThat(vm.history().get(9).spent()).isEqualByComparingTo("80");
        assertThat(vm.history().get(11).month()).isEqualTo("Mar 26*");
        assertThat(vm.history().get(11).spent()).isEqualByComparingTo("20");
        assertThat(vm.history().get(11).limit()).isEqualByComparingTo("200");
    }

    @Test
    void addEditAndRemoveABudget() {
        vm.refresh();
        assertThat(vm.rows()).isEmpty();

        var form = vm.newBudget();
        assertThat(form.validProperty().get()).isFalse();
        form.categoryProperty().set(form.choices().stream().filter(c -> c.name().equals("Dining")).findFirst()
                .orElseThrow());
        form.limitTextProperty().set("250.5");
        form.rolloverProperty().set(true);
        assertThat(form.validProperty().get()).isTrue();
        vm.save(form);
        assertThat(dialogs.notifications).containsExactly("Dining budget set to $250.50 a month");
        assertThat(row("Dining").spentText()).isEqualTo("$0.00 of $250.50");

        var edit = vm.edit(row("Dining"));
        assertThat(edit.editing()).isTrue();
        assertThat(edit.limitTextProperty().get()).isEqualTo("250.50");
        assertThat(edit.rolloverProperty().get()).isTrue();
        edit.limitTextProperty().set("300");
        vm.save(edit);
        assertThat(vm.rows()).hasSize(1);
        assertThat(row("Dining").spentText()).isEqualTo("$0.00 of $300.00");

        dialogs.confirmAnswer = false;
        vm.remove(row("Dining"));
        assertThat(vm.rows()).hasSize(1);
        dialogs.confirmAnswer = true;
        vm.remove(row("Dining"));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(data.services.budgets().list(data.user)).isEmpty();
    }

    @Test
    void aNewFormStartsOnTheFirstChoiceWithoutABudget() {
        vm.refresh();
        assertThat(vm.newBudget().categoryProperty().get().name()).isEqualTo("Overall");
        data.budget(null, "1000");
        data.budget("Dining", "150");
        vm.refresh();
        assertThat(vm.newBudget().categoryProperty().get().name()).isEqualTo("Education");
    }

    @Test
    void anInvalidFormIsNotSaved() {
        vm.refresh();
        var form = vm.newBudget();
        form.limitTextProperty().set("0");
        vm.save(form);
        assertThat(data.services.budgets().list(data.user)).isEmpty();
        assertThat(form.limitErrorProperty().get()).isEqualTo("The limit must be more than 0");
    }

    private java.util.List<String> historyLimits() {
        return vm.history().stream().map(p -> p.limit().toPlainString()).toList();
    }

    @Test
    void editingALimitKeepsEarlierMonthsUnlessAnotherMonthOrAllMonthsIsChosen() {
        data.budget("Dining", "200");
        data.spend("Dining", "250", LocalDate.of(2026, 2, 3));
        vm.refresh();
        assertThat(historyLimits().subList(9, 12)).containsExactly("200.00", "200.00", "200.00");

        var edit = vm.edit(row("Dining"));
        edit.limitTextProperty().set("300");
        vm.save(edit);
        assertThat(dialogs.notifications).last().isEqualTo("Dining budget set to $300.00 a month from March 2026");
        assertThat(row("Dining").spentText()).isEqualTo("$0.00 of $300.00");
        assertThat(historyLimits().subList(9, 12)).containsExactly("200.00", "200.00", "300.00");
        vm.previousMonth();
        assertThat(row("Dining").remainingText()).isEqualTo("Over by $50.00");
        vm.nextMonth();

        var backDated = vm.edit(row("Dining"));
        assertThat(backDated.limitTextProperty().get()).isEqualTo("300.00");
        backDated.applyFromProperty().set(BudgetEditorViewModel.ApplyFrom.CHOSEN_MONTH);
        backDated.fromMonthTextProperty().set("2026-02");
        vm.save(backDated);
        assertThat(dialogs.notifications).last().isEqualTo("Dining budget set to $300.00 a month from February 2026");
        assertThat(historyLimits().subList(9, 12)).containsExactly("200.00", "300.00", "300.00");

        var everyMonth = vm.edit(row("Dining"));
        everyMonth.limitTextProperty().set("260");
        everyMonth.applyFromProperty().set(BudgetEditorViewModel.ApplyFrom.ALL_MONTHS);
        vm.save(everyMonth);
        assertThat(dialogs.notifications).last().isEqualTo("Dining budget set to $260.00 a month from January 2025");
        assertThat(historyLimits()).containsOnly("260.00");
    }

    @Test
    void aChosenMonthBeforeTheStartIsNotSaved() {
        data.budget("Dining", "200");
        vm.refresh();
        var edit = vm.edit(row("Dining"));
        edit.limitTextProperty().set("300");
        edit.applyFromProperty().set(BudgetEditorViewModel.ApplyFrom.CHOSEN_MONTH);
        edit.fromMonthTextProperty().set("2024-12");
        assertThat(edit.fromMonthErrorProperty().get()).isEqualTo("The budget starts in January 2025");
        vm.save(edit);
        assertThat(data.services.budgets().list(data.user).get(0).limits()).hasSize(1);
        assertThat(row("Dining").spentText()).isEqualTo("$0.00 of $200.00");
    }
}
