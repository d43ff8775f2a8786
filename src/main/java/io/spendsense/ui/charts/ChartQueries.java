package io.spendsense.ui.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.MonthCategoryTotal;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Period;
import io.spendsense.domain.Totals;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.SummaryService;

/** The charts' queries, run off the FX thread: SQL aggregates from {@link SummaryService}, shaped for the charts. */
final class ChartQueries {
    private final SignedInUser who;
    private final SummaryService summaries;

    ChartQueries(SignedInUser who, SummaryService summaries) {
        this.who = who;
        this.summaries = summaries;
    }

    record RangeData(List<ChartRange> ranges, List<YearMonth> months, List<MonthCategoryTotal> cells,
                             List<CategoryTotal> categories, CategoryTotal trendCategory, List<MonthTotal> trend) {
    }

    /** The month before {@code month}: whole, or its days 1..{@code asOf}'s day (at most its last day). */
    static Period sameDaysBefore(YearMonth month, LocalDate asOf) {
        YearMonth before = month.minusMonths(1);
        if (asOf == null) {
            return Period.month(before);
        }
        return new Period(before.atDay(1), before.atDay(Math.min(asOf.getDayOfMonth(), before.lengthOfMonth())));
    }

    record MonthData(Totals total, Totals previous, List<CategoryTotal> categories, Optional<Expense> biggest) {
    }

    RangeData range(ChartRange chosen, YearMonth current, Long keepTrend) {
        var years = new ArrayList<ChartRange>();
        years.add(ChartRange.LAST_12_MONTHS);
        summaries.dataRange(who).ifPresent(p -> {
            for (int y = Math.max(p.to().getYear(), current.getYear()); y >= p.from().getYear(); y--) {
                years.add(ChartRange.ofYear(y));
            }
        });
        var rangeMonths = chosen.months(current);
        var period = chosen.period(current);
        var cells = summaries.byMonthAndCategory(who, ExpenseFilter.of(period));
        var categories = categoryTotals(cells);
        CategoryTotal trendCat = categories.stream().filter(c -> keepTrend != null && c.categoryId() == keepTrend)
                .findFirst().orElseGet(() -> mostChanging(categories, cells, rangeMonths));
        var series = trendCat == null ? List.<MonthTotal>of() : trend(period, rangeMonths, trendCat.categoryId());
        return new RangeData(years, rangeMonths, cells, categories, trendCat, series);
    }

    /** Per category over the range, largest first, summed from the month × category cells. */
    private static List<CategoryTotal> categoryTotals(List<MonthCategoryTotal> cells) {
        var byId = new LinkedHashMap<Long, CategoryTotal>();
        for (var cell : cells) {
            byId.merge(cell.categoryId(),
            new CategoryTotal(cell.categoryId(), cell.category(), cell.color(), cell.total(), 0),
                    (a, b) -> new CategoryTotal(a.categoryId(), a.category(), a.color(), a.total().add(b.total()), 0));
        }
        var list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(CategoryTotal::total).reversed().thenComparing(CategoryTotal::category));
        return list;
    }

    /**
     * The category whose monthly totals move most (largest max − min, months without expenses counting as zero):
     * a flat line such as the rent says little, so the first trend shown is the one worth looking at.
     */
    private static CategoryTotal mostChanging(List<CategoryTotal> categories, List<MonthCategoryTotal> cells,
                                              List<YearMonth> rangeMonths) {
        CategoryTotal best = null;
        BigDecimal bestSpread = null;
        for (var category : categories) {
            var totals = new HashMap<YearMonth, BigDecimal>();
            cells.stream().filter(c -> c.categoryId() == category.categoryId())
                    .forEach(c -> totals.put(c.month(), c.total()));
            BigDecimal min = null;
            BigDecimal max = null;
            for (var month : rangeMonths) {
                BigDecimal t = totals.getOrDefault(month, BigDecimal.ZERO);
                min = min == null || t.compareTo(min) < 0 ? t : min;
                max = max == null || t.compareTo(max) > 0 ? t : max;
            }
            BigDecimal spread = max == null ? BigDecimal.ZERO : max.subtract(min);
            if (bestSpread == null || spread.compareTo(bestSpread) > 0) {
                best = category;
                bestSpread = spread;
            }
        }
        return best;
    }

    /** One point per month of the range, zero where the category had no expenses. */
    List<MonthTotal> trend(Period period, List<YearMonth> rangeMonths, long categoryId) {
        Map<YearMonth, MonthTotal> found = new LinkedHashMap<>();
        for (var m : summaries.byMonth(who, ExpenseFilter.of(period).withCategories(Set.of(categoryId)))) {
            found.put(m.month(), m);
        }
        var series = new ArrayList<MonthTotal>(rangeMonths.size());
        for (var month : rangeMonths) {
            series.add(found.getOrDefault(month, new MonthTotal(month, BigDecimal.ZERO.setScale(2), 0)));
        }
        return series;
    }

    /**
     * A month's figures and, to compare with, the month before: the whole of it, or for a month not over yet
     * ({@code asOf} its last day so far) the same days of it — the 1st to the 15th against the 1st to the 15th.
     */
    MonthData month(YearMonth month, LocalDate asOf) {
        var filter = ExpenseFilter.of(Period.month(month));
        return new MonthData(summaries.totals(who, filter),
                summaries.totals(who, ExpenseFilter.of(sameDaysBefore(month, asOf))),
                summaries.byCategory(who, filter),
                summaries.biggest(who, filter, 1).stream().findFirst());
    }
}
