package io.spendsense.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Which expenses a list or a summary covers. Every field is optional (null or empty = no restriction).
 *
 * @param period              inclusive dates
 * @param categoryIds         any of these categories
 * @param payees              any of these, each a case-insensitive substring of the payee or the description
 *                            ("at Starbucks", "Amazon or Target")
 * @param text                case-insensitive substring of description, payee or notes (the search box)
 * @param minAmount           lower bound; exclusive when {@code minExclusive} ("over $100")
 * @param maxAmount           upper bound; exclusive when {@code maxExclusive} ("under $20")
 * @param days                weekends or weekdays only
 * @param excludedCategoryIds none of these categories ("excluding rent")
 * @param excludedPayees      none of these in the payee or the description ("except Amazon")
 * @param attachments         only expenses with attachments (receipts), only those without, or both (never null)
 * @param currency            paid in this currency (ISO code; "in euros"): an expense without a currency of its own
 *                            is in the profile's
 */
public record ExpenseFilter(Period period, Set<Long> categoryIds, List<String> payees, String text,
                            BigDecimal minAmount, boolean minExclusive, BigDecimal maxAmount, boolean maxExclusive,
                            DayKind days, Set<Long> excludedCategoryIds, List<String> excludedPayees,
                            AttachmentFilter attachments, String currency) {
    public static final ExpenseFilter ALL = new ExpenseFilter(Period.ALL_TIME, Set.of(), List.of(), null, null, false,
            null, false, null, Set.of(), List.of(), AttachmentFilter.ANY, null);

    public ExpenseFilter {
        period = period == null ? Period.ALL_TIME : period;
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        payees = clean(payees);
        text = blankToNull(text);
        excludedCategoryIds = excludedCategoryIds == null ? Set.of() : Set.copyOf(excludedCategoryIds);
        excludedPayees = clean(excludedPayees);
        attachments = attachments == null ? AttachmentFilter.ANY : attachments;
        currency = blankToNull(currency);
    }

    public static ExpenseFilter of(Period period) {
        return ALL.withPeriod(period);
    }

    /** The one payee searched for, or null: the first when several were given. */
    public String payee() {
        return payees.isEmpty() ? null : payees.get(0);
    }

    /** Whether anything but the period and the included categories restricts the rows. */
    public boolean hasRowFilters() {
        return !payees.isEmpty() || text != null || minAmount != null || maxAmount != null || days != null
                || !excludedPayees.isEmpty() || attachments != AttachmentFilter.ANY
                || currency != null;
    }

    public ExpenseFilter withPeriod(Period newPeriod) {
        return new ExpenseFilter(newPeriod, categoryIds, payees, text, minAmount, minExclusive, maxAmount,
                maxExclusive, days, excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withCategories(Set<Long> ids) {
        return new ExpenseFilter(period, ids, payees, text, minAmount, minExclusive, maxAmount, maxExclusive, days,
                excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withPayee(String newPayee) {
        return withPayees(newPayee == null ? List.of() : List.of(newPayee));
    }

    public ExpenseFilter withPayees(List<String> newPayees) {
        return new ExpenseFilter(period, categoryIds, newPayees, text, minAmount, minExclusive, maxAmount,
                maxExclusive, days, excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withText(String newText) {
        return new ExpenseFilter(period, categoryIds, payees, newText, minAmount, minExclusive, maxAmount,
                maxExclusive, days, excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withMin(BigDecimal min, boolean exclusive) {
        return new ExpenseFilter(period, categoryIds, payees, text, min, exclusive, maxAmount, maxExclusive, days,
                excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withMax(BigDecimal max, boolean exclusive) {
        return new ExpenseFilter(period, categoryIds, payees, text, minAmount, minExclusive, max, exclusive, days,
                excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withDays(DayKind newDays) {
        return new ExpenseFilter(period, categoryIds, payees, text, minAmount, minExclusive, maxAmount, maxExclusive,
                newDays, excludedCategoryIds, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withoutCategories(Set<Long> ids) {
        return new ExpenseFilter(period, categoryIds, payees, text, minAmount, minExclusive, maxAmount, maxExclusive,
                days, ids, excludedPayees, attachments, currency);
    }

    public ExpenseFilter withoutPayees(List<String> newExcluded) {
        return new ExpenseFilter(period, categoryIds, payees, text, minAmount, minExclusive, maxAmount, maxExclusive,
                days, excludedCategoryIds, newExcluded, attachments, currency);
    }

    public ExpenseFilter withAttachments(AttachmentFilter newAttachments) {
        return new ExpenseFilter(period, categoryIds, payees, text, minAmount, minExclusive, maxAmount, maxExclusive,
                days, excludedCategoryIds, excludedPayees, newAttachments, currency);
    }

    public ExpenseFilter withCurrency(String newCurrency) {
        return new ExpenseFilter(period, categoryIds, payees, text, minAmount, minExclusive, maxAmount, maxExclusive,
                days, excludedCategoryIds, excludedPayees, attachments, newCurrency);
    }

    private static List<String> clean(List<String> list) {
        return list == null ? List.of() : list.stream().map(ExpenseFilter::blankToNull)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
