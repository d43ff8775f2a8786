package io.spendsense.domain;

import java.math.BigDecimal;

/**
 * Where a budget's month is heading.
 *
 * @param pace           spent / days elapsed × days in the month (the spending so far, kept up); for a past month, spent
 * @param recurringDue   recurring expenses still due in the rest of the month
 * @param projected      pace + recurring due
 * @param likelyExceeded whether the projection reaches the effective limit
 */
public record BudgetForecast(BudgetStatus status, BigDecimal pace, BigDecimal recurringDue, BigDecimal projected,
                             boolean likelyExceeded) {
}
