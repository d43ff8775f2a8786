package io.spendsense.assistant;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.ExpenseDraft;

/**
 * An expense the assistant read from "I spent 12.50 on lunch at Chipotle today", waiting for the user to confirm
 * it; {@code categoryReason} says why that category was guessed. {@code categoryChoice} is
 * {@link CategoryChoice#CHOSEN} when the sentence named the category, else {@link CategoryChoice#OPEN}: the guess
 * is a default that the user's categorization rules may replace when the expense is saved.
 */
public record ProposedExpense(ExpenseDraft draft, String categoryName, String categoryReason,
                              CategoryChoice categoryChoice) {
}
