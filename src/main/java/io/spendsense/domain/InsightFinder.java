package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds unusual spending among a month's expenses, given the history before them. Robust statistics, so that one
 * big purchase does not hide the next: for each expense, the same category's expenses of the 6 months before it give
 * a median and a MAD (median absolute deviation); the expense is unusual above median + k × max(1.4826 × MAD,
 * 10% of the median). 1.4826 × MAD estimates the standard deviation of normal data, so k is Iglewicz and Hoaglin's
 * modified z-score (3.5 by default); the 10% floor keeps identical past amounts (MAD 0) from flagging a few cents
 * more. At least 5 past expenses are needed. An amount that is usual at its payee (by the same test over at least 3
 * earlier expenses there) is not flagged: categories mix kinds of spending.
 */
public final class InsightFinder {
    public static final BigDecimal DEFAULT_K = new BigDecimal("3.5");
    public static final int MIN_SAMPLES = 5;
    /** Earlier expenses at the same payee that make an amount usual there (and so not unusual for the category). */
    public static final int PAYEE_SAMPLES = 3;
    public static final BigDecimal LARGE_MINIMUM = new BigDecimal("100.00");
    static final BigDecimal MAD_SCALE = new BigDecimal("1.4826");
    static final BigDecimal FLOOR = new BigDecimal("0.10");
    static final int DUPLICATE_DAYS = 3;

    private InsightFinder() {
    }

    /**
     * @param month         the expenses to judge (one month), any order
     * @param history       the user's expenses from 6 months before the month up to its end, any order
     * @param firstSeen     per lower-cased payee, the first day the user ever paid it
     * @param fromRecurring ids of expenses created by recurring templates: expected charges, so never the repeat of a
     *                      duplicate pair (a manual expense equal to one of them still is)
     * @param k             the sensitivity: higher flags less
     */
    public static List<Insight> find(List<Expense> month, List<Expense> history, Map<String, LocalDate> firstSeen,
                                     Set<Long> fromRecurring, BigDecimal k) {
        var found = new ArrayList<Insight>();
        for (Expense e : month) {
            unusual(e, history, k).ifPresent(found::add);
            firstPayee(e, history, firstSeen).ifPresent(found::add);
            if (!fromRecurring.contains(e.id())) {
                duplicate(e, history).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing((Insight i) -> i.expense().date()).thenComparing(i -> i.expense().id())
                .thenComparing(Insight::kind));
        return found;
    }

    private static java.util.Optional<Insight> unusual(Expense e, List<Expense> history, BigDecimal k) {
        List<BigDecimal> samples = history.stream()
                .filter(h -> h.categoryId() == e.categoryId() && before(h, e) && !h.date().isBefore(
                        e.date().minusMonths(6)))
                .map(Expense::amount).toList();
        if (samples.size() < MIN_SAMPLES) {
            return java.util.Optional.empty();
        }
        BigDecimal median = median(samples);
        if (!above(e.amount(), samples, median, k)) {
            return java.util.Optional.empty();
        }
        // a category mixes kinds of spending (coffee and dinners in Dining): what is usual at this payee is not news
        String payee = key(e.payee());
        List<BigDecimal> atPayee = payee.isEmpty() ? List.of() : history.stream()
                .filter(h -> key(h.payee()).equals(payee) && before(h, e)
                        && !h.date().isBefore(e.date().minusMonths(6)))
                .map(Expense::amount).toList();
        if (atPayee.size() >= PAYEE_SAMPLES && !above(e.amount(), atPayee, median(atPayee), k)) {
            return java.util.Optional.empty();
        }
        BigDecimal ratio = e.amount().divide(median, 1, RoundingMode.HALF_UP);
        return java.util.Optional.of(new Insight(Insight.Kind.UNUSUAL, e, null, ratio,
                Texts.format("insight.unusual", ratio.toPlainString(), e.categoryName())));
    }

    private static java.util.Optional<Insight> firstPayee(Expense e, List<Expense> history,
                                                          Map<String, LocalDate> firstSeen) {
        String payee = key(e.payee());
        if (payee.isEmpty() || !e.date().equals(firstSeen.get(payee))
                || history.stream().anyMatch(h -> key(h.payee()).equals(payee) && before(h, e))) {
            return java.util.Optional.empty();
        }
        List<BigDecimal> all = history.stream().filter(h -> before(h, e) && !h.date().isBefore(e.date().minusMonths(6)))
                .map(Expense::amount).toList();
        if (all.size() < MIN_SAMPLES) {
            return java.util.Optional.empty();
        }
        BigDecimal median = median(all);
        BigDecimal large = median.multiply(BigDecimal.valueOf(3)).max(LARGE_MINIMUM);
        if (e.amount().compareTo(large) < 0) {
            return java.util.Optional.empty();
        }
        BigDecimal ratio = e.amount().divide(median, 1, RoundingMode.HALF_UP);
        return java.util.Optional.of(new Insight(Insight.Kind.FIRST_PAYEE, e, null, ratio,
                Texts.format("insight.firstPayee", e.payee().strip(), ratio.toPlainString())));
    }

    private static java.util.Optional<Insight> duplicate(Expense e, List<Expense> history) {
        String payee = key(e.payee());
        if (payee.isEmpty()) {
            return java.util.Optional.empty();
        }
        return history.stream()
                .filter(h -> h.id() != e.id() && before(h, e)
                        && key(h.payee()).equals(payee) && h.amount().compareTo(e.amount()) == 0
                        && ChronoUnit.DAYS.between(h.date(), e.date()) <= DUPLICATE_DAYS)
                .max(Comparator.comparing(Expense::date).thenComparing(Expense::id))
                .map(h -> new Insight(Insight.Kind.DUPLICATE, e, h, null,
                        Texts.format("insight.duplicate", e.payee().strip(), h.date())));
    }

    /** Whether an amount is above median + k × max(1.4826 × MAD, 10% of the median) of the samples. */
    private static boolean above(BigDecimal amount, List<BigDecimal> samples, BigDecimal median, BigDecimal k) {
        BigDecimal mad = median(samples.stream().map(x -> x.subtract(median).abs()).toList());
        BigDecimal spread = mad.multiply(MAD_SCALE).max(median.multiply(FLOOR));
        return spread.signum() > 0 && amount.compareTo(median.add(k.multiply(spread))) > 0;
    }

    /** Whether {@code h} came before {@code e}: an earlier day, or the same day and entered first. */
    private static boolean before(Expense h, Expense e) {
        return h.date().isBefore(e.date()) || h.date().equals(e.date()) && h.id() < e.id();
    }

    private static String key(String payee) {
        return payee == null ? "" : payee.strip().toLowerCase(Locale.ROOT);
    }

    static BigDecimal median(List<BigDecimal> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }
}
