package io.spendsense.assistant;

import java.util.Locale;

/**
 * What a question asks for; {@link #wireName()} is the contract's JSON name ("total_spent"). An intent that
 * {@link #readsExpenses() reads expenses} is answered by one aggregate over a filtered set of expenses, so its
 * filters carry into a follow-up question and the assistant warms it up; the others (adding, budgets, help, ...) do
 * not.
 */
public enum Intent {
    TOTAL_SPENT(true), BIGGEST_EXPENSE(true), SMALLEST_EXPENSE(true), TOP_CATEGORY(true), CATEGORY_BREAKDOWN(true),
    TOP_MONTH(true), TOP_PAYEE(true), COUNT_EXPENSES(true), LIST_EXPENSES(true), AVERAGE_SPENT(true), COMPARE(true),
    TREND(true), ADD_EXPENSE(false), BUDGET_STATUS(false), ANOMALIES(false), RECURRING(false),
    UPCOMING_BILLS(false), HELP(false), UNKNOWN(false);

    private final boolean readsExpenses;

    Intent(boolean readsExpenses) {
        this.readsExpenses = readsExpenses;
    }

    /** Whether the answer is an aggregate over filtered expenses, whose filters a follow-up question keeps. */
    public boolean readsExpenses() {
        return readsExpenses;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
