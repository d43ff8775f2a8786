package io.spendsense.assistant.lang;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import io.spendsense.domain.Period;

/**
 * The atoms of the time grammar that the calendar names: days ("March 14, 2026", "14 March", "2026-03-02",
 * "03/14/2026", "14.03.2026", "on the 3rd"), months ("December 2025", "dec", "2025-12", "12/2025", "2025/12"), years,
 * quarters, halves and weekdays. A value without a year is cyclic (see {@link TimeValue}); a date that cannot be
 * ("April 31", "2026-02-30") is a {@link TimeValue.None}.
 */
final class AbsoluteDates {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR_SLASH_MONTH = Pattern.compile("(\\d{4})/(\\d{1,2})");
    private static final Pattern SLASH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    private static final Pattern SLASH_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
    private static final Pattern QUARTER_TOKEN = Pattern.compile("q([1-4])");
    private static final Pattern HALF_TOKEN = Pattern.compile("h([12])");

    private static final Set<String> DAY_OF_MONTH_BEFORE = Set.of("on", "since", "from", "to", "between", "and",
            "until", "till", "through", "thru", "about");
    private static final Set<String> UNIT_AFTER = Set.of("quarter", "half", "week", "month", "day", "year", "time",
            "biggest", "largest", "most", "one");

    private final LocalDate today;

    AbsoluteDates(LocalDate today) {
        this.today = today;
    }

    /** The longest calendar value starting at token i, or null. */
    Candidate parse(String[] w, int i) {
        Candidate best = numeric(w, i);
        best = Candidate.longer(best, monthFirst(w, i));
        best = Candidate.longer(best, dayFirst(w, i));
        best = Candidate.longer(best, quarterOrHalf(w, i));
        best = Candidate.longer(best, yearFirst(w, i));
        best = Candidate.longer(best, weekday(w, i));
        return best;
    }

    private Candidate numeric(String[] w, int i) {
        String t = DateWords.at(w, i);
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        var m = ISO_DAY.matcher(t);
        if (m.matches()) {
            return day(num(m.group(1)), num(m.group(2)), num(m.group(3)), i, i + 1, "iso-date");
        }
        m = ISO_MONTH.matcher(t);
        if (m.matches()) {
            return month(num(m.group(1)), num(m.group(2)), i, i + 1, "iso-month");
        }
        m = YEAR_SLASH_MONTH.matcher(t);
        if (m.matches()) {
            return month(num(m.group(1)), num(m.group(2)), i, i + 1, "numeric-month");
        }
        m = SLASH_MONTH.matcher(t);
        if (m.matches()) {
            return month(num(m.group(2)), num(m.group(1)), i, i + 1, "numeric-month");
        }
        m = SLASH_DAY.matcher(t);
        if (m.matches()) {
            // US order (month/day); a first number above 12 can only be a day, so 14/03/2026 still reads
            int a = num(m.group(1));
            int b = num(m.group(2));
            int month = a > 12 ? b : a;
            int dayOfMonth = a > 12 ? a : b;
            if (m.group(3) == null) {
                return yearlyDay(month, dayOfMonth, i, i + 1, "us-date");
            }
            return day(fullYear(m.group(3)), month, dayOfMonth, i, i + 1, "us-date");
        }
        m = DOTTED_DAY.matcher(t);
        if (m.matches()) {
            return day(fullYear(m.group(3)), num(m.group(2)), num(m.group(1)), i, i + 1, "dotted-date");
        }
        return null;
    }

    /** "march", "march 14", "march 14 2026", "march 2025", "march of 2025". */
    private Candidate monthFirst(String[] w, int i) {
        int month = DateWords.month(DateWords.at(w, i));
        if (month == 0) {
            return null;
        }
        int[] day = DateWords.dayNumber(w, i + 1);
        if (day != null) {
            int year = DateWords.year(w, day[1]);
            int end = day[1] + 1;
            if (year < 0 && DateWords.at(w, day[1]).equals("of")) {
                year = DateWords.year(w, day[1] + 1);
                end = day[1] + 2;
            }
            if (year > 0) {
                return day(year, month, day[0], i, end, "month-day-year");
            }
            return yearlyDay(month, day[0], i, day[1], "month-day");
        }
        int yearAt = DateWords.at(w, i + 1).equals("of") ? i + 2 : i + 1;
        int year = DateWords.year(w, yearAt);
        if (year > 0) {
            return month(year, month, i, yearAt + 1, "month-year");
        }
        // "may I", "march on": a month only after a date word, or before "this year" / "last year"
        if (DateWords.isAmbiguousMonth(w[i]) && !DateWords.DATE_PREPOSITIONS.contains(DateWords.at(w, i - 1))
                && w.length > 1 && (yearReference(w, i + 1) == null || DateWords.at(w, i + 1).equals("the"))) {
            return null;
        }
        return Candidate.calendar(monthOfYear(month), i, i + 1, "month-name-alone");
    }

    /** "14 march", "14 march 2026", "the 3rd of may", "first of march 2025", and "on the 3rd". */
    private Candidate dayFirst(String[] w, int i) {
        int k = DateWords.at(w, i).equals("the") ? i + 1 : i;
        int[] day = DateWords.dayNumber(w, k);
        if (day == null) {
            return null;
        }
        int monthAt = DateWords.at(w, day[1]).equals("of") ? day[1] + 1 : day[1];
        int month = DateWords.month(DateWords.at(w, monthAt));
        if (month == 0) {
            return k > i && DAY_OF_MONTH_BEFORE.contains(DateWords.at(w, i - 1))
                    && !DateWords.at(w, day[1]).equals("of") && !UNIT_AFTER.contains(DateWords.at(w, day[1]))
                    ? dayOfAnyMonth(day[0], i, day[1]) : null;
        }
        int year = DateWords.year(w, monthAt + 1);
        if (year > 0) {
            return day(year, month, day[0], i, monthAt + 2, "day-month-year");
        }
        return yearlyDay(month, day[0], i, monthAt + 1, "day-month");
    }

    /** "on the 3rd", "since the first": that day of every month; past bias makes it the latest one begun. */
    static Candidate dayOfAnyMonth(int dayOfMonth, int start, int end) {
        var value = new TimeValue.Cyclic(Cycle.MONTH, Grain.DAY, i -> {
            LocalDate d = DateWords.dateOrNull((int) Math.floorDiv(i, 12), (int) Math.floorMod(i, 12) + 1, dayOfMonth);
            return d == null ? null : Period.day(d);
        });
        return Candidate.day(value, start, end, "day-of-month", dayOfMonth, null, true);
    }

    /** "q4", "q4 2025", "the fourth quarter of 2025", "first quarter", "h1 2025", "second half of 2025". */
    private Candidate quarterOrHalf(String[] w, int i) {
        int k = DateWords.at(w, i).equals("the") ? i + 1 : i;
        String t = DateWords.at(w, k);
        int quarter = 0;
        int half = 0;
        int next;
        var q = QUARTER_TOKEN.matcher(t);
        var h = HALF_TOKEN.matcher(t);
        if (q.matches()) {
            quarter = num(q.group(1));
            next = k + 1;
        } else if (h.matches()) {
            half = num(h.group(1));
            next = k + 1;
        } else {
            int ordinal = DateWords.smallOrdinal(t);
            String unit = DateWords.at(w, k + 1);
            if (ordinal == 0 || !unit.equals("quarter") && !(unit.equals("half") && ordinal <= 2)) {
                return null;
            }
            quarter = unit.equals("quarter") ? ordinal : 0;
            half = unit.equals("half") ? ordinal : 0;
            next = k + 2;
        }
        int yearAt = DateWords.at(w, next).equals("of") ? next + 1 : next;
        int[] year = yearReference(w, yearAt);
        String kind = quarter > 0 ? "quarter" : "half";
        Grain grain = quarter > 0 ? Grain.QUARTER : Grain.HALF;
        int qq = quarter;
        int hh = half;
        IntFunction<Period> place = y -> qq > 0 ? Period.quarter(y, qq) : half(y, hh);
        if (year != null) {
            return Candidate.calendar(TimeValue.fixed(place.apply(year[0]), grain), i, year[1], kind + "-year");
        }
        return Candidate.calendar(TimeValue.yearly(grain, y -> place.apply((int) y)), i, next, kind + "-alone");
    }

    /** "2025", and "2025 q4" / "2025-h1" written year first. */
    private Candidate yearFirst(String[] w, int i) {
        int year = DateWords.year(w, i);
        if (year < 0) {
            return null;
        }
        var q = QUARTER_TOKEN.matcher(DateWords.at(w, i + 1));
        if (q.matches()) {
            return Candidate.calendar(TimeValue.fixed(Period.quarter(year, num(q.group(1))), Grain.QUARTER), i, i + 2,
                    "quarter-year");
        }
        var h = HALF_TOKEN.matcher(DateWords.at(w, i + 1));
        if (h.matches()) {
            return Candidate.calendar(TimeValue.fixed(half(year, num(h.group(1))), Grain.HALF), i, i + 2, "half-year");
        }
        return Candidate.calendar(TimeValue.fixed(Period.year(year), Grain.YEAR), i, i + 1, "year");
    }

    /** "monday" (or "on mon"): every Monday; past bias makes it the latest one, today included. */
    private Candidate weekday(String[] w, int i) {
        DayOfWeek day = DateWords.weekday(DateWords.at(w, i));
        if (day == null || DateWords.isWeekdayAbbreviation(w[i])
                && !DateWords.DATE_PREPOSITIONS.contains(DateWords.at(w, i - 1))) {
            return null;
        }
        return Candidate.calendar(weekdayOfEveryWeek(day), i, i + 1, "weekday");
    }

    static TimeValue weekdayOfEveryWeek(DayOfWeek day) {
        return new TimeValue.Cyclic(Cycle.WEEK, Grain.DAY,
                i -> Period.day(LocalDate.ofEpochDay(i * 7 - 3).with(TemporalAdjusters.nextOrSame(day))));
    }

    /** A year written at i ("2025", "this year", "last year", "the year"): {year, end} or null. */
    int[] yearReference(String[] w, int i) {
        int year = DateWords.year(w, i);
        if (year > 0) {
            return new int[] {year, i + 1};
        }
        String a = DateWords.at(w, i);
        if (DateWords.at(w, i + 1).equals("year")) {
            return switch (a) {
                case "this", "the", "current" -> new int[] {today.getYear(), i + 2};
                case "last", "previous" -> new int[] {today.getYear() - 1, i + 2};
                default -> null;
            };
        }
        return null;
    }

    /** A month of every year ("March"). */
    static TimeValue monthOfYear(int month) {
        return TimeValue.yearly(Grain.MONTH, y -> Period.month(YearMonth.of((int) y, month)));
    }

    /** A day of a given year; no day when the month has no such day ("2026-02-30"), null when it is no date at all. */
    private static Candidate day(int year, int month, int dayOfMonth, int start, int end, String rule) {
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || year < 1 || year > 9999) {
            return null;
        }
        LocalDate date = DateWords.dateOrNull(year, month, dayOfMonth);
        TimeValue anchor = TimeValue.fixed(Period.month(YearMonth.of(year, month)), Grain.MONTH);
        TimeValue value = date == null
                ? new TimeValue.None(new Selector.DayOfMonth(dayOfMonth).whyNot(Period.month(YearMonth.of(year, month)),
                        Grain.MONTH), Grain.DAY)
                : TimeValue.fixed(Period.day(date), Grain.DAY);
        return Candidate.day(value, start, end, rule, dayOfMonth, anchor, true);
    }

    /** A day of every year ("March 14"); past bias makes it the latest one not after today (Feb 29: a leap day). */
    private static Candidate yearlyDay(int month, int dayOfMonth, int start, int end, String rule) {
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
            return null;
        }
        var name = java.time.Month.of(month);
        TimeValue value = dayOfMonth > name.maxLength()
                ? new TimeValue.None(name.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + (month == 2 ? " has at most 29 days" : " has only " + name.maxLength() + " days"), Grain.DAY)
                : monthOfYear(month).select(new Selector.DayOfMonth(dayOfMonth));
        return Candidate.day(value, start, end, rule, dayOfMonth, monthOfYear(month), true);
    }

    private static Candidate month(int year, int month, int start, int end, String rule) {
        if (month < 1 || month > 12 || year < DateWords.MIN_YEAR || year > DateWords.MAX_YEAR) {
            return null;
        }
        return Candidate.calendar(TimeValue.fixed(Period.month(YearMonth.of(year, month)), Grain.MONTH), start, end,
                rule);
    }

    static Period half(int year, int half) {
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new Period(first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    /** A two-digit year is the latest year with those last digits that is not after this year ('74 → 1974). */
    private int fullYear(String digits) {
        int y = num(digits);
        return digits.length() == 2 ? DateWords.latestYearEndingIn(y, today) : y;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
