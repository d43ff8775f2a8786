package io.spendsense.assistant.lang;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Set;
import java.util.function.IntFunction;

import io.spendsense.domain.Period;

/**
 * The atoms of the time grammar counted from today: "today", "yesterday", "this week", "last month", "so far this
 * year", "the last 30 days", "past 6 months", "last weekend", "3 days ago", "2 Thursdays ago", "the week before last",
 * and this / last in front of a cyclic value of the calendar ("this March", "last summer", "last Monday").
 */
final class RelativePeriods {
    private static final Set<String> LAST = Set.of("last", "previous", "past", "prior");
    private static final Set<String> THIS = Set.of("this", "current");
    // not "during": "during the week" is on weekdays (DayFilters)
    private static final Set<String> FOR_THE = Set.of("for", "over");

    private final LocalDate today;
    /** A cyclic calendar value at a token position ("march", "summer", "monday"), or null. */
    private final IntFunction<Candidate> cyclicAt;

    RelativePeriods(LocalDate today, IntFunction<Candidate> cyclicAt) {
        this.today = today;
        this.cyclicAt = cyclicAt;
    }

    Candidate parse(String[] w, int i) {
        String a = DateWords.at(w, i);
        switch (a) {
            case "today" -> {
                return fixed(Period.day(today), Grain.DAY, i, i + 1, "today");
            }
            case "yesterday" -> {
                return fixed(Period.day(today.minusDays(1)), Grain.DAY, i, i + 1, "yesterday");
            }
            case "ytd" -> {
                return fixed(new Period(today.withDayOfYear(1), today), Grain.SPAN, i, i + 1, "year-to-date");
            }
            case "mtd" -> {
                return fixed(new Period(today.withDayOfMonth(1), today), Grain.SPAN, i, i + 1, "month-so-far");
            }
            default -> {
            }
        }
        int k = a.equals("the") ? i + 1 : i;
        String b = DateWords.at(w, k);
        if (b.equals("day") && DateWords.at(w, k + 1).equals("before") && DateWords.at(w, k + 2).equals("yesterday")) {
            return fixed(Period.day(today.minusDays(2)), Grain.DAY, i, k + 3, "day-before-yesterday");
        }
        if (DateWords.at(w, k + 1).equals("before") && DateWords.at(w, k + 2).equals("last")) {
            Candidate c = switch (b) {
                case "week" -> fixed(Period.weekOf(today.minusWeeks(2)), Grain.WEEK, i, k + 3, "week-before-last");
                case "month" -> fixed(Period.month(YearMonth.from(today).minusMonths(2)), Grain.MONTH, i, k + 3,
                        "month-before-last");
                case "year" -> fixed(Period.year(today.getYear() - 2), Grain.YEAR, i, k + 3, "year-before-last");
                default -> null;
            };
            if (c != null) {
                return c;
            }
        }
        if (THIS.contains(b)) {
            return Candidate.longer(thisUnit(w, i, k + 1), thisOccurrence(i, k + 1));
        }
        // "my total for the week", "what have I spent over the month?": the current one, when nothing follows
        if (k == i + 1 && FOR_THE.contains(DateWords.at(w, i - 1)) && current(b) != null && !b.equals("weekend")
                && (k + 1 >= w.length || DateWords.at(w, k + 1).equals("so"))) {
            return thisUnit(w, i, k);
        }
        if (LAST.contains(b)) {
            return Candidate.longer(Candidate.longer(lastN(w, i, k + 1), lastUnit(w, i, k + 1, b)),
                    b.equals("past") ? null : lastOccurrence(i, k + 1));
        }
        if (b.equals("so") && DateWords.at(w, k + 1).equals("far") && THIS.contains(DateWords.at(w, k + 2))) {
            return soFar(DateWords.at(w, k + 3), i, k + 4);
        }
        if (b.equals("earlier") && THIS.contains(DateWords.at(w, k + 1))) {
            return soFar(DateWords.at(w, k + 2), i, k + 3);
        }
        if (DateWords.at(w, k + 1).equals("to") && DateWords.at(w, k + 2).equals("date")) {
            return soFar(b, i, k + 3);
        }
        return k == i ? ago(w, i) : null;
    }

    /** "5 days ago", "two weeks ago", "a month ago", "one year ago", "2 Thursdays ago": that one day. */
    private Candidate ago(String[] w, int i) {
        String count = DateWords.at(w, i);
        int n = count.equals("a") || count.equals("an") ? 1 : Numbers.intValue(count);
        String unit = DateWords.at(w, i + 1);
        if (n < 0 || n > 100_000 || !DateWords.at(w, i + 2).equals("ago")) {
            return null;
        }
        DayOfWeek weekday = n == 1 && DateWords.weekday(unit) != null ? DateWords.weekday(unit)
                : DateWords.weekdays(unit);
        if (weekday != null && n >= 1 && !DateWords.isWeekdayAbbreviation(unit)) {
            // the latest such weekday before today is one ago; each further one is a week earlier
            var latest = AbsoluteDates.weekdayOfEveryWeek(weekday).lastOne(today);
            LocalDate d = ((TimeValue.Fixed) latest).period().from().minusWeeks(Math.min(n, 10_000) - 1L);
            return fixed(Period.day(d), Grain.DAY, i, i + 3, "weekdays-ago");
        }
        long m = Math.min(n, 100_000);
        LocalDate d = switch (singular(unit)) {
            case "day" -> today.minusDays(m);
            case "week" -> today.minusWeeks(m);
            case "fortnight" -> today.minusWeeks(2 * m);
            case "month" -> today.minusMonths(m);
            case "quarter" -> today.minusMonths(3 * m);
            case "year" -> today.minusYears(Math.min(m, 2000));
            default -> null;
        };
        return d == null ? null : fixed(Period.day(d), Grain.DAY, i, i + 3, singular(unit) + "s-ago");
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    /** "this week", "this month so far", "this weekend". */
    private Candidate thisUnit(String[] w, int start, int k) {
        String unit = DateWords.at(w, k);
        boolean soFar = DateWords.at(w, k + 1).equals("so") && DateWords.at(w, k + 2).equals("far")
                || DateWords.at(w, k + 1).equals("to") && DateWords.at(w, k + 2).equals("date");
        if (soFar) {
            Candidate c = soFar(unit, start, k + 3);
            if (c != null) {
                return c;
            }
        }
        Period p = current(unit);
        return p == null ? null : fixed(p, grain(unit), start, k + 1, "this-" + unit);
    }

    /** The current week, month, quarter, year or weekend; null for anything else. */
    Period current(String unit) {
        return switch (unit) {
            case "week" -> Period.weekOf(today);
            case "month" -> Period.month(YearMonth.from(today));
            case "year" -> Period.year(today.getYear());
            case "quarter" -> Period.quarter(today.getYear(), today.get(IsoFields.QUARTER_OF_YEAR));
            case "weekend" -> weekend(today);
            default -> null;
        };
    }

    static Grain grain(String unit) {
        return switch (unit) {
            case "week" -> Grain.WEEK;
            case "month" -> Grain.MONTH;
            case "year" -> Grain.YEAR;
            case "quarter" -> Grain.QUARTER;
            default -> Grain.SPAN;
        };
    }

    /** "this march", "this monday", "this summer", "this christmas": the occurrence of this year (or week). */
    private Candidate thisOccurrence(int start, int k) {
        Candidate c = cyclicAt.apply(k);
        if (c == null) {
            return null;
        }
        return Candidate.relative(c.value().thisOne(today), start, c.end(), "this-" + kind(c));
    }

    /** "last sept" (that month of last year), "last summer", "last monday" (the latest one before today). */
    private Candidate lastOccurrence(int start, int k) {
        Candidate c = cyclicAt.apply(k);
        if (c == null) {
            return null;
        }
        return Candidate.relative(c.value().lastOne(today), start, c.end(), "last-" + kind(c));
    }

    private static String kind(Candidate c) {
        return switch (c.rule()) {
            case "month-name-alone" -> "month-name";
            case "quarter-alone" -> "quarter-name";
            case "half-alone" -> "half-name";
            default -> c.rule();
        };
    }

    /** "last week", "past week", "last month", "past year", "last quarter", "last weekend". */
    private Candidate lastUnit(String[] w, int start, int k, String word) {
        String unit = DateWords.at(w, k);
        boolean past = word.equals("past");
        YearMonth month = YearMonth.from(today);
        Period p = switch (unit) {
            case "week" -> past ? days(7) : Period.weekOf(today.minusWeeks(1));
            case "fortnight" -> days(14);
            case "month" -> Period.month(month.minusMonths(1));
            // "past year" is the last 12 full months, like "past 12 months"; "last year" is the calendar year
            case "year" -> past ? fullMonths(12) : Period.year(today.getYear() - 1);
            case "quarter" -> {
                LocalDate previous = today.minusMonths(3);
                yield Period.quarter(previous.getYear(), previous.get(IsoFields.QUARTER_OF_YEAR));
            }
            case "weekend" -> weekend(today.minusWeeks(1));
            default -> null;
        };
        if (p == null) {
            return null;
        }
        boolean span = past && (unit.equals("week") || unit.equals("year")) || unit.equals("fortnight");
        String rule = (past && (unit.equals("week") || unit.equals("year")) ? "past-" : "last-") + unit;
        return fixed(p, span ? Grain.SPAN : grain(unit), start, k + 1, rule);
    }

    /** "last 30 days", "past 2 weeks", "last 6 months", "previous 2 years", "last 4 quarters". */
    private Candidate lastN(String[] w, int start, int k) {
        int n = Numbers.intValue(DateWords.at(w, k));
        if (n < 1 || n > 100_000) {
            return null;
        }
        String unit = DateWords.at(w, k + 1);
        Period p = switch (unit) {
            case "day", "days" -> days(n);
            case "week", "weeks" -> days(7L * n);
            case "fortnight", "fortnights" -> days(14L * n);
            case "month", "months" -> fullMonths(Math.min(n, 2400));
            case "quarter", "quarters" -> {
                LocalDate firstOfQuarter = Period.quarter(today.getYear(), today.get(IsoFields.QUARTER_OF_YEAR)).from();
                yield new Period(firstOfQuarter.minusMonths(3L * Math.min(n, 800)), firstOfQuarter.minusDays(1));
            }
            case "year", "years" -> new Period(LocalDate.of(today.getYear() - Math.min(n, 200), 1, 1),
                    LocalDate.of(today.getYear() - 1, 12, 31));
            default -> null;
        };
        if (p == null) {
            return null;
        }
        String rule = switch (unit) {
            case "day", "days" -> "last-n-days";
            case "week", "weeks", "fortnight", "fortnights" -> "last-n-weeks";
            case "month", "months" -> "last-n-months";
            case "quarter", "quarters" -> "last-n-quarters";
            default -> "last-n-years";
        };
        return fixed(p, Grain.SPAN, start, k + 2, rule);
    }

    /** From the start of the current week, month, quarter or year to today. */
    private Candidate soFar(String unit, int start, int end) {
        Period p = current(unit);
        if (p == null || unit.equals("weekend")) {
            return null;
        }
        String rule = unit.equals("year") ? "year-to-date" : unit + "-so-far";
        return fixed(new Period(p.from(), today), Grain.SPAN, start, end, rule);
    }

    private Period days(long n) {
        return new Period(today.minusDays(Math.min(n, 1_000_000) - 1), today);
    }

    /** The n full calendar months before the current one. */
    private Period fullMonths(int n) {
        YearMonth current = YearMonth.from(today);
        return new Period(current.minusMonths(n).atDay(1), current.minusMonths(1).atEndOfMonth());
    }

    /** Saturday and Sunday of the Monday-to-Sunday week containing the day. */
    private static Period weekend(LocalDate day) {
        LocalDate monday = Period.weekOf(day).from();
        return new Period(monday.plusDays(5), monday.plusDays(6));
    }

    private static Candidate fixed(Period p, Grain grain, int start, int end, String rule) {
        return Candidate.relative(TimeValue.fixed(p, grain), start, end, rule);
    }
}
