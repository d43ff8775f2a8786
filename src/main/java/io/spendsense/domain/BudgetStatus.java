package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One budget in one month.
 *
 * @param spent          what the budget's expenses add up to in the month
 * @param limit          the budget's limit in this month (the one in effect then)
 * @param carry          carried from the previous month by rollover (negative after overspending; zero without)
 * @param effectiveLimit limit + carry
 * @param percent        spent / effective limit × 100, one decimal; null when the effective limit is zero or less
 * @param remaining      effective limit − spent; negative when over
 * @param daysLeft       days of the month from today on, today included; 0 for past months, all for future ones
 */
public record BudgetStatus(Budget budget, YearMonth month, BigDecimal spent, BigDecimal limit, BigDecimal carry,
                           BigDecimal effectiveLimit, BigDecimal percent, BigDecimal remaining, int daysLeft,
                           BudgetLevel level) {

    public boolean exceeded() {
        return level == BudgetLevel.EXCEEDED;
    }
}
