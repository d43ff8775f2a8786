package io.spendsense.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A budget that a change (an added or imported expense) took past 80% (WARNING) or 100% (EXCEEDED). */
public record BudgetCrossing(BudgetStatus before, BudgetStatus after) {

    /** The level reached: WARNING or EXCEEDED. */
    public BudgetLevel reached() {
        return after.level();
    }

    /**
     * The budgets whose level rose between two snapshots of the same month(s): only upward moves count (a deleted
     * expense that lowers a level is not news), and a jump from OK to EXCEEDED is one crossing, at the higher level.
     * A budget that did not exist before counts as OK before.
     */
    public static List<BudgetCrossing> between(List<BudgetStatus> before, List<BudgetStatus> after) {
        var crossings = new ArrayList<BudgetCrossing>();
        for (BudgetStatus now : after) {
            BudgetStatus then = before.stream()
                    .filter(b -> b.budget().id() == now.budget().id() && Objects.equals(b.month(), now.month()))
                    .findFirst().orElse(null);
            BudgetLevel was = then == null ? BudgetLevel.OK : then.level();
            if (now.level().compareTo(was) > 0) {
                crossings.add(new BudgetCrossing(then, now));
            }
        }
        return crossings;
    }
}
