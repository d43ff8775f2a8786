package io.spendsense.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * An inclusive range of days. Both ends null means all time; one end null means open on that side.
 */
public record Period(LocalDate from, LocalDate to) {
    public static final Period ALL_TIME = new Period(null, null);

    public Period {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(Texts.format("period.endsBeforeStart", to, from));
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException(Texts.get("period.badQuarter"));
        }
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** Monday to Sunday of the week containing the day. */
    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    public boolean isAllTime() {
        return from == null && to == null;
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Number of days in the period, or -1 when it is open on either side. */
    public long days() {
        return from == null || to == null ? -1 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether the period is exactly one calendar month. */
    public boolean isWholeMonth() {
        return from != null && to != null && from.getDayOfMonth() == 1
                && YearMonth.from(from).equals(YearMonth.from(to)) && to.equals(YearMonth.from(from).atEndOfMonth());
    }

    /** Whether the period is exactly one calendar year. */
    public boolean isWholeYear() {
        return from != null && to != null && from.getDayOfYear() == 1 && from.getYear() == to.getYear()
                && to.getMonthValue() == 12 && to.getDayOfMonth() == 31;
    }

    public Period withTo(LocalDate newTo) {
        return new Period(from, newTo);
    }

    @Override
    public String toString() {
        return isAllTime() ? "all time" : Objects.toString(from, "…") + ".." + Objects.toString(to, "…");
    }
}
