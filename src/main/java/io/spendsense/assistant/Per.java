package io.spendsense.assistant;

import java.util.Locale;

/** The unit of an average: per expense, day, week (7 days) or calendar month. */
public enum Per {
    EXPENSE, DAY, WEEK, MONTH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
