package io.spendsense.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import io.spendsense.domain.Money;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Percent;
import io.spendsense.domain.Period;
import io.spendsense.domain.Totals;

/** Answers over two sides or over time: compare (side 1 minus side 2) and trend (one total per calendar month). */
final class ComparisonAnswers {
    /** A trend never lists more months than this (a chart stays readable; the total covers the whole period). */
    private static final int MAX_MONTHS = 240;
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", java.util.Locale.US);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US);

    private ComparisonAnswers() {
    }

    static Outcome compare(Plan plan, Context cx) {
        Frame f = plan.frame();
        Totals one = cx.summaries().totals(cx.who(), cx.filter(plan));
        Totals two = cx.summaries().totals(cx.who(), cx.filter2(plan));
        BigDecimal diff = one.total().subtract(two.total());
        String side1 = side(cx, plan, f.categories(), f.payees(), f.period());
        String side2 = side(cx, plan, one(f.category2()), one(f.payee2()), f.period2());
        var text = new StringBuilder("You spent ").append(cx.say().money(one.total())).append(side1).append(" and ")
                .append(cx.say().money(two.total())).append(side2).append(": ");
        if (diff.signum() == 0) {
            text.append("exactly the same.");
        } else {
            text.append(cx.say().money(diff.abs())).append(diff.signum() > 0 ? " more" : " less");
            String pct = Percent.share(diff.abs(), two.total());
            if (pct != null) {
                text.append(" (").append(diff.signum() > 0 ? "+" : "−").append(pct).append(')');
            }
            text.append(" in the first.");
        }
        text.append(likeForLike(plan, cx, one, two));
        return Outcome.of(Money.plain(diff), text.toString());
    }

    /**
     * When one side is a period not over yet and the other a period before it, the figure that compares like with
     * like: the earlier period over as many days as have gone by in the current one ("So far: $1,582.58 by Dec 2,
     * against $1,170.48 by Nov 2: $412.10 more (+35.2%)."). Empty otherwise. The answer's value stays side 1 minus
     * side 2, as the contract defines it.
     */
    static String likeForLike(Plan plan, Context cx, Totals one, Totals two) {
        Frame f = plan.frame();
        Period p1 = f.period();
        Period p2 = f.period2();
        LocalDate today = cx.today();
        if (p1 == null || p2 == null || p1.from() == null || p2.from() == null || p1.to() == null || p2.to() == null) {
            return "";
        }
        boolean firstRuns = notOver(p1, today) && p2.to().isBefore(p1.from());
        boolean secondRuns = notOver(p2, today) && p1.to().isBefore(p2.from());
        if (!firstRuns && !secondRuns) {
            return "";
        }
        Period running = firstRuns ? p1 : p2;
        Period earlier = firstRuns ? p2 : p1;
        LocalDate end;
        if (running.from().getDayOfMonth() == 1 && YearMonth.from(running.from()).equals(YearMonth.from(today))
                && earlier.isWholeMonth()) {
            // a month against a month: by the same day of the month (at most the earlier month's last day)
            end = earlier.from().withDayOfMonth(Math.min(today.getDayOfMonth(), earlier.from().lengthOfMonth()));
        } else if (running.from().getDayOfYear() == 1 && earlier.isWholeYear()) {
            end = earlier.from().plusDays(today.getDayOfYear() - 1L);
        } else {
            end = earlier.from().plusDays(ChronoUnit.DAYS.between(running.from(), today));
        }
        if (end.isAfter(earlier.to())) {
            end = earlier.to();
        }
        var filter = firstRuns ? cx.filter2(plan) : cx.filter(plan);
        Totals runningTotals = firstRuns ? one : two;
        Totals earlierSoFar = cx.summaries().totals(cx.who(), filter.withPeriod(new Period(earlier.from(), end)));
        BigDecimal diff = runningTotals.total().subtract(earlierSoFar.total());
        var day = end.getYear() == today.getYear() ? SHORT_DAY : DAY_YEAR;
        var out = new StringBuilder(" So far: ").append(cx.say().money(runningTotals.total())).append(" by ")
                .append(day.format(today)).append(", against ").append(cx.say().money(earlierSoFar.total()))
                .append(" by ").append(day.format(end)).append(": ");
        if (diff.signum() == 0) {
            return out.append("the same.").toString();
        }
        out.append(cx.say().money(diff.abs())).append(diff.signum() > 0 ? " more" : " less");
        String pct = Percent.share(diff.abs(), earlierSoFar.total());
        if (pct != null) {
            out.append(" (").append(diff.signum() > 0 ? "+" : "−").append(pct).append(')');
        }
        return out.append('.').toString();
    }

    /**
     * Whether a period holds today and is not over: it ends after today, or it is a month or year "so far" (from
     * the 1st, to today) whose month or year goes on.
     */
    static boolean notOver(Period p, LocalDate today) {
        if (!p.contains(today)) {
            return false;
        }
        if (today.isBefore(p.to())) {
            return true;
        }
        boolean monthSoFar = p.from().getDayOfMonth() == 1 && YearMonth.from(p.from()).equals(YearMonth.from(today));
        boolean yearSoFar = p.from().getDayOfYear() == 1 && p.from().getYear() == today.getYear();
        return monthSoFar && today.getDayOfMonth() < today.lengthOfMonth()
                || yearSoFar && today.getDayOfYear() < today.lengthOfYear();
    }

    private static String side(Context cx, Plan plan, List<String> categories, List<String> payees,
                               Period period) {
        Frame f = plan.frame();
        return cx.say().filters(categories, payees, f.excludeCategories(), f.excludePayees(), f.days(), f.amountGt(),
                plan.gtInclusive(), f.amountLt(), plan.ltInclusive(), f.receipts(), f.currency()) + " "
                + cx.say().period(period);
    }

    private static List<String> one(String name) {
        return name == null ? List.of() : List.of(name);
    }

    static Outcome trend(Plan plan, Context cx) {
        Frame f = plan.frame();
        var filter = cx.filter(plan);
        List<MonthTotal> found = cx.summaries().byMonth(cx.who(), filter);
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period(), "since your first expense");
        if (found.isEmpty()) {
            return new Outcome("0.00", null, null, "You have no expenses" + where + ", so there is no trend yet.",
                    List.of(), List.of(), List.of());
        }
        List<MonthTotal> series = fill(found, f.period(), cx);
        BigDecimal total = found.stream().map(MonthTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        MonthTotal high = series.get(0);
        MonthTotal low = series.get(0);
        for (MonthTotal m : series) {
            high = m.total().compareTo(high.total()) > 0 ? m : high;
            low = m.total().compareTo(low.total()) < 0 ? m : low;
        }
        BigDecimal avg = total.divide(BigDecimal.valueOf(series.size()), 2, RoundingMode.HALF_UP);
        var text = new StringBuilder("Your spending").append(where).append(", month by month: ");
        if (series.size() <= 12) {
            for (int k = 0; k < series.size(); k++) {
                MonthTotal m = series.get(k);
                text.append(k == 0 ? "" : ", ").append(m.month().getMonth().getDisplayName(java.time.format.TextStyle
                        .SHORT, java.util.Locale.US)).append(' ').append(m.month().getYear()).append(' ')
                        .append(cx.say().money(m.total()));
            }
            text.append(". ");
        }
        text.append(cx.say().money(total)).append(" in all, ").append(cx.say().money(avg)).append(" a month on average")
                .append("; highest ").append(Phrasing.month(high.month())).append(" (")
                .append(cx.say().money(high.total())).append("), lowest ").append(Phrasing.month(low.month()))
                .append(" (").append(cx.say().money(low.total())).append(')');
        MonthTotal first = series.get(0);
        MonthTotal last = series.get(series.size() - 1);
        if (series.size() > 1) {
            int cmp = last.total().compareTo(first.total());
            text.append("; ").append(cmp > 0 ? "up" : cmp < 0 ? "down" : "flat").append(" from ")
                    .append(cx.say().money(first.total())).append(" in ").append(Phrasing.month(first.month()))
                    .append(" to ").append(cx.say().money(last.total())).append(" in ")
                    .append(Phrasing.month(last.month()));
        }
        return new Outcome(Money.plain(total), null, null, text.append('.').toString(), List.of(), List.of(), series);
    }

    /** One entry per calendar month of the period (up to the current month), zero where nothing was spent. */
    private static List<MonthTotal> fill(List<MonthTotal> found, Period period, Context cx) {
        YearMonth first = period.from() != null ? YearMonth.from(period.from()) : found.get(0).month();
        YearMonth last = period.to() != null ? YearMonth.from(period.to()) : found.get(found.size() - 1).month();
        YearMonth now = YearMonth.from(cx.today());
        YearMonth lastFound = found.get(found.size() - 1).month();
        if (last.isAfter(now)) {
            last = lastFound.isAfter(now) ? lastFound : now;
        }
        var byMonth = new HashMap<YearMonth, MonthTotal>();
        found.forEach(m -> byMonth.put(m.month(), m));
        var series = new ArrayList<MonthTotal>();
        for (YearMonth m = first; !m.isAfter(last) && series.size() < MAX_MONTHS; m = m.plusMonths(1)) {
            series.add(byMonth.getOrDefault(m, new MonthTotal(m, BigDecimal.ZERO.setScale(2), 0)));
        }
        return series.isEmpty() ? found : series;
    }
}
