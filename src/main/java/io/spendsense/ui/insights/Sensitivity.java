package io.spendsense.ui.insights;

import java.math.BigDecimal;

import io.spendsense.ui.common.Messages;

/**
 * How readily an expense counts as unusual: the k of "median + k × robust deviation" that InsightService applies.
 * Kept per profile as a preference.
 */
public enum Sensitivity {
    FEWER(new BigDecimal("5.0")),
    NORMAL(new BigDecimal("3.5")),
    MORE(new BigDecimal("2.5"));

    private final BigDecimal k;

    Sensitivity(BigDecimal k) {
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
        return switch (this) {
            case FEWER -> Messages.get("insights.sensitivity.fewer");
            case NORMAL -> Messages.get("insights.sensitivity.normal");
            case MORE -> Messages.get("insights.sensitivity.more");
        };
    }
}
