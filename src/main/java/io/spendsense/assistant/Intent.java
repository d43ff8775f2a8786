package io.spendsense.assistant;

import java.util.Locale;

/** What a question asks for; {@link #wireName()} is the contract's JSON name ("total_spent"). */
public enum Intent {
    TOTAL_SPENT, BIGGEST_EXPENSE, SMALLEST_EXPENSE, TOP_CATEGORY, CATEGORY_BREAKDOWN, TOP_MONTH, TOP_PAYEE, COUNT_EXPENSES,
    LIST_EXPENSES, AVERAGE_SPENT, COMPARE, TREND, ADD_EXPENSE, BUDGET_STATUS, ANOMALIES, RECURRING,
    UPCOMING_BILLS, HELP, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
