package io.spendsense.assistant;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.Insight;
import io.spendsense.domain.Period;
import io.spendsense.service.InsightService;

/** Answers {@code anomalies}: the value is how many unusual expenses the period holds (dismissed ones left out). */
final class InsightAnswers {
    /** At most this many months are looked at ("anything unusual this year?"). */
    static final int MAX_MONTHS = 12;
    private static final int IN_TEXT = 5;

    private InsightAnswers() {
    }

    static Outcome anomalies(Plan plan, InsightService insights, Context cx, List<String> explain) {
        List<YearMonth> months = BudgetAnswers.months(plan.frame().period(), YearMonth.from(cx.today()));
        if (months.size() > MAX_MONTHS) {
            months = months.subList(months.size() - MAX_MONTHS, months.size());
        }
        String category = plan.frame().category();
        Period period = plan.frame().period();
        var found = new ArrayList<Insight>();
        for (YearMonth m : months) {
            insights.find(cx.who(), m).stream()
                    .filter(i -> period.contains(i.expense().date()))
                    .filter(i -> category == null || category.equalsIgnoreCase(i.expense().categoryName()))
                    .forEach(found::add);
        }
        found.forEach(i -> explain.add("anomaly " + i.key() + ": " + i.reason()));
        String where = (category == null ? "" : " in " + category) + " " + cx.say().period(period);
        if (found.isEmpty()) {
            return Outcome.of("0", "Nothing unusual" + where + ": no expense stands out against your usual spending,"
                    + " and I see no first-time payee with a large amount or a possible duplicate charge.");
        }
        var parts = found.stream().limit(IN_TEXT).map(i -> cx.say().money(i.expense().amount())
                + (i.expense().payee() == null || i.expense().payee().isBlank() ? "" : " at " + i.expense().payee())
                + " on " + cx.say().shortDay(i.expense().date(), period) + ": " + i.reason()).toList();
        return Outcome.of(Integer.toString(found.size()), "I found " + Phrasing.count(found.size(), "unusual expense")
                + where + ": " + String.join("; ", parts)
                + (found.size() > IN_TEXT ? "; and " + (found.size() - IN_TEXT) + " more" : "") + ".");
    }
}
