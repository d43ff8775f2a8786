package io.spendsense.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When a recurring expense falls due. Every date is computed from the start date (never from the previous
 * occurrence), so a short month or a leap day does not make the schedule drift.
 *
 * <ul>
 *   <li>MONTHLY: on day {@code day} of every {@code every}-th month from the start month; the month's last day when
 *       it has fewer days (31 → Feb 28 or 29, Apr 30);</li>
 *   <li>WEEKLY: on weekday {@code day} (1 = Monday … 7 = Sunday), every {@code every} weeks from the first such
 *       weekday on or after the start;</li>
 *   <li>YEARLY: on the start date's month and day each {@code every} years; Feb 29 falls on Feb 28 in other years;</li>
 *   <li>DAILY: every {@code every} days from the start.</li>
 * </ul>
 */
public record Schedule(Kind kind, int every, int day) {
    public enum Kind { MONTHLY, WEEKLY, YEARLY, DAILY }

    public Schedule {
        if (every < 1 || every > 366) {
            throw new IllegalArgumentException(Texts.format("schedule.badEvery", every));
        }
        if (kind == Kind.MONTHLY && (day < 1 || day > 31)) {
            throw new IllegalArgumentException(Texts.format("schedule.badMonthDay", day));
        }
        if (kind == Kind.WEEKLY && (day < 1 || day > 7)) {
            throw new IllegalArgumentException(Texts.format("schedule.badWeekday", day));
        }
    }

    public static Schedule monthly(int dayOfMonth) {
        return new Schedule(Kind.MONTHLY, 1, dayOfMonth);
    }

    public static Schedule weekly(DayOfWeek weekday, int everyWeeks) {
        return new Schedule(Kind.WEEKLY, everyWeeks, weekday.getValue());
    }

    public static Schedule yearly() {
        return new Schedule(Kind.YEARLY, 1, 0);
    }

    public static Schedule everyDays(int days) {
        return new Schedule(Kind.DAILY, days, 0);
    }

    /**
     * Reads the command line's form: {@code monthly:31}, {@code weekly:mon}, {@code weekly:fri:2} (every 2 weeks),
     * {@code yearly}, {@code days:10}.
     */
    public static Schedule parse(String text) {
        String[] p = text.strip().toLowerCase(Locale.ROOT).split(":");
        try {
            return switch (p[0]) {
                case "monthly" -> p.length == 2 ? monthly(Integer.parseInt(p[1])) : bad(text);
                case "weekly" -> p.length == 2 || p.length == 3
                        ? weekly(weekday(p[1]), p.length == 3 ? Integer.parseInt(p[2]) : 1) : bad(text);
                case "yearly" -> p.length == 1 ? yearly() : bad(text);
                case "days" -> p.length == 2 ? everyDays(Integer.parseInt(p[1])) : bad(text);
                default -> bad(text);
            };
        } catch (NumberFormatException e) {
            return bad(text);
        }
    }

    private static DayOfWeek weekday(String s) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (s.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException(Texts.format("schedule.notAWeekday", s));
    }

    private static Schedule bad(String text) {
        throw new IllegalArgumentException(Texts.format("schedule.notASchedule", text));
    }

    /** The command line's form, as {@link #parse} reads it. */
    public String code() {
        return switch (kind) {
            case MONTHLY -> "monthly:" + day;
            case WEEKLY -> "weekly:" + DayOfWeek.of(day).name().substring(0, 3).toLowerCase(Locale.ROOT)
                    + (every == 1 ? "" : ":" + every);
            case YEARLY -> "yearly";
            case DAILY -> "days:" + every;
        };
    }

    /**
     * In words: "monthly on day 31", "every 2 weeks on Friday", "yearly on Feb 29", "every 10 days"; day and month
     * names in the language of the {@link Texts} bundle.
     */
    public String describe(LocalDate start) {
        return switch (kind) {
            case MONTHLY -> Texts.format("schedule.monthly", day);
            case WEEKLY -> Texts.format("schedule.weekly", every,
                    DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Texts.locale()));
            case YEARLY -> Texts.format("schedule.yearly", start.getMonth().getDisplayName(TextStyle.SHORT,
                    Texts.locale()), start.getDayOfMonth());
            case DAILY -> Texts.format("schedule.everyDays", every);
        };
    }

    /**
     * The due dates between {@code from} and {@code to} (inclusive), within the start date and the optional end date.
     */
    public List<LocalDate> dates(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        var dates = new ArrayList<LocalDate>();
        LocalDate first = from.isBefore(start) ? start : from;
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        if (last.isBefore(first)) {
            return dates;
        }
        long k = Math.max(0, firstIndex(start, first) - 1);
        for (LocalDate d = nth(start, k); !d.isAfter(last); d = nth(start, ++k)) {
            if (!d.isBefore(first)) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** The k-th due date (k = 0 is the first), computed from the start. */
    LocalDate nth(LocalDate start, long k) {
        return switch (kind) {
            case MONTHLY -> {
                YearMonth m = YearMonth.from(start).plusMonths(k * every + (start.getDayOfMonth() > dayIn(YearMonth
                        .from(start)) ? 1 : 0));
                yield m.atDay(dayIn(m));
            }
            case WEEKLY -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(day))).plusWeeks(k * every);
            case YEARLY -> start.plusYears(k * every);
            case DAILY -> start.plusDays(k * every);
        };
    }

    private int dayIn(YearMonth m) {
        return Math.min(day, m.lengthOfMonth());
    }

    /** A lower estimate of the index of the first due date on or after {@code from}, so long spans skip ahead. */
    private long firstIndex(LocalDate start, LocalDate from) {
        long days = ChronoUnit.DAYS.between(start, from);
        return switch (kind) {
            case MONTHLY -> ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(from)) / every - 1;
            case WEEKLY -> days / (7L * every) - 1;
            case YEARLY -> (from.getYear() - start.getYear()) / every - 1;
            case DAILY -> days / every;
        };
    }
}
