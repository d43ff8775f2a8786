package io.spendsense.domain;

import java.math.BigDecimal;

/** The total and count of one category's expenses in a summary. */
public record CategoryTotal(long categoryId, String category, String color, BigDecimal total, long count) {
}
