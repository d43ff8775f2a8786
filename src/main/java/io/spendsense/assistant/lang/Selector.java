package io.spendsense.assistant.lang;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import io.spendsense.domain.Period;

/**
 * An operator of the time algebra that takes a part of a value: "the 20th of", "the last Friday of", "Monday of",
 * "the weekend of", "early" / "mid" / "late" / "the beginning of" / "the end of", "the first week of". It applies to
 * some grains only ({@link #accepts}); applied to an interval it gives the part, or null when there is none (the
 * 31st of a 30-day month), and {@link #whyNot} says why.
 */
interface Selector {
    boolean accepts(Grain g);

    Period apply(Period p, Grain g);

    Grain grain();

    default String whyNot(Period p, Grain g) {
        return "there is no such day in " + Selector.describe(p, g);
    }

    /** "February 2026", "2025", "2026-03-01..2026-03-31". */
    static String describe(Period p, Grain g) {
        if (g == Grain.MONTH || p.isWholeMonth()) {
            return p.from().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + p.from().getYear();
        }
        return p.isWholeYear() ? String.valueOf(p.from().getYear()) : p.toString();
    }

    /** "the 20th of": that day of a month. */
    record DayOfMonth(int day) implements Selector {
        public boolean accepts(Grain g) {
            return g == Grain.MONTH;
        }

        public Period apply(Period p, Grain g) {
            LocalDate d = DateWords.dateOrNull(p.from().getYear(), p.from().getMonthValue(), day);
            return d == null ? null : Period.day(d);
        }

        public Grain grain() {
            return Grain.DAY;
        }

        @Override
        public String whyNot(Period p, Grain g) {
            return describe(p, g) + " has no " + ordinal(day) + " (it has " + YearMonth.from(p.from()).lengthOfMonth()
                    + " days)";
        }
    }

    /** "the second Saturday of", "the last Friday of": n from 1 to 5, or -1 for the last. */
    record NthWeekday(int n, DayOfWeek day) implements Selector {
        public boolean accepts(Grain g) {
            return g.monthOrLonger();
        }

        public Period apply(Period p, Grain g) {
            LocalDate d = n > 0 ? p.from().with(TemporalAdjusters.nextOrSame(day)).plusWeeks(n - 1L)
                    : p.to().with(TemporalAdjusters.previousOrSame(day));
            return p.contains(d) ? Period.day(d) : null;
        }

        public Grain grain() {
            return Grain.DAY;
        }

        @Override
        public String whyNot(Period p, Grain g) {
            return describe(p, g) + " has no " + (n > 0 ? ordinalWord(n) : "last") + " "
                    + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /** "Monday of this week": that day of a Monday-to-Sunday week. */
    record WeekdayOf(DayOfWeek day) implements Selector {
        public boolean accepts(Grain g) {
            return g == Grain.WEEK;
        }

        public Period apply(Period p, Grain g) {
            return Period.day(p.from().with(TemporalAdjusters.nextOrSame(day)));
        }

        public Grain grain() {
            return Grain.DAY;
        }
    }

    /** "the weekend of Feb 14": Saturday and Sunday of the day's (or the week's) Monday-to-Sunday week. */
    record WeekendOf() implements Selector {
        public boolean accepts(Grain g) {
            return g == Grain.DAY || g == Grain.WEEK;
        }

        public Period apply(Period p, Grain g) {
            LocalDate monday = Period.weekOf(p.from()).from();
            return new Period(monday.plusDays(5), monday.plusDays(6));
        }

        public Grain grain() {
            return Grain.SPAN;
        }
    }

    /** "the week of March 2": the Monday-to-Sunday week of a day. */
    record WeekOf() implements Selector {
        public boolean accepts(Grain g) {
            return g == Grain.DAY;
        }

        public Period apply(Period p, Grain g) {
            return Period.weekOf(p.from());
        }

        public Grain grain() {
            return Grain.WEEK;
        }
    }

    /** "Friday the 13th", "Monday, March 2": the day, when it falls on that weekday. */
    record OnWeekday(DayOfWeek day) implements Selector {
        public boolean accepts(Grain g) {
            return g == Grain.DAY;
        }

        public Period apply(Period p, Grain g) {
            return p.from().getDayOfWeek() == day ? p : null;
        }

        public Grain grain() {
            return Grain.DAY;
        }

        @Override
        public String whyNot(Period p, Grain g) {
            return p.from() + " is a " + p.from().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + ", not a " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /**
     * early / beginning, mid, late / end: days 1–10, 11–20, 21–last of a month; January–April, May–August,
     * September–December of a year; Monday–Wednesday and Friday–Sunday of a week (a week has no middle); the first,
     * second and third month of a quarter.
     */
    record Part(int third) implements Selector {
        static final int EARLY = 0;
        static final int MID = 1;
        static final int LATE = 2;

        public boolean accepts(Grain g) {
            return g == Grain.MONTH || g == Grain.YEAR || g == Grain.QUARTER || g == Grain.WEEK && third != MID;
        }

        public Period apply(Period p, Grain g) {
            LocalDate a = p.from();
            return switch (g) {
                case WEEK -> third == EARLY ? new Period(a, a.plusDays(2)) : new Period(a.plusDays(4), a.plusDays(6));
                case MONTH -> third == LATE ? new Period(a.withDayOfMonth(21), p.to())
                        : new Period(a.withDayOfMonth(1 + 10 * third), a.withDayOfMonth(10 + 10 * third));
                case QUARTER -> Period.month(YearMonth.from(a).plusMonths(third));
                default -> new Period(YearMonth.of(a.getYear(), 1 + 4 * third).atDay(1),
                        YearMonth.of(a.getYear(), 4 + 4 * third).atEndOfMonth());
            };
        }

        public Grain grain() {
            return Grain.SPAN;
        }
    }

    /** "the first week of March", "the last day of last month", "the last quarter of 2025". */
    record FirstOrLast(boolean first, String unit) implements Selector {
        public boolean accepts(Grain g) {
            return switch (unit) {
                case "day" -> g != Grain.DAY;
                case "week" -> g != Grain.DAY && g != Grain.WEEK;
                case "month" -> g.monthOrLonger() && g != Grain.MONTH || g == Grain.SPAN;
                default -> g == Grain.HALF || g == Grain.YEAR || g == Grain.SPAN;
            };
        }

        public Period apply(Period p, Grain g) {
            LocalDate edge = first ? p.from() : p.to();
            Period part = switch (unit) {
                case "day" -> Period.day(edge);
                case "week" -> first ? new Period(edge, min(edge.plusDays(6), p.to()))
                        : new Period(max(edge.minusDays(6), p.from()), edge);
                case "month" -> Period.month(YearMonth.from(edge));
                default -> Period.quarter(edge.getYear(), edge.get(IsoFields.QUARTER_OF_YEAR));
            };
            return part.days() < p.days() && !part.from().isBefore(p.from()) && !part.to().isAfter(p.to())
                    ? part : null;
        }

        public Grain grain() {
            return switch (unit) {
                case "day" -> Grain.DAY;
                case "month" -> Grain.MONTH;
                case "quarter" -> Grain.QUARTER;
                default -> Grain.SPAN;
            };
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String ordinalWord(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            case 4 -> "fourth";
            default -> "fifth";
        };
    }
}
