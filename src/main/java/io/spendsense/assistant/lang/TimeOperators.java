package io.spendsense.assistant.lang;

import java.time.DayOfWeek;
import java.util.Set;

import io.spendsense.domain.Period;

/**
 * The rules of the time grammar that build a value from another value (its operand, read by {@link TimeGrammar}):
 * <ul>
 *   <li>parts: "early last month", "mid January", "late 2025", "(at) the beginning / start / middle / end of X";</li>
 *   <li>the n-th weekday: "the first Monday of this month", "the last Friday of September";</li>
 *   <li>a day of a month: "the 20th of last month", "the 5th of this month";</li>
 *   <li>a day of a week: "Monday of this week", "Friday last week";</li>
 *   <li>a weekend or a week: "the weekend of Feb 14", "the week of March 2";</li>
 *   <li>a day on a weekday: "Friday the 13th", "Monday, March 2";</li>
 *   <li>the day or the week beside a day: "the day after Christmas", "the week before Thanksgiving";</li>
 *   <li>first / last units: "the first week of March", "the last day of last month", "the last quarter of 2025".</li>
 * </ul>
 * Inside an operator, "the week", "the month", "the quarter" and "the year" (or just "month") are the current one:
 * "at the end of the month".
 */
final class TimeOperators {
    private static final Set<String> LEADS = Set.of("at", "towards", "toward", "around", "by");
    private static final Set<String> UNITS = Set.of("week", "month", "quarter", "year");
    private static final Set<String> WEEK_SHIFTS = Set.of("this", "last", "previous", "past", "current");

    private final TimeGrammar g;

    TimeOperators(TimeGrammar g) {
        this.g = g;
    }

    Candidate parse(int i, int depth) {
        Candidate best = partOf(i, depth);
        best = Candidate.longer(best, nthWeekday(i, depth));
        best = Candidate.longer(best, dayOf(i, depth));
        best = Candidate.longer(best, weekdayOf(i, depth));
        best = Candidate.longer(best, weekendOf(i, depth));
        best = Candidate.longer(best, weekdayDate(i, depth));
        best = Candidate.longer(best, beside(i, depth));
        return Candidate.longer(best, firstOrLastOf(i, depth));
    }

    /** "early last month", "mid-2024", "late in the year", "at the end of last week", "the beginning of this year". */
    private Candidate partOf(int i, int depth) {
        int k = LEADS.contains(at(i)) && at(i + 1).equals("the") ? i + 1 : i;
        boolean the = at(k).equals("the");
        if (the) {
            k++;
        }
        String word = at(k);
        int third;
        int operandAt;
        switch (word) {
            case "beginning", "start", "middle", "end" -> {
                if (!at(k + 1).equals("of")) {
                    return null;
                }
                third = word.equals("middle") ? Selector.Part.MID
                        : word.equals("end") ? Selector.Part.LATE : Selector.Part.EARLY;
                operandAt = k + 2;
            }
            case "early", "mid", "late" -> {
                if (the) {
                    return null;
                }
                third = word.equals("mid") ? Selector.Part.MID
                        : word.equals("late") ? Selector.Part.LATE : Selector.Part.EARLY;
                operandAt = Set.of("in", "of").contains(at(k + 1)) ? k + 2 : k + 1;
            }
            default -> {
                return null;
            }
        }
        Candidate op = operand(operandAt, depth);
        return op == null ? null : build(op.value().select(new Selector.Part(third)), i, op, word + "-of");
    }

    /** "the second Saturday of last month", "the last Friday of September", "the first monday in march". */
    private Candidate nthWeekday(int i, int depth) {
        int k = at(i).equals("the") ? i + 1 : i;
        int n = at(k).equals("last") ? -1 : DateWords.weekOrdinal(at(k));
        DayOfWeek day = DateWords.weekday(at(k + 1));
        if (n == 0 || day == null || !Set.of("of", "in").contains(at(k + 2))) {
            return null;
        }
        Candidate op = operand(k + 3, depth);
        return op == null ? null : build(op.value().select(new Selector.NthWeekday(n, day)), i, op, "nth-weekday-of");
    }

    /** "the 20th of last month", "the 31st of last month", "the 5th of this month". */
    private Candidate dayOf(int i, int depth) {
        boolean the = at(i).equals("the");
        int k = the ? i + 1 : i;
        int[] day = DateWords.dayNumber(g.words(), k);
        if (day == null || !at(day[1]).equals("of")) {
            return null;
        }
        Candidate op = operand(day[1] + 1, depth);
        // "5 of last month's expenses" counts expenses: a bare number is a day only of a named month ("12 of sept")
        if (op == null || !the && DateWords.isDigits(at(k)) && !op.calendar()) {
            return null;
        }
        TimeValue value = op.value().select(new Selector.DayOfMonth(day[0]));
        String rule = switch (op.rule()) {
            case "month-name-alone" -> "day-month";
            case "month-year" -> "day-month-year";
            default -> "day-of";
        };
        return value == null ? null
                : Candidate.day(value, i, op.end(), rule, day[0], op.value(), op.calendar());
    }

    /** "Monday of this week", "the friday of last week", "Tuesday last week". */
    private Candidate weekdayOf(int i, int depth) {
        int k = at(i).equals("the") ? i + 1 : i;
        DayOfWeek day = DateWords.weekday(at(k));
        if (day == null) {
            return null;
        }
        Candidate op;
        if (at(k + 1).equals("of")) {
            op = operand(k + 2, depth);
        } else if (WEEK_SHIFTS.contains(at(k + 1)) && at(k + 2).equals("week")) {
            op = g.expr(k + 1, depth);
        } else {
            return null;
        }
        return op == null ? null : build(op.value().select(new Selector.WeekdayOf(day)), i, op, "weekday-of");
    }

    /** "the weekend of Feb 14", "the week of March 2": the Saturday and Sunday, or the Monday-to-Sunday week. */
    private Candidate weekendOf(int i, int depth) {
        int k = at(i).equals("the") ? i + 1 : i;
        String what = at(k);
        if (!(what.equals("weekend") || what.equals("week")) || !at(k + 1).equals("of")) {
            return null;
        }
        Candidate op = g.expr(k + 2, depth);
        Selector s = what.equals("week") ? new Selector.WeekOf() : new Selector.WeekendOf();
        return op == null ? null : build(op.value().select(s), i, op, what + "-of");
    }

    /**
     * "Friday the 13th", "Monday March 2", "Saturday, 14 March 2026": the day when it falls on that weekday. "the
     * 13th" is the latest Friday the 13th; a date of the year ("March 2") is placed first, as without the weekday, so
     * that a weekday that does not fit is said, not answered with another year's March 2.
     */
    private Candidate weekdayDate(int i, int depth) {
        DayOfWeek day = DateWords.weekday(at(i));
        if (day == null || DateWords.isWeekdayAbbreviation(at(i)) && !DateWords.DATE_PREPOSITIONS.contains(at(i - 1))) {
            return null;
        }
        Candidate op;
        int[] dayOfMonth = at(i + 1).equals("the") ? DateWords.dayNumber(g.words(), i + 2) : null;
        if (dayOfMonth != null && !at(dayOfMonth[1]).equals("of")) {
            op = AbsoluteDates.dayOfAnyMonth(dayOfMonth[0], i + 1, dayOfMonth[1]);
        } else {
            op = g.expr(i + 1, depth);
            if (op == null || !op.calendar() || op.dayOfMonth() == 0) {
                return null;
            }
            if (op.value() instanceof TimeValue.Cyclic c && c.cycle() == Cycle.YEAR) {
                Period placed = c.resolve(g.today());
                op = placed == null ? op : Candidate.of(TimeValue.fixed(placed, Grain.DAY), op.start(), op.end(),
                        op.rule(), true);
            }
        }
        return build(op.value().select(new Selector.OnWeekday(day)), i, op, "weekday-date");
    }

    /** "the day after Christmas", "the day before Thanksgiving", "the week before Christmas" (the 7 days before). */
    private Candidate beside(int i, int depth) {
        if (!at(i).equals("the") || !Set.of("day", "week").contains(at(i + 1))
                || !Set.of("before", "after").contains(at(i + 2))) {
            return null;
        }
        Candidate op = g.expr(i + 3, depth);
        return op == null ? null : build(op.value().beside(at(i + 1).equals("day") ? 1 : 7, at(i + 2).equals("after")),
                i, op, at(i + 1) + "-" + at(i + 2));
    }

    /** "the first week of march", "the last day of last month", "the last quarter of 2025". */
    private Candidate firstOrLastOf(int i, int depth) {
        int k = at(i).equals("the") ? i + 1 : i;
        String which = at(k);
        String unit = at(k + 1);
        if (!(which.equals("first") || which.equals("last")) || !at(k + 2).equals("of")
                || !Set.of("day", "week", "month", "quarter").contains(unit)) {
            return null;
        }
        Candidate op = operand(k + 3, depth);
        return op == null ? null : build(op.value().select(new Selector.FirstOrLast(which.equals("first"), unit)),
                i, op, which + "-" + unit + "-of");
    }

    /** What an operator applies to; "the month", "the year", "month" alone are the current one. */
    private Candidate operand(int k, int depth) {
        Candidate c = g.expr(k, depth);
        int u = at(k).equals("the") ? k + 1 : k;
        String unit = at(u);
        if (UNITS.contains(unit)) {
            var current = g.relative().current(unit);
            c = Candidate.longer(c, Candidate.relative(TimeValue.fixed(current, RelativePeriods.grain(unit)), k, u + 1,
                    "this-" + unit));
        }
        return c;
    }

    private static Candidate build(TimeValue value, int start, Candidate operand, String rule) {
        return value == null ? null : Candidate.of(value, start, operand.end(), rule, operand.calendar());
    }

    private String at(int i) {
        return DateWords.at(g.words(), i);
    }
}
