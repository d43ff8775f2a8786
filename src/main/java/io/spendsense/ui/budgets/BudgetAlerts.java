package io.spendsense.ui.budgets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.BudgetCrossing;
import io.spendsense.domain.BudgetLevel;
import io.spendsense.domain.BudgetStatus;
import io.spendsense.domain.Money;
import io.spendsense.domain.Percent;
import io.spendsense.service.BudgetService;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the user when a change to the expenses takes a budget of the current month past 80% or 100%: keeps the
 * statuses seen last, and after each change compares them with the new ones ({@link BudgetService#crossings}).
 */
public final class BudgetAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(BudgetAlerts.class);

    private final BudgetService budgets;
    private final SignedInUser who;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private List<BudgetStatus> before;

    public BudgetAlerts(BudgetService budgets, SignedInUser who, TaskRunner runner, DialogService dialogs,
            Clock clock) {
        this.budgets = budgets;
        this.who = who;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Takes the first snapshot (when the session starts): crossings are counted from here. */
    public void prime() {
        YearMonth month = YearMonth.now(clock);
        runner.run(() -> budgets.status(who, month))
                .onSuccess(s -> before = s)
                .onFailure(e -> LOG.warn("Budget statuses could not be read", e))
                .start();
    }

    /** After expenses changed: notifies each budget crossing and keeps the new statuses as the next "before". */
    public void expensesChanged() {
        YearMonth month = YearMonth.now(clock);
        runner.run(() -> budgets.status(who, month))
                .onSuccess(after -> {
                    var then = before == null ? after : before;
                    before = after;
                    for (BudgetCrossing c : BudgetService.crossings(then, after)) {
                        dialogs.notify(message(c.after()), null, null);
                    }
                })
                .onFailure(e -> LOG.warn("Budget statuses could not be read", e))
                .start();
    }

    /** "Dining budget is at 85% ($170.00 of $200.00)" or "Dining budget exceeded: 104% ($208.00 of $200.00)". */
    String message(BudgetStatus s) {
        String spent = Money.format(s.spent(), who.currency());
        String limit = Money.format(s.effectiveLimit(), who.currency());
        String name = BudgetsViewModel.name(s.budget());
        if (s.percent() == null) {
            return s.level() == BudgetLevel.EXCEEDED ? Messages.format("budgets.alert.exceeded", name, spent, limit)
                    : Messages.format("budgets.alert.at", name, spent, limit);
        }
        String percent = Percent.format(s.percent(), 0);
        return s.level() == BudgetLevel.EXCEEDED
                ? Messages.format("budgets.alert.exceededPercent", name, percent, spent, limit)
                : Messages.format("budgets.alert.atPercent", name, percent, spent, limit);
    }
}
