package io.spendsense.assistant;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.Period;

/**
 * Periods in the future, for {@code upcoming_bills} only: the period grammar reads money already spent, so it leaves
 * "next week", "next month" and "tomorrow" out, and reads a month name alone as the latest one that has begun. A
 * question about bills due looks forward instead.
 */
final class UpcomingPeriods {
    private UpcomingPeriods() {
    }

    static Plan adjust(Plan plan, Reading r, LocalDate today) {
        List<String> words = List.of(r.words());
        Period named = null;
        String why = null;
        int next = words.indexOf("next");
        if (next >= 0 && next + 1 < words.size() && words.get(next + 1).equals("week")) {
            named = Period.weekOf(today.plusWeeks(1));
            why = "next week";
        } else if (next >= 0 && next + 1 < words.size() && words.get(next + 1).equals("month")) {
            named = Period.month(YearMonth.from(today).plusMonths(1));
            why = "next month";
        } else if (words.contains("tomorrow")) {
            named = Period.day(today.plusDays(1));
            why = "tomorrow";
        } else {
            Period p = plan.frame().period();
            if (p.isWholeMonth() && YearMonth.from(p.from()).isBefore(YearMonth.from(today))
                    && !words.contains(Integer.toString(p.from().getYear()))) {
                named = Period.month(YearMonth.from(p.from()).plusYears(1));
                why = "a month named without its year: the next one";
            }
        }
        if (named == null) {
            return plan;
        }
        var explain = new ArrayList<>(plan.explain());
        explain.removeIf(line -> line.startsWith("period"));
        explain.add("period " + named + " from '" + why + "' (bills due look forward)");
        Frame f = plan.frame();
        return new Plan(Frame.of(f.intent(), named, f.categories()), false, false, explain);
    }
}
