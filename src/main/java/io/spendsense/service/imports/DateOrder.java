package io.spendsense.service.imports;

import java.util.Locale;

/** The order of day and month in numeric dates such as 03/04/2024. */
public enum DateOrder {
    DAY_FIRST("day first"),
    MONTH_FIRST("month first");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a --date-order value: dmy or mdy (also day-first, month-first). */
    public static DateOrder parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "dmy", "day-first", "dd/mm" -> DAY_FIRST;
            case "mdy", "month-first", "mm/dd" -> MONTH_FIRST;
            default -> throw new IllegalArgumentException("unknown date order '" + text + "' (use dmy or mdy)");
        };
    }
}
