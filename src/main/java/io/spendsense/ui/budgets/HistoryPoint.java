package io.spendsense.ui.budgets;

import java.math.BigDecimal;

/**
 * One month of a budget's history chart: "Mar 26", spent and effective limit, and for the current month the
 * forecast of its total with its range (the chart draws the range as a band); null in other months.
 */
public record HistoryPoint(String month, BigDecimal spent, BigDecimal limit, BigDecimal forecast, BigDecimal low,
                           BigDecimal high) {
    public HistoryPoint(String month, BigDecimal spent, BigDecimal limit) {
        this(month, spent, limit, null, null, null);
    }
}
