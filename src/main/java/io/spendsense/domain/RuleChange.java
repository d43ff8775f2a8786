package io.spendsense.domain;

/** What a rule would do to one existing expense: its new category and payee. */
public record RuleChange(Expense expense, long categoryId, String categoryName, String payee) {
}
