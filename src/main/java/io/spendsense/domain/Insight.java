package io.spendsense.domain;

import java.math.BigDecimal;

/**
 * Something unusual about one expense, with the reason in words.
 *
 * @param other the earlier expense a {@link Kind#DUPLICATE} repeats, else null
 * @param ratio the amount over the usual one (UNUSUAL, FIRST_PAYEE), else null
 */
public record Insight(Kind kind, Expense expense, Expense other, BigDecimal ratio, String reason) {
    public enum Kind {
        /** Unusually high for its category: above median + k × scaled MAD of the trailing 6 months. */
        UNUSUAL,
        /** A payee never seen before, with a large amount. */
        FIRST_PAYEE,
        /** Same payee and amount as another expense within 3 days. */
        DUPLICATE
    }

    /** How the command line and the dismiss call name it: "unusual:123". */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + expense.id();
    }
}
