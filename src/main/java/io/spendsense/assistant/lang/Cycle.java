package io.spendsense.assistant.lang;

import java.time.LocalDate;

/**
 * How a cyclic time value recurs: "Monday" every week, "the 3rd" every month, "March", "Christmas" or "summer" every
 * year. Occurrences are numbered: weeks from the epoch, months as {@code year * 12 + month - 1}, years by their number.
 */
enum Cycle {
    WEEK(8), MONTH(24), YEAR(40);

    /** How many occurrences the past-bias search looks back: a fifth Friday or a leap day can be a while ago. */
    final int lookBack;

    Cycle(int lookBack) {
        this.lookBack = lookBack;
    }

    /** The number of the occurrence that contains the day. */
    long index(LocalDate day) {
        return switch (this) {
            // 1970-01-01 is a Thursday: the Monday of its week is day -3
            case WEEK -> Math.floorDiv(day.toEpochDay() + 3, 7);
            case MONTH -> day.getYear() * 12L + day.getMonthValue() - 1;
            case YEAR -> day.getYear();
        };
    }
}
