package io.spendsense.ui.expenses;

import java.time.LocalDate;
import java.time.YearMonth;

import io.spendsense.domain.Period;

/** The period choices of the filter bar, turned into a {@link Period} relative to today. */
public enum PeriodPreset {
    ALL("All time"),
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    THIS_YEAR("This year"),
    LAST_12_MONTHS("Last 12 months"),
    CUSTOM("Custom range");

    private final String label;

    PeriodPreset(String label) {
        this.label = label;
    }

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

    @Override
    public String toString() {
        return label;
    }
}
