package io.spendsense.ui.rules;

/**
 * What a rule would do to one existing expense: "Mar 2, 2026", "UBER *TRIP 1", "$12.40", "Other" → "Transport", and
 * the new payee name when the rule renames it (else "").
 */
public record ChangeRow(long expenseId, String date, String payee, String amount, String fromCategory,
                        String toCategory, String newPayee) {
}
