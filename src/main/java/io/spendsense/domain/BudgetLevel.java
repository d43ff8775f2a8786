package io.spendsense.domain;

/** How far a month's spending is into its budget: under 80%, from 80%, from 100% of the effective limit. */
public enum BudgetLevel {
    OK, WARNING, EXCEEDED;

    /**
     * The level of {@code spentCents} against {@code effectiveCents}, in exact integer arithmetic. An effective limit
     * of zero or less (a rollover overspending that ate the whole limit) leaves nothing to spend: EXCEEDED.
     */
    public static BudgetLevel of(long spentCents, long effectiveCents) {
        if (effectiveCents <= 0 || spentCents >= effectiveCents) {
            return EXCEEDED;
        }
        return spentCents * 100 >= effectiveCents * 80 ? WARNING : OK;
    }
}
