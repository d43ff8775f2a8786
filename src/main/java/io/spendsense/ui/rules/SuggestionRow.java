package io.spendsense.ui.rules;

import io.spendsense.domain.CategoryRule;

/** A rule the history suggests: "Payee is exactly “Netflix”" → "Subscriptions", and the rule "Add" saves. */
public record SuggestionRow(String condition, String category, CategoryRule rule) {
}
