package io.spendsense.ui.expenses;

import java.time.LocalDate;
import java.time.YearMonth;

import io.spendsense.domain.Period;
import io.spendsense.ui.common.Messages;

/** The period choices of the filter bar, turned into a {@link Period} relative to today. */
public enum PeriodPreset {
    ALL,
    THIS_MONTH,
    LAST_MONTH,
    THIS_YEAR,
    LAST_12_MONTHS,
    CUSTOM;

    /** The period for {@code today}; CUSTOM uses {@code from}/{@code to} (either may be null = open). */
    public Period toPeriod(LocalDate today, LocalDate from, LocalDate to) {
        YearMonth month = YearMonth.from(today);
        return switch (this) {
            case ALL -> Period.ALL_TIME;
            case THIS_MONTH -> Period.month(month);
            case LAST_MONTH -> Period.month(month.minusMonths(1));
            case THIS_YEAR -> Period.year(today.getYear());
            case LAST_12_MONTHS -> new Period(month.minusMonths(11).atDay(1), month.atEndOfMonth());
            case CUSTOM -> from != null && to != null
                    && to.isBefore(from) ? new Period(to, from) : new Period(from, to);
        };
    }

    /** The chooser shows the bundle's words for the choice. */
    @Override
    public String toString() {
        return switch (this) {
            case ALL -> Messages.get("period.all");
            case THIS_MONTH -> Messages.get("period.thisMonth");
            case LAST_MONTH -> Messages.get("period.lastMonth");
            case THIS_YEAR -> Messages.get("period.thisYear");
            case LAST_12_MONTHS -> Messages.get("period.last12Months");
            case CUSTOM -> Messages.get("period.custom");
        };
    }
}
