package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Forecasts a month's total from the user's own history, knowing what kind of money it is:
 * <ul>
 *   <li><b>Regular bills</b> (recurring expenses, and payees charged on a cycle of 1, 2, 3, 6 or 12 months on about
 *   the same day) count once, at their amount: already in what was spent, or still due this month. A rent paid on
 *   the 1st is never multiplied by the days of the month; a yearly bill counts in its month only.</li>
 *   <li><b>Everyday spending</b> (the rest) is forecast from what past months spent after the same day of the month,
 *   each scaled to the weekdays left in this month (a rest with five Saturdays costs more than one with four): the
 *   median of the last {@value #CENTER_MONTHS} months, nudged by how this month's everyday spending compares with
 *   theirs by the same day — a little, more as the month goes on (measured: this month's pace adds more noise than
 *   signal).</li>
 *   <li>The <b>range</b> is the lowest to the highest of those rests of the month, scaled alike (in the backtest
 *   about 85% of the months end inside it). With fewer than {@value #MIN_MONTHS} past months there is no range, and
 *   the forecast is only what is known: spent plus bills due.</li>
 * </ul>
 * Pure and deterministic: all sums in whole units of the profile's scale ({@link Money#scaleOf}: cents, or
 * thousandths for a three-decimal currency), money out as {@link BigDecimal}. Measured by {@code bench-forecast}
 * against the straight-line pace and two baselines ({@code docs/benchmarks.md}).
 */
public final class MonthForecaster {
    public static final int HISTORY_MONTHS = 12;
    public static final int CENTER_MONTHS = 12;
    /** How much this month's pace counts by the month's end, in percent (measured: more adds noise, not signal). */
    static final int PACE_WEIGHT_PERCENT = 15;
    public static final int MIN_MONTHS = 3;
    /** Months searched for regular bills: two years, so that a yearly bill is seen twice. */
    public static final int BILL_HISTORY = 24;
    private static final int[] CYCLES = {1, 2, 3, 6, 12};
    /** The range is the lowest to the highest rest of the month of the history (12 months: ~85% of months inside). */
    private static final BigDecimal LOW_QUANTILE = BigDecimal.ZERO;
    private static final BigDecimal HIGH_QUANTILE = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final MathContext MC = MathContext.DECIMAL64;

    /**
     * One expense as the forecast needs it: its day, category, payee (or description) and amount in units of the
     * profile's scale (named cents, as they are at scale 2).
     */
    public record Spend(LocalDate date, long categoryId, String payee, long cents) {
        public Spend {
            payee = payee == null ? "" : payee.strip().toLowerCase(Locale.ROOT);
        }

        public static Spend of(Expense e, int scale) {
            String who = e.payee() == null || e.payee().isBlank() ? e.description() : e.payee();
            return new Spend(e.date(), e.categoryId(), who, Money.toMinor(e.amount(), scale));
        }
    }

    /** A recurring expense still due this month (after today): from a template. */
    public record Due(long categoryId, String payee, LocalDate date, BigDecimal amount) {
        public Due {
            payee = payee == null ? "" : payee.strip().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<YearMonth, List<Spend>> byMonth = new HashMap<>();
    private final LocalDate firstDay;
    private final Map<Long, LocalDate> firstDayOf = new HashMap<>();
    private final int scale;

    /**
     * @param rows     the user's expenses from at least {@value #HISTORY_MONTHS} months before the month forecast
     *                 (more is fine)
     * @param firstDay the day of the user's first expense ever (null: the first of {@code rows}); months before it
     *                 are not history
     * @param scale    the profile's scale ({@link Money#scaleOf}) the rows' units and the forecast's amounts are at
     */
    public MonthForecaster(Collection<Spend> rows, LocalDate firstDay, int scale) {
        this.scale = scale;
        LocalDate first = firstDay;
        for (Spend s : rows) {
            byMonth.computeIfAbsent(YearMonth.from(s.date()), m -> new ArrayList<>()).add(s);
            firstDayOf.merge(s.categoryId(), s.date(), (a, b) -> a.isBefore(b) ? a : b);
            if (firstDay == null && (first == null || s.date().isBefore(first))) {
                first = s.date();
            }
        }
        this.firstDay = first;
    }

    /**
     * The forecast of {@code today}'s month for one category (or all spending when {@code categoryId} is null).
     *
     * @param due            recurring expenses due after today this month (of every category; those of others are
     *                       skipped)
     * @param recurringPayees payees of recurring templates: their expenses are bills, and what they still owe this
     *                       month is in {@code due}
     */
    public MonthForecast forecast(LocalDate today, Long categoryId, List<Due> due, Set<String> recurringPayees) {
        YearMonth month = YearMonth.from(today);
        int day = today.getDayOfMonth();
        Set<String> templated = new HashSet<>();
        recurringPayees.forEach(p -> templated.add(p.strip().toLowerCase(Locale.ROOT)));

        var bills = bills(month, categoryId, templated);
        long spent = 0;
        long everydaySoFar = 0;
        Set<String> chargedThisMonth = new HashSet<>();
        for (Spend s : in(month, categoryId)) {
            if (s.date().isAfter(today)) {
                continue;
            }
            spent += s.cents();
            if (templated.contains(s.payee()) || bills.containsKey(s.payee())) {
                chargedThisMonth.add(s.payee());
            } else {
                everydaySoFar += s.cents();
            }
        }
        long billsDue = 0;
        for (Due d : due) {
            if ((categoryId == null || d.categoryId() == categoryId) && d.date().isAfter(today)
                    && YearMonth.from(d.date()).equals(month)) {
                billsDue += Money.toMinor(d.amount(), scale);
            }
        }
        for (var bill : bills.entrySet()) {
            if (!chargedThisMonth.contains(bill.getKey())
                    && bill.getValue().last().plusMonths(bill.getValue().cycle()).equals(month)) {
                billsDue += bill.getValue().cents();
            }
        }

        // What past months spent (everyday spending only) by this day and after it.
        LocalDate scopeStart = categoryId == null ? firstDay : later(firstDay, firstDayOf.get(categoryId));
        var history = new ArrayList<YearMonth>();
        for (int back = 1; back <= HISTORY_MONTHS; back++) {
            YearMonth m = month.minusMonths(back);
            if (scopeStart == null || m.atEndOfMonth().isBefore(scopeStart)
                    || categoryId == null && m.atDay(1).isBefore(scopeStart)) {
                break;
            }
            history.add(m);
        }
        // Everyday spending per day of each weekday (Saturdays may cost twice a Tuesday): the rest of a past month is
        // scaled to the weekdays left in this one.
        long[] perWeekday = new long[7];
        long[] weekdays = new long[7];
        for (YearMonth m : history) {
            for (int d = 1; d <= m.lengthOfMonth(); d++) {
                weekdays[m.atDay(d).getDayOfWeek().getValue() - 1]++;
            }
            for (Spend s : in(m, categoryId)) {
                if (!templated.contains(s.payee()) && !bills.containsKey(s.payee())) {
                    perWeekday[s.date().getDayOfWeek().getValue() - 1] += s.cents();
                }
            }
        }
        for (int w = 0; w < 7; w++) {
            perWeekday[w] = weekdays[w] == 0 ? 0 : perWeekday[w] * 100 / weekdays[w];
        }
        long weightNow = restWeight(month, day, perWeekday);
        var soFar = new ArrayList<Long>();
        var rest = new ArrayList<Long>();
        for (YearMonth m : history) {
            long by = 0;
            long after = 0;
            for (Spend s : in(m, categoryId)) {
                if (templated.contains(s.payee()) || bills.containsKey(s.payee())) {
                    continue;
                }
                if (s.date().getDayOfMonth() <= day) {
                    by += s.cents();
                } else {
                    after += s.cents();
                }
            }
            soFar.add(by);
            long weight = restWeight(m, day, perWeekday);
            rest.add(weight > 0 ? after * weightNow / weight : after);
        }
        int months = rest.size();
        if (months < MIN_MONTHS) {
            BigDecimal known = Money.fromMinor(spent + billsDue, scale);
            return new MonthForecast(categoryId, month, today, Money.fromMinor(spent, scale),
                    Money.fromMinor(billsDue, scale), known, null, null, months);
        }
        var recent = months > CENTER_MONTHS ? rest.subList(0, CENTER_MONTHS) : rest;
        var recentSoFar = months > CENTER_MONTHS ? soFar.subList(0, CENTER_MONTHS) : soFar;
        BigDecimal factor = paceFactor(everydaySoFar, median(recentSoFar), median(recent), day, month.lengthOfMonth());
        long expectedRest = times(median(recent), factor);
        long[] scaled = rest.stream().mapToLong(r -> times(r, factor)).sorted().toArray();
        long low = Math.min(expectedRest, quantile(scaled, LOW_QUANTILE));
        long high = Math.max(expectedRest, quantile(scaled, HIGH_QUANTILE));
        long known = spent + billsDue;
        return new MonthForecast(categoryId, month, today, Money.fromMinor(spent, scale),
                Money.fromMinor(billsDue, scale), Money.fromMinor(known + expectedRest, scale),
                Money.fromMinor(known + low, scale), Money.fromMinor(known + high, scale), months);
    }

    /**
     * How much this month's everyday spending so far says about the rest: the ratio of this month's spending by
     * today to the median of past months by the same day (smoothed by a few days' worth, so that one coffee on the
     * 1st says little), kept within ½–2, and weighed by the share of the month gone.
     */
    static BigDecimal paceFactor(long soFar, long pastSoFar, long pastRest, int day, int length) {
        long smoothing = (pastSoFar + pastRest) * 3 / length;
        if (pastSoFar + smoothing <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal ratio = BigDecimal.valueOf(soFar + smoothing).divide(BigDecimal.valueOf(pastSoFar + smoothing), MC)
                .max(HALF).min(TWO);
        BigDecimal weight = BigDecimal.valueOf(day * PACE_WEIGHT_PERCENT).divide(BigDecimal.valueOf(length * 100L), MC);
        return BigDecimal.ONE.add(weight.multiply(ratio.subtract(BigDecimal.ONE), MC));
    }

    private static long times(long cents, BigDecimal factor) {
        return BigDecimal.valueOf(cents).multiply(factor).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The weekday weights of the days after {@code day} in a month: how much its rest usually costs, relatively. */
    private static long restWeight(YearMonth m, int day, long[] perWeekday) {
        long sum = 0;
        for (int d = day + 1; d <= m.lengthOfMonth(); d++) {
            sum += perWeekday[m.atDay(d).getDayOfWeek().getValue() - 1];
        }
        return sum;
    }

    /** A regular bill found in the history: its cycle in months, typical amount and the last month charged. */
    private record Bill(int cycle, long cents, YearMonth last) {
    }

    /**
     * Payees (not from a template) charged on a cycle — every 1, 2, 3, 6 or 12 months, on about the same day of the
     * month (within a week), never more than twice in a month; three charges in a row on the cycle for the shorter
     * cycles, two for half-yearly and yearly ones — found in the last {@value #BILL_HISTORY} months: bills such as a
     * rent, a utility, a water bill every other month or a yearly insurance, with their typical amount (the median
     * of the last three charges) in cents.
     */
    private Map<String, Bill> bills(YearMonth month, Long categoryId, Set<String> templated) {
        Map<String, java.util.TreeMap<YearMonth, long[]>> charges = new HashMap<>();
        for (int back = 1; back <= BILL_HISTORY; back++) {
            YearMonth m = month.minusMonths(back);
            for (Spend s : in(m, categoryId)) {
                if (s.payee().isEmpty() || templated.contains(s.payee())) {
                    continue;
                }
                // per month: the sum, the number of charges and the day of the first charge
                long[] c = charges.computeIfAbsent(s.payee(), p -> new java.util.TreeMap<>())
                        .computeIfAbsent(m, k -> new long[] {0, 0, s.date().getDayOfMonth()});
                c[0] += s.cents();
                c[1]++;
            }
        }
        Map<String, Bill> bills = new HashMap<>();
        charges.forEach((payee, byMonth) -> {
            if (byMonth.values().stream().anyMatch(c -> c[1] > 2)) {
                return;
            }
            var months = new ArrayList<>(byMonth.descendingKeySet());
            for (int cycle : CYCLES) {
                int needed = cycle == 1 ? 4 : cycle <= 3 ? 3 : 2;
                if (months.size() < needed || months.get(0).plusMonths(cycle).isBefore(month)) {
                    continue;
                }
                boolean onCycle = true;
                var days = new ArrayList<Long>();
                var amounts = new ArrayList<Long>();
                for (int i = 0; i < needed; i++) {
                    if (i > 0 && !months.get(i).plusMonths(cycle).equals(months.get(i - 1))) {
                        onCycle = false;
                        break;
                    }
                    long[] c = byMonth.get(months.get(i));
                    days.add(c[2]);
                    amounts.add(c[0]);
                }
                if (onCycle && sameDay(days)) {
                    bills.put(payee, new Bill(cycle, median(amounts), months.get(0)));
                    return;
                }
            }
        });
        return bills;
    }

    /** Whether days of the month are within a week of each other (the 30th and the 2nd are three days apart). */
    private static boolean sameDay(List<Long> days) {
        for (long a : days) {
            for (long b : days) {
                long gap = Math.abs(a - b);
                if (Math.min(gap, 31 - gap) > 7) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Spend> in(YearMonth month, Long categoryId) {
        var rows = byMonth.getOrDefault(month, List.of());
        if (categoryId == null) {
            return rows;
        }
        return rows.stream().filter(s -> s.categoryId() == categoryId).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The median in cents (the lower middle's and upper middle's mean, rounded down, for an even count). */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : Math.floorDiv(sorted[n / 2 - 1] + sorted[n / 2], 2);
    }

    /** The {@code q} quantile of sorted values in cents, linearly interpolated. */
    static long quantile(long[] sorted, BigDecimal q) {
        if (sorted.length == 0) {
            return 0;
        }
        BigDecimal pos = q.multiply(BigDecimal.valueOf(sorted.length - 1));
        int i = pos.setScale(0, RoundingMode.FLOOR).intValueExact();
        int j = Math.min(sorted.length - 1, i + 1);
        BigDecimal frac = pos.subtract(BigDecimal.valueOf(i));
        return BigDecimal.valueOf(sorted[j] - sorted[i]).multiply(frac).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact() + sorted[i];
    }
}
