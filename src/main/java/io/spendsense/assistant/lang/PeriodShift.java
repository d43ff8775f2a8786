package io.spendsense.assistant.lang;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.Period;

/**
 * Follow-ups that move the previous question's period: "the month before", "the previous year", "a year earlier", "the
 * week after". A period made of whole calendar units moves by its own size (a month to the month before, a quarter to
 * the quarter before, "last 3 months" by three months), or by the named unit when that is larger ("a year earlier"
 * after February 2026 is February 2025); any other period moves by the named unit or its own length.
 */
final class PeriodShift {
    /** Months in each unit; 0 for units counted in days. */
    private static final Map<String, Integer> UNIT_MONTHS = Map.of("day", 0, "week", 0, "month", 1, "quarter", 3,
            "year", 12);
    private static final Map<String, Integer> UNIT_DAYS = Map.of("day", 1, "week", 7);
    private static final Set<String> BEFORE = Set.of("before", "earlier", "prior");
    private static final Set<String> AFTER = Set.of("after", "later");
    private static final Set<String> SAME_WHAT = Set.of("month", "week", "day", "quarter", "year", "period", "time",
            "days", "dates", "weeks", "months", "stretch");

    private PeriodShift() {
    }

    static Optional<PeriodMatch> find(String[] w, Period previous) {
        if (previous == null || previous.from() == null || previous.to() == null) {
            return Optional.empty();
        }
        Optional<PeriodMatch> same = same(w, previous);
        if (same.isPresent()) {
            return same;
        }
        for (int i = 0; i < w.length; i++) {
            int start = i;
            int k = w[i].equals("the") ? i + 1 : i;
            String a = DateWords.at(w, k);
            String b = DateWords.at(w, k + 1);
            int direction = 0;
            String unit = null;
            int end = 0;
            if (UNIT_MONTHS.containsKey(a) && (BEFORE.contains(b) || AFTER.contains(b)) && k > i
                    && !DateWords.at(w, k + 2).equals("yesterday") && !DateWords.at(w, k + 2).equals("last")) {
                direction = BEFORE.contains(b) ? -1 : 1;
                unit = a;
                end = k + 2;
            } else if (Set.of("previous", "prior", "preceding", "next", "following").contains(a)
                    && UNIT_MONTHS.containsKey(b)) {
                direction = Set.of("next", "following").contains(a) ? 1 : -1;
                unit = b;
                end = k + 2;
            } else if ((a.equals("a") || a.equals("1")) && UNIT_MONTHS.containsKey(b)
                    && (BEFORE.contains(DateWords.at(w, k + 2)) || AFTER.contains(DateWords.at(w, k + 2)))) {
                direction = AFTER.contains(DateWords.at(w, k + 2)) ? 1 : -1;
                unit = b;
                end = k + 3;
            }
            if (unit != null) {
                Period shifted = shift(previous, unit, direction);
                if (shifted != null) {
                    return Optional.of(new PeriodMatch(shifted, start, end, PeriodGrammar.join(w, start, end),
                            "shift-" + unit + (direction < 0 ? "-before" : "-after")));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "the same month last year", "same time last year", "the same period a year earlier", "the same week last
     * month": the previous period moved back by the unit named after "same ...".
     */
    private static Optional<PeriodMatch> same(String[] w, Period previous) {
        for (int i = 0; i < w.length; i++) {
            int k = w[i].equals("the") ? i + 1 : i;
            if (!DateWords.at(w, k).equals("same") || !SAME_WHAT.contains(DateWords.at(w, k + 1))) {
                continue;
            }
            int j = k + 2;
            String a = DateWords.at(w, j);
            String b = DateWords.at(w, j + 1);
            String unit = null;
            int end = 0;
            if (Set.of("last", "previous", "prior").contains(a) && UNIT_MONTHS.containsKey(b)) {
                unit = b;
                end = j + 2;
            } else if (Set.of("a", "1", "one").contains(a) && UNIT_MONTHS.containsKey(b)
                    && Set.of("earlier", "before", "ago", "back").contains(DateWords.at(w, j + 2))) {
                unit = b;
                end = j + 3;
            } else if (a.equals("the") && (UNIT_MONTHS.containsKey(b) && BEFORE.contains(DateWords.at(w, j + 2))
                    || Set.of("previous", "prior").contains(b) && UNIT_MONTHS.containsKey(DateWords.at(w, j + 2)))) {
                unit = UNIT_MONTHS.containsKey(b) ? b : DateWords.at(w, j + 2);
                end = j + 3;
            }
            Period shifted = unit == null ? null : shift(previous, unit, -1);
            if (shifted != null) {
                return Optional.of(new PeriodMatch(shifted, i, end, PeriodGrammar.join(w, i, end),
                        "shift-same-" + unit + "-before"));
            }
        }
        return Optional.empty();
    }

    static Period shift(Period p, String unit, int direction) {
        int ownMonths = wholeMonths(p);
        int unitMonths = UNIT_MONTHS.get(unit);
        try {
            if (ownMonths > 0) {
                int months = Math.max(ownMonths, unitMonths) * direction;
                YearMonth first = YearMonth.from(p.from()).plusMonths(months);
                return new Period(first.atDay(1), YearMonth.from(p.to()).plusMonths(months).atEndOfMonth());
            }
            if (unitMonths > 0) {
                boolean toMonthEnd = p.to().equals(YearMonth.from(p.to()).atEndOfMonth())
                        && p.from().getDayOfMonth() == 1;
                LocalDate to = p.to().plusMonths((long) unitMonths * direction);
                return new Period(p.from().plusMonths((long) unitMonths * direction),
                        toMonthEnd ? YearMonth.from(to).atEndOfMonth() : to);
            }
            long days = Math.max(UNIT_DAYS.get(unit), p.days()) * direction;
            return new Period(p.from().plusDays(days), p.to().plusDays(days));
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null; // beyond the supported calendar: no follow-up rather than a crash
        }
    }

    /** The number of whole calendar months the period spans (first of a month to end of a month), or 0. */
    private static int wholeMonths(Period p) {
        if (p.from().getDayOfMonth() != 1 || !p.to().equals(YearMonth.from(p.to()).atEndOfMonth())) {
            return 0;
        }
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(p.from()), YearMonth.from(p.to())) + 1;
    }
}
