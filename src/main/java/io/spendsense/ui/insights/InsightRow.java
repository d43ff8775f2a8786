package io.spendsense.ui.insights;

/**
 * One flagged expense as the panel shows it.
 *
 * @param key         the insight's key, for dismissing it ("duplicate:42")
 * @param kind        "Unusual", "New payee", "Possible duplicate"
 * @param reason      the reason in words ("3.4× your usual Dining expense")
 * @param expenseText "Nov 12, 2026 · Blue Bottle · $48.00"
 */
public record InsightRow(String key, String kind, String reason, String expenseText) {
}
