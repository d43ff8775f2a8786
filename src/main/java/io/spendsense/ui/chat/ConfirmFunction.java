package io.spendsense.ui.chat;

import io.spendsense.assistant.ProposedExpense;
import io.spendsense.domain.Expense;

/** Saves an expense the assistant proposed, once the user confirmed it. Called off the FX thread. */
@FunctionalInterface
public interface ConfirmFunction {
    Expense confirm(ProposedExpense proposal);
}
