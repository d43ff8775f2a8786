package io.spendsense.assistant;

import io.spendsense.domain.ExpenseDraft;

/**
 * An expense the assistant read from "I spent 12.50 on lunch at Chipotle today", waiting for the user to confirm
 * it; {@code categoryReason} says why that category was guessed.
 */
public record ProposedExpense(ExpenseDraft draft, String categoryName, String categoryReason) {
}
