package io.spendsense.service.imports;

import java.util.Locale;

import io.spendsense.domain.Texts;

/** The order of day and month in numeric dates such as 03/04/2024. */
public enum DateOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /** In words: "day first". */
    public String label() {
        return switch (this) {
            case DAY_FIRST -> Texts.get("dateOrder.dayFirst");
            case MONTH_FIRST -> Texts.get("dateOrder.monthFirst");
        };
    }

    /** Reads a --date-order value: dmy or mdy (also day-first, month-first). */
    public static DateOrder parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "dmy", "day-first", "dd/mm" -> DAY_FIRST;
            case "mdy", "month-first", "mm/dd" -> MONTH_FIRST;
            default -> throw new IllegalArgumentException(Texts.format("dateOrder.unknown", text));
        };
    }
}
