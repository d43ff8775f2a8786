package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One cell of a month × category table, as the stacked monthly chart shows it. */
public record MonthCategoryTotal(YearMonth month, long categoryId, String category, String color, BigDecimal total) {
}
