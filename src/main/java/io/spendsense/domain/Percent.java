package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as the app shows them, in one place: from exact {@link BigDecimal} amounts, rounded half-up, written
 * with a dot and a trailing "%" ("35%", "12.5%"), the same in the views and in the assistant's sentences.
 */
public final class Percent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /**
     * {@code part} of {@code total} with {@code decimals} decimals ("35%", "34.5%"), or null when the total is zero.
     */
    public static String of(BigDecimal part, BigDecimal total, int decimals) {
        if (total == null || total.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(total, decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * A share as a sentence says it: a whole number ("35%"), but one decimal below 1% ("0.4%"), where a whole number
     * would say "0%", which reads as nothing. Null when the total is zero.
     */
    public static String share(BigDecimal part, BigDecimal total) {
        if (total == null || total.signum() == 0) {
            return null;
        }
        BigDecimal pct = part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
        return (pct.abs().compareTo(BigDecimal.ONE) < 0 ? pct : pct.setScale(0, RoundingMode.HALF_UP)).toPlainString()
                + "%";
    }

    /** A percentage already computed (34.5), with {@code decimals} decimals ("35%" for 0). */
    public static String format(BigDecimal percent, int decimals) {
        return percent.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A percentage already computed, as it is ("34.5%"). */
    public static String plain(BigDecimal percent) {
        return percent.toPlainString() + "%";
    }
}
