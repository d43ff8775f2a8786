package io.spendsense.ui.insights;

import java.math.BigDecimal;

/**
 * How readily an expense counts as unusual: the k of "median + k × robust deviation" that InsightService applies.
 * Kept per profile as a preference.
 */
public enum Sensitivity {
    FEWER("Fewer alerts", new BigDecimal("5.0")),
    NORMAL("Normal", new BigDecimal("3.5")),
    MORE("More alerts", new BigDecimal("2.5"));

    private final String label;
    private final BigDecimal k;

    Sensitivity(String label, BigDecimal k) {
        this.label = label;
        this.k = k;
    }

    public BigDecimal k() {
        return k;
    }

    /** The stored preference, or NORMAL for an unknown or missing value. */
    public static Sensitivity parse(String name) {
        for (Sensitivity s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return NORMAL;
    }

    @Override
    public String toString() {
        return label;
    }
}
