package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The total and count of one calendar month's expenses. */
public record MonthTotal(YearMonth month, BigDecimal total, long count) {
}
