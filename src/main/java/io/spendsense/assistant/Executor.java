package io.spendsense.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.Money;
import io.spendsense.domain.Percent;
import io.spendsense.domain.Period;
import io.spendsense.domain.Totals;

/**
 * Runs a plan through the services' SQL aggregates (never loading all rows) and words the result: totals, counts,
 * lists and averages here; rankings in {@link RankingAnswers}; comparisons and trends in {@link ComparisonAnswers}.
 */
final class Executor {
    /** How many expenses a list answer carries; the count is always exact. */
    static final int LIST_LIMIT = 100;
    private static final int LIST_IN_TEXT = 5;

    private Executor() {
    }

    static Outcome run(Plan plan, Context cx) {
        return switch (plan.intent()) {
            case TOTAL_SPENT -> total(plan, cx);
            case COUNT_EXPENSES -> count(plan, cx);
            case LIST_EXPENSES -> list(plan, cx);
            case AVERAGE_SPENT -> average(plan, cx);
            case BIGGEST_EXPENSE -> RankingAnswers.extreme(plan, cx, true);
            case SMALLEST_EXPENSE -> RankingAnswers.extreme(plan, cx, false);
            case TOP_CATEGORY -> RankingAnswers.topCategory(plan, cx);
            case CATEGORY_BREAKDOWN -> RankingAnswers.breakdown(plan, cx);
            case TOP_MONTH -> RankingAnswers.topMonth(plan, cx);
            case TOP_PAYEE -> RankingAnswers.topPayee(plan, cx);
            case COMPARE -> ComparisonAnswers.compare(plan, cx);
            case TREND -> ComparisonAnswers.trend(plan, cx);
            default -> throw new IllegalArgumentException("not a data intent: " + plan.intent());
        };
    }

    private static Outcome total(Plan plan, Context cx) {
        Frame f = plan.frame();
        Totals t = cx.summaries().totals(cx.who(), cx.filter(plan));
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period());
        if (t.count() == 0) {
            return Outcome.of(Money.plain(t.total()), "You have no expenses" + where + ", so you spent "
                    + cx.say().money(t.total()) + ".");
        }
        var text = new StringBuilder("You spent ").append(cx.say().money(t.total())).append(where).append(", in ")
                .append(Phrasing.count(t.count(), "expense"));
        if (!f.categories().isEmpty() || !f.payees().isEmpty() || !f.excludeCategories().isEmpty()
                || !f.excludePayees().isEmpty()) {
            // where it helps, the share of everything spent in the same period
            Totals all = cx.summaries().totals(cx.who(), cx.filter(plan).withCategories(null).withPayee(null)
                    .withoutCategories(null).withoutPayees(null));
            String share = Percent.share(t.total(), all.total());
            if (share != null && all.total().compareTo(t.total()) != 0) {
                text.append("; that is ").append(share).append(" of the ").append(cx.say().money(all.total()))
                        .append(" you spent in all");
            }
        }
        return Outcome.of(Money.plain(t.total()), text.append('.').toString());
    }

    private static Outcome count(Plan plan, Context cx) {
        Totals t = cx.summaries().totals(cx.who(), cx.filter(plan));
        String where = cx.say().filters(plan) + " " + cx.say().period(plan.frame().period(), "in all");
        String text;
        if (t.count() == 0) {
            text = (cx.yesNo() ? "No: you have no expenses" : "You have no expenses") + where + ".";
        } else {
            text = (cx.yesNo() ? "Yes: you have " : "You have ") + Phrasing.count(t.count(), "expense") + where
                    + ", " + cx.say().money(t.total()) + " in total.";
        }
        return Outcome.of(Long.toString(t.count()), text);
    }

    private static Outcome list(Plan plan, Context cx) {
        var filter = cx.filter(plan);
        var page = cx.expenses().page(cx.who(), filter, ExpenseSort.NEWEST_FIRST, 0, LIST_LIMIT);
        String where = cx.say().filters(plan) + " " + cx.say().period(plan.frame().period(), "in all");
        if (page.total() == 0) {
            return new Outcome("0", null, null, "You have no expenses" + where + ".", List.of(), List.of(),
                    List.of());
        }
        // when the page holds every match, its sum is the total: no second scan for rare payees
        Totals t = page.total() <= page.items().size()
                ? new Totals(page.items().stream().map(Expense::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        page.total())
                : cx.summaries().totals(cx.who(), filter);
        var text = new StringBuilder("You have ").append(Phrasing.count(t.count(), "expense")).append(where)
                .append(", ").append(cx.say().money(t.total())).append(" in total");
        List<Expense> items = page.items();
        text.append(t.count() > LIST_IN_TEXT ? ". The latest: " : ": ");
        for (int k = 0; k < Math.min(LIST_IN_TEXT, items.size()); k++) {
            text.append(k == 0 ? "" : "; ").append(describe(items.get(k), cx, plan.frame().period()));
        }
        if (t.count() > LIST_IN_TEXT) {
            text.append("; and ").append(t.count() - LIST_IN_TEXT).append(" more");
        }
        return new Outcome(Long.toString(t.count()), null, null, text.append('.').toString(), items, List.of(),
                List.of());
    }

    private static Outcome average(Plan plan, Context cx) {
        Frame f = plan.frame();
        Totals t = cx.summaries().totals(cx.who(), cx.filter(plan));
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period());
        Per per = f.per() == null ? Per.EXPENSE : f.per();
        if (per == Per.EXPENSE) {
            if (t.count() == 0) {
                return Outcome.of(null, "You have no expenses" + where + ", so there is no average.");
            }
            BigDecimal mean = t.total().divide(BigDecimal.valueOf(t.count()), 2, RoundingMode.HALF_UP);
            return Outcome.of(Money.plain(mean), "Your average expense" + where + " was " + cx.say().money(mean)
                    + " (" + Phrasing.count(t.count(), "expense") + ", " + cx.say().money(t.total()) + " in total).");
        }
        Period p = cx.closed(f.period());
        long days = p.days();
        BigDecimal units;
        String unitWords;
        if (per == Per.MONTH) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(p.from()), YearMonth.from(p.to())) + 1;
            units = BigDecimal.valueOf(months);
            unitWords = Phrasing.count(months, "calendar month");
        } else if (per == Per.WEEK) {
            units = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP);
            unitWords = Phrasing.count(days, "day") + " = " + units.setScale(1, RoundingMode.HALF_UP).toPlainString()
                    + " weeks";
        } else {
            units = BigDecimal.valueOf(days);
            unitWords = Phrasing.count(days, "day");
        }
        BigDecimal avg = t.total().divide(units, 2, RoundingMode.HALF_UP);
        String range = f.period().isAllTime() ? " (" + cx.say().day(p.from()) + " to " + cx.say().day(p.to()) + ")"
                : "";
        return Outcome.of(Money.plain(avg), "On average you spent " + cx.say().money(avg) + " per "
                + per.wireName() + where + ": " + cx.say().money(t.total()) + " over " + unitWords + range + ".");
    }

    /** "Monthly rent at Oakwood Apartments (Housing) on Dec 1: $1,475.00". */
    static String describe(Expense e, Context cx, Period context) {
        String what = e.description() == null || e.description().isBlank() ? "An expense" : e.description();
        String at = e.payee() == null || e.payee().isBlank() ? "" : " at " + e.payee();
        return what + at + " (" + e.categoryName() + ") on " + cx.say().shortDay(e.date(), context) + ": "
                + cx.say().money(e.amount());
    }
}
