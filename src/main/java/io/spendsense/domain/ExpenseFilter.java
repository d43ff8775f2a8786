package io.spendsense.domain;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Which expenses a list or a summary covers. Every field is optional (null or empty = no restriction).
 *
 * @param period      inclusive dates
 * @param categoryIds any of these categories
 * @param payee       case-insensitive substring of the payee or the description ("at Starbucks")
 * @param text        case-insensitive substring of description, payee or notes (the search box)
 * @param minAmount   lower bound; exclusive when {@code minExclusive} ("over $100")
 * @param maxAmount   upper bound; exclusive when {@code maxExclusive} ("under $20")
 * @param days        weekends or weekdays only
 */
public record ExpenseFilter(Period period, Set<Long> categoryIds, String payee, String text,
                            BigDecimal minAmount, boolean minExclusive, BigDecimal maxAmount, boolean maxExclusive,
                            DayKind days) {
    public static final ExpenseFilter ALL = new ExpenseFilter(Period.ALL_TIME, Set.of(), null, null, null, false, null,
            false, null);

    public ExpenseFilter {
        period = period == null ? Period.ALL_TIME : period;
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        payee = blankToNull(payee);
        text = blankToNull(text);
    }

    public static ExpenseFilter of(Period period) {
        return ALL.withPeriod(period);
    }

    public ExpenseFilter withPeriod(Period newPeriod) {
        return new ExpenseFilter(newPeriod, categoryIds, payee, text, minAmount, minExclusive, maxAmount, maxExclusive, days);
    }

    public ExpenseFilter withCategories(Set<Long> ids) {
        return new ExpenseFilter(period, ids, payee, text, minAmount, minExclusive, maxAmount, maxExclusive, days);
    }

    public ExpenseFilter withPayee(String newPayee) {
        return new ExpenseFilter(period, categoryIds, newPayee, text, minAmount, minExclusive, maxAmount, maxExclusive, days);
    }

    public ExpenseFilter withText(String newText) {
        return new ExpenseFilter(period, categoryIds, payee, newText, minAmount, minExclusive, maxAmount, maxExclusive, days);
    }

    public ExpenseFilter withMin(BigDecimal min, boolean exclusive) {
        return new ExpenseFilter(period, categoryIds, payee, text, min, exclusive, maxAmount, maxExclusive, days);
    }

    public ExpenseFilter withMax(BigDecimal max, boolean exclusive) {
        return new ExpenseFilter(period, categoryIds, payee, text, minAmount, minExclusive, max, exclusive, days);
    }

    public ExpenseFilter withDays(DayKind newDays) {
        return new ExpenseFilter(period, categoryIds, payee, text, minAmount, minExclusive, maxAmount, maxExclusive, newDays);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
