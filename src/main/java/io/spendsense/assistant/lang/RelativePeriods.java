package io.spendsense.assistant.lang;

import io.spendsense.domain.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Periods counted from today: "today", "yesterday", "this week", "last month", "so far this year", "the last 30 days",
 * "past 6 months", "last weekend", "last monday", "3 days ago".
 */
final class RelativePeriods {
    private static final Set<String> LAST = Set.of("last", "previous", "past", "prior");
    private static final Set<String> THIS = Set.of("this", "current");

    private final LocalDate today;

    RelativePeriods(LocalDate today) {
        this.today = today;
    }

    Candidate parse(String[] w, int i) {
        String a = DateWords.at(w, i);
        if (a.equals("today")) {
            return Candidate.fixed(Period.day(today), i, i + 1, "today");
        }
        if (a.equals("yesterday")) {
            return Candidate.fixed(Period.day(today.minusDays(1)), i, i + 1, "yesterday");
        }
        if (a.equals("ytd")) {
            return Candidate.fixed(new Period(today.withDayOfYear(1), today), i, i + 1, "year-to-date");
        }
        if (a.equals("mtd")) {
            return Candidate.fixed(new Period(today.withDayOfMonth(1), today), i, i + 1, "month-so-far");
        }
        int k = a.equals("the") ? i + 1 : i;
        String b = DateWords.at(w, k);
        if (b.equals("day") && DateWords.at(w, k + 1).equals("before") && DateWords.at(w, k + 2).equals("yesterday")) {
            return Candidate.fixed(Period.day(today.minusDays(2)), i, k + 3, "day-before-yesterday");
        }
        if (DateWords.at(w, k + 1).equals("before") && DateWords.at(w, k + 2).equals("last")) {
            Period p = switch (b) {
                case "week" -> Period.weekOf(today.minusWeeks(2));
                case "month" -> Period.month(YearMonth.from(today).minusMonths(2));
                case "year" -> Period.year(today.getYear() - 2);
                default -> null;
            };
            if (p != null) {
                return Candidate.fixed(p, i, k + 3, b + "-before-last");
            }
        }
        if (THIS.contains(b)) {
            return thisUnit(w, i, k + 1);
        }
        if (LAST.contains(b)) {
            return Candidate.longer(lastN(w, i, k + 1, b), lastUnit(w, i, k + 1, b));
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
        int n = Numbers.intValue(b);
        if (n >= 0 && n < 100_000 && DateWords.at(w, k + 2).equals("ago")) {
            String unit = DateWords.at(w, k + 1);
            if (unit.equals("days") || unit.equals("day")) {
                return Candidate.fixed(Period.day(today.minusDays(n)), i, k + 3, "days-ago");
            }
        }
        return null;
    }

    /** "this week", "this month so far", "this weekend", "this monday", "this march". */
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
        Period p = switch (unit) {
            case "week" -> Period.weekOf(today);
            case "month" -> Period.month(YearMonth.from(today));
            case "year" -> Period.year(today.getYear());
            case "quarter" -> Period.quarter(today.getYear(), today.get(IsoFields.QUARTER_OF_YEAR));
            case "weekend" -> weekend(today);
            default -> null;
        };
        if (p != null) {
            return Candidate.fixed(p, start, k + 1, "this-" + unit);
        }
        DayOfWeek day = DateWords.weekday(unit);
        if (day != null) {
            LocalDate d = Period.weekOf(today).from().with(TemporalAdjusters.nextOrSame(day));
            return Candidate.fixed(Period.day(d), start, k + 1, "this-weekday");
        }
        int month = DateWords.month(unit);
        if (month > 0) {
            return Candidate.fixed(Period.month(YearMonth.of(today.getYear(), month)), start, k + 1, "this-month-name");
        }
        return null;
    }

    /** "last week", "past week", "last month", "past year", "last quarter", "last weekend", "last monday". */
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
        if (p != null) {
            String rule = (past && (unit.equals("week") || unit.equals("year")) ? "past-" : "last-") + unit;
            return Candidate.fixed(p, start, k + 1, rule);
        }
        DayOfWeek day = DateWords.weekday(unit);
        if (day != null) {
            return Candidate.fixed(Period.day(today.with(TemporalAdjusters.previous(day))), start, k + 1,
                    "last-weekday");
        }
        int m = DateWords.month(unit);
        if (m > 0) {
            // the latest such month before the current one: in March, "last march" is March a year ago
            YearMonth latest = YearMonth.of(today.getYear(), m);
            if (!latest.isBefore(month)) {
                latest = latest.minusYears(1);
            }
            return Candidate.fixed(Period.month(latest), start, k + 1, "last-month-name");
        }
        return null;
    }

    /** "last 30 days", "past 2 weeks", "last 6 months", "previous 2 years", "last 4 quarters". */
    private Candidate lastN(String[] w, int start, int k, String word) {
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
        return Candidate.fixed(p, start, k + 2, rule);
    }

    /** From the start of the current week, month, quarter or year to today. */
    private Candidate soFar(String unit, int start, int end) {
        Period p = switch (unit) {
            case "week" -> new Period(Period.weekOf(today).from(), today);
            case "month" -> new Period(today.withDayOfMonth(1), today);
            case "quarter" -> new Period(Period.quarter(today.getYear(), today.get(IsoFields.QUARTER_OF_YEAR)).from(),
                    today);
            case "year" -> new Period(today.withDayOfYear(1), today);
            default -> null;
        };
        String rule = unit.equals("year") ? "year-to-date" : unit + "-so-far";
        return p == null ? null : Candidate.fixed(p, start, end, rule);
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
}
