package io.spendsense.ui.budgets;

import io.spendsense.domain.BudgetLevel;

/**
 * One budget's month as the Budgets screen shows it.
 *
 * @param progress  spent / effective limit, clamped to 0..1 (a progress bar's value)
 * @param forecast  "About $412.00 by month end (between $380.00 and $450.00)", or "Not enough history to forecast
 *                  yet: …", or "" when the month is not the current one
 * @param likelyExceeded whether even the low end of the forecast's range is over the limit
 */
public record BudgetRow(long budgetId, String name, String color, BudgetLevel level, double progress,
                        String percentText, String spentText, String remainingText, String daysLeftText,
                        String forecast, boolean likelyExceeded) {

    /** The style class of the row's progress bar and percent: budget-ok, budget-warning, budget-danger. */
    public String styleClass() {
        return styleClass(level);
    }

    public static String styleClass(BudgetLevel level) {
        return switch (level) {
            case OK -> "budget-ok";
            case WARNING -> "budget-warning";
            case EXCEEDED -> "budget-danger";
        };
    }
}
