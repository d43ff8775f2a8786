package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A budget's monthly limit from {@code from} on, until the next change (or for good). */
public record BudgetLimit(YearMonth from, BigDecimal limit) {
}
