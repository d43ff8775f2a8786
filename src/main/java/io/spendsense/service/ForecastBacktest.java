package io.spendsense.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.MonthForecast;
import io.spendsense.domain.MonthForecaster;

/**
 * Replays past months as if each listed day of each month were today, and measures how far the month's forecast
 * was from the month's real total: SpendSense's ({@link MonthForecaster}) beside the straight-line pace and two
 * baselines, "same as last month" and "spent so far + the median of what the last six months spent in the rest of
 * the month". A benchmark ({@code bench-forecast}), not a test: it prints figures.
 */
public final class ForecastBacktest {
    public static final List<Integer> DAYS = List.of(1, 3, 5, 10, 15, 20, 25);
    /** Months of history before the first month replayed (the baselines need six). */
    public static final int WARM_UP_MONTHS = 6;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One data set to replay: its expenses (in units of the profile's {@code scale}, {@link
     * io.spendsense.domain.Money#scaleOf}) and the category names by id.
     */
    public record DataSet(List<MonthForecaster.Spend> rows, Map<Long, String> categoryNames, int scale) {
    }

    /**
     * The mean absolute percentage errors of one scope on one day of the month, over {@code months} months (months
     * whose total was 0 are left out: a percentage of nothing), and how often the real total was inside the range.
     */
    public record Figure(String scope, int day, int months, BigDecimal forecast, BigDecimal pace, BigDecimal lastMonth,
                         BigDecimal history, BigDecimal inside) {
        /** Whether SpendSense's forecast was no worse than the better of the two baselines. */
        public boolean beatsBaselines() {
            return forecast.compareTo(lastMonth.min(history)) <= 0;
        }
    }

    private static final class Sums {
        int months;
        int ranged;
        int inside;
        BigDecimal forecast = BigDecimal.ZERO;
        BigDecimal pace = BigDecimal.ZERO;
        BigDecimal lastMonth = BigDecimal.ZERO;
        BigDecimal history = BigDecimal.ZERO;
    }

    private ForecastBacktest() {
    }

    /**
     * Replays every data set; scopes are "overall" and each category by name. Categories spent on in fewer than
     * {@code minShare} of the replayed months are left out (a category of a few months a year has no monthly total to
     * forecast most months).
     */
    public static List<Figure> run(List<DataSet> sets, BigDecimal minShare) {
        Map<String, Map<Integer, Sums>> sums = new LinkedHashMap<>();
        Map<String, int[]> spentMonths = new HashMap<>();
        int replayed = 0;
        for (DataSet set : sets) {
            if (set.rows().isEmpty()) {
                continue;
            }
            var forecaster = new MonthForecaster(set.rows(), null, set.scale());
            Map<YearMonth, Map<Long, long[]>> byDay = byMonthCategoryDay(set.rows());
            LocalDate first = set.rows().stream().map(MonthForecaster.Spend::date).min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate last = set.rows().stream().map(MonthForecaster.Spend::date).max(LocalDate::compareTo)
                    .orElseThrow();
            YearMonth start = YearMonth.from(first).plusMonths(first.getDayOfMonth() == 1 ? 0 : 1)
                    .plusMonths(WARM_UP_MONTHS);
            YearMonth end = YearMonth.from(last).minusMonths(last.equals(YearMonth.from(last).atEndOfMonth()) ? 0 : 1);
            for (YearMonth m = start; !m.isAfter(end); m = m.plusMonths(1)) {
                replayed++;
                var scopes = new ArrayList<Long>();
                scopes.add(null);
                scopes.addAll(set.categoryNames().keySet());
                for (Long scope : scopes) {
                    String name = scope == null ? "overall" : set.categoryNames().get(scope);
                    long actual = total(byDay, m, scope, 31);
                    if (actual <= 0) {
                        continue;
                    }
                    spentMonths.computeIfAbsent(name, n -> new int[1])[0]++;
                    for (int day : DAYS) {
                        var f = forecaster.forecast(m.atDay(day), scope, List.of(), Set.of());
                        var s = sums.computeIfAbsent(name, n -> new LinkedHashMap<>())
                                .computeIfAbsent(day, d -> new Sums());
                        add(s, f, actual, byDay, m, scope, day, set.scale());
                    }
                }
            }
        }
        var out = new ArrayList<Figure>();
        int months = replayed;
        sums.forEach((scope, perDay) -> {
            if (!scope.equals("overall") && BigDecimal.valueOf(spentMonths.get(scope)[0])
                    .compareTo(minShare.multiply(BigDecimal.valueOf(months))) < 0) {
                return;
            }
            perDay.forEach((day, s) -> out.add(new Figure(scope, day, s.months, mean(s.forecast, s.months),
                    mean(s.pace, s.months), mean(s.lastMonth, s.months), mean(s.history, s.months),
                    s.ranged == 0 ? BigDecimal.ZERO : HUNDRED.multiply(BigDecimal.valueOf(s.inside))
                            .divide(BigDecimal.valueOf(s.ranged), 1, RoundingMode.HALF_UP))));
        });
        return out;
    }

    private static void add(Sums s, MonthForecast f, long actual, Map<YearMonth, Map<Long, long[]>> byDay, YearMonth m,
                            Long scope, int day, int scale) {
        long soFar = total(byDay, m, scope, day);
        long pace = soFar * m.lengthOfMonth() / day;
        long lastMonth = total(byDay, m.minusMonths(1), scope, 31);
        var rests = new ArrayList<Long>();
        for (int back = 1; back <= 6; back++) {
            YearMonth p = m.minusMonths(back);
            rests.add(total(byDay, p, scope, 31) - total(byDay, p, scope, day));
        }
        rests.sort(Long::compare);
        long history = soFar + (rests.get(2) + rests.get(3)) / 2;
        s.months++;
        s.forecast = s.forecast.add(ape(io.spendsense.domain.Money.toMinor(f.expected(), scale), actual));
        s.pace = s.pace.add(ape(pace, actual));
        s.lastMonth = s.lastMonth.add(ape(lastMonth, actual));
        s.history = s.history.add(ape(history, actual));
        if (f.enoughHistory()) {
            s.ranged++;
            long low = io.spendsense.domain.Money.toMinor(f.low(), scale);
            long high = io.spendsense.domain.Money.toMinor(f.high(), scale);
            if (actual >= low && actual <= high) {
                s.inside++;
            }
        }
    }

    private static BigDecimal ape(long forecast, long actual) {
        return BigDecimal.valueOf(Math.abs(forecast - actual)).divide(BigDecimal.valueOf(actual), MC);
    }

    private static BigDecimal mean(BigDecimal sum, int n) {
        return n == 0 ? BigDecimal.ZERO : HUNDRED.multiply(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    /** Spending of a month by its days 1..{@code byDay}: cents per category (null key: all) per day of month. */
    private static long total(Map<YearMonth, Map<Long, long[]>> data, YearMonth m, Long scope, int byDay) {
        var month = data.get(m);
        if (month == null) {
            return 0;
        }
        long[] days = month.get(scope == null ? -1L : scope);
        if (days == null) {
            return 0;
        }
        long sum = 0;
        for (int d = 1; d <= Math.min(byDay, 31); d++) {
            sum += days[d];
        }
        return sum;
    }

    private static Map<YearMonth, Map<Long, long[]>> byMonthCategoryDay(List<MonthForecaster.Spend> rows) {
        Map<YearMonth, Map<Long, long[]>> out = new HashMap<>();
        for (var r : rows) {
            var month = out.computeIfAbsent(YearMonth.from(r.date()), k -> new HashMap<>());
            month.computeIfAbsent(r.categoryId(), k -> new long[32])[r.date().getDayOfMonth()] += r.cents();
            month.computeIfAbsent(-1L, k -> new long[32])[r.date().getDayOfMonth()] += r.cents();
        }
        return out;
    }
}
