package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A monthly spending limit: for one category, or for all spending when {@code categoryId} is null (the overall
 * budget). With {@code rollover}, each month's unspent or overspent amount carries into the next month, counted from
 * {@code startMonth}.
 */
public record Budget(long id, Long categoryId, String categoryName, BigDecimal limit, boolean rollover,
                     YearMonth startMonth) {
    public static final String OVERALL = "Overall";

    public boolean isOverall() {
        return categoryId == null;
    }

    /** The category's name, or "Overall". */
    public String name() {
        return isOverall() ? OVERALL : categoryName;
    }
}
