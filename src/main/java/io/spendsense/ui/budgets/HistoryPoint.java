package io.spendsense.ui.budgets;

import java.math.BigDecimal;

/** One month of a budget's history chart: "Mar 26", spent and effective limit. */
public record HistoryPoint(String month, BigDecimal spent, BigDecimal limit) {
}
