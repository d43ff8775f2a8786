package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budget arithmetic, free of storage: months, rollover, levels and the month-end forecast. All sums in whole units of
 * the profile's scale ({@link Money#scaleOf}: cents, or thousandths for a three-decimal currency).
 *
 * <p>Rollover: the carry into the start month is 0; the carry into month m+1 is effective(m) − spent(m), where
 * effective(m) = limit(m) + carry(m) and limit(m) is the limit in effect in month m ({@link Budget#limitIn}), so a
 * changed limit re-prices only the months from the change on. So an unspent amount adds to the next month, an
 * overspent one takes from it, and both keep accumulating month after month. Without rollover the carry is always 0.
 */
public final class BudgetLedger {
    private BudgetLedger() {
    }

    /**
     * The budget's status for each month from {@code from} to {@code to}; months before the budget's start month are
     * left out (the budget did not exist). {@code spent} holds the spending per month; a missing month spent nothing.
     * {@code scale} is the profile's ({@link Money#scaleOf}).
     */
    public static List<BudgetStatus> statuses(Budget budget, Map<YearMonth, BigDecimal> spent, YearMonth from,
                                              YearMonth to, LocalDate today, int scale) {
        var result = new ArrayList<BudgetStatus>();
        long carry = 0;
        for (YearMonth m = budget.startMonth(); !m.isAfter(to); m = m.plusMonths(1)) {
            long limit = Money.toMinor(budget.limitIn(m), scale);
            long spentCents = Money.toMinor(spent.getOrDefault(m, BigDecimal.ZERO), scale);
            long effective = limit + carry;
            if (!m.isBefore(from)) {
                result.add(status(budget, m, spentCents, limit, carry, today, scale));
            }
            carry = budget.rollover() ? effective - spentCents : 0;
        }
        return result;
    }

    /** The budget's status in one month, or null when the month is before the budget's start month. */
    public static BudgetStatus status(Budget budget, Map<YearMonth, BigDecimal> spent, YearMonth month,
                                      LocalDate today, int scale) {
        var list = statuses(budget, spent, month, month, today, scale);
        return list.isEmpty() ? null : list.get(0);
    }

    private static BudgetStatus status(Budget budget, YearMonth month, long spent, long limit, long carry,
                                       LocalDate today, int scale) {
        long effective = limit + carry;
        BigDecimal percent = effective <= 0 ? null
                : BigDecimal.valueOf(spent * 100).divide(BigDecimal.valueOf(effective), 1, RoundingMode.HALF_UP);
        return new BudgetStatus(budget, month, Money.fromMinor(spent, scale), Money.fromMinor(limit, scale),
                Money.fromMinor(carry, scale), Money.fromMinor(effective, scale), percent,
                Money.fromMinor(effective - spent, scale), daysLeft(month, today),
                BudgetLevel.of(spent, effective));
    }

    /** Days of the month from today on, today included: 0 for a past month, the whole month for a future one. */
    public static int daysLeft(YearMonth month, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (month.isBefore(current)) {
            return 0;
        }
        if (month.isAfter(current)) {
            return month.lengthOfMonth();
        }
        return month.lengthOfMonth() - today.getDayOfMonth() + 1;
    }
}
