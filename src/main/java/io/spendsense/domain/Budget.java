package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * A monthly spending limit: for one category, or for all spending when {@code categoryId} is null (the overall
 * budget). With {@code rollover}, each month's unspent or overspent amount carries into the next month, counted from
 * {@code startMonth}.
 *
 * <p>The limit has a history: {@code limits} holds each limit with the month it applies from (the first at the start
 * month, in month order), so a change leaves the months before it as they were. {@code limit} is the latest one.
 */
public record Budget(long id, Long categoryId, String categoryName, BigDecimal limit, boolean rollover,
                     YearMonth startMonth, List<BudgetLimit> limits) {
    public Budget {
        limits = limits == null || limits.isEmpty() ? List.of(new BudgetLimit(startMonth, limit))
                : limits.stream().sorted(Comparator.comparing(BudgetLimit::from)).toList();
    }

    /** A budget with one limit for every month since its start month. */
    public Budget(long id, Long categoryId, String categoryName, BigDecimal limit, boolean rollover,
                  YearMonth startMonth) {
        this(id, categoryId, categoryName, limit, rollover, startMonth, null);
    }

    public boolean isOverall() {
        return categoryId == null;
    }

    /** The category's name, or "Overall". */
    public String name() {
        return isOverall() ? Texts.get("budget.overall") : categoryName;
    }

    /** The limit in effect in {@code month}: the latest change on or before it (the first limit before the first). */
    public BigDecimal limitIn(YearMonth month) {
        BigDecimal result = limits.get(0).limit();
        for (BudgetLimit l : limits) {
            if (l.from().isAfter(month)) {
                break;
            }
            result = l.limit();
        }
        return result;
    }
}
