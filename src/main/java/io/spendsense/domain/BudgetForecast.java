package io.spendsense.domain;

import java.math.BigDecimal;

/**
 * Where a budget's month is heading: its status and the month's forecast for its scope (the category, or all
 * spending for the overall budget).
 */
public record BudgetForecast(BudgetStatus status, MonthForecast forecast) {
    /** The forecast of the month's total ("about $X"). */
    public BigDecimal projected() {
        return forecast.expected();
    }

    /**
     * Whether the budget is likely to be exceeded: only when even the low end of the forecast's range is over the
     * effective limit (never without enough history to have a range).
     */
    public boolean likelyExceeded() {
        return forecast.likelyOver(status.effectiveLimit());
    }

    /** Whether even the high end of the range stays within the effective limit. */
    public boolean likelyWithin() {
        return forecast.likelyUnder(status.effectiveLimit());
    }
}
