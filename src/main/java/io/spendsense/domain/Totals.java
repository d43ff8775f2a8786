package io.spendsense.domain;

import java.math.BigDecimal;

/** Sum and count of the expenses a filter matches. */
public record Totals(BigDecimal total, long count) {
    public static final Totals NONE = new Totals(BigDecimal.ZERO.setScale(2), 0);
}
