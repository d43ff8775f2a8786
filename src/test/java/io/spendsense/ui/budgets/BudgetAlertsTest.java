package io.spendsense.ui.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetAlertsTest {
    @TempDir
    Path dir;
    BudgetFixture data;
    FakeDialogService dialogs = new FakeDialogService();
    BudgetAlerts alerts;

    @BeforeEach
    void open() {
        data = new BudgetFixture(dir);
        alerts = new BudgetAlerts(data.services.budgets(), data.user, new ImmediateTaskRunner(), dialogs, data.clock);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void notifiesEachCrossingOf80And100PercentOnce() {
        data.budget("Dining", "200");
        data.spend("Dining", "100", LocalDate.of(2026, 3, 2));
        alerts.prime();

        data.spend("Dining", "50", LocalDate.of(2026, 3, 3)); // 75%: nothing
        alerts.expensesChanged();
        assertThat(dialogs.notifications).isEmpty();

        data.spend("Dining", "20", LocalDate.of(2026, 3, 4)); // 85%
        alerts.expensesChanged();
        assertThat(dialogs.notifications).containsExactly("Dining budget is at 85% ($170.00 of $200.00)");

        data.spend("Dining", "5", LocalDate.of(2026, 3, 5)); // still warning: no repeat
        alerts.expensesChanged();
        assertThat(dialogs.notifications).hasSize(1);

        data.spend("Dining", "33", LocalDate.of(2026, 3, 6)); // 104%
        alerts.expensesChanged();
        assertThat(dialogs.notifications).containsExactly("Dining budget is at 85% ($170.00 of $200.00)",
                "Dining budget exceeded: 104% ($208.00 of $200.00)");
    }

    @Test
    void oneImportThatPassesSeveralBudgetsNotifiesEachAtItsHighestLevel() {
        data.budget(null, "300");
        data.budget("Groceries", "100");
        alerts.prime();

        data.spend("Groceries", "150", LocalDate.of(2026, 3, 2));
        data.spend("Dining", "100", LocalDate.of(2026, 3, 2));
        alerts.expensesChanged();
        assertThat(dialogs.notifications).containsExactlyInAnyOrder(
                "Overall budget is at 83% ($250.00 of $300.00)",
                "Groceries budget exceeded: 150% ($150.00 of $100.00)");
    }

    @Test
    void spendingInAnotherMonthOrAnUnbudgetedCategoryIsNotNews() {
        data.budget("Dining", "100");
        alerts.prime();
        data.spend("Dining", "500", LocalDate.of(2026, 2, 2));
        data.spend("Travel", "500", LocalDate.of(2026, 3, 2));
        alerts.expensesChanged();
        assertThat(dialogs.notifications).isEmpty();
    }

    @Test
    void aDeletionThatLowersALevelIsNotAnnouncedButTheNextRiseIs() {
        data.budget("Dining", "100");
        var expense = data.spend("Dining", "90", LocalDate.of(2026, 3, 2));
        alerts.prime();
        data.services.expenses().delete(data.user, expense.id());
        alerts.expensesChanged();
        assertThat(dialogs.notifications).isEmpty();
        data.spend("Dining", "81", LocalDate.of(2026, 3, 3));
        alerts.expensesChanged();
        assertThat(dialogs.notifications).containsExactly("Dining budget is at 81% ($81.00 of $100.00)");
    }
}
