package io.spendsense.ui.expenses;

import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.Messages;

/**
 * The undoable changes to expenses. Undoing a delete re-creates the expenses, which gives them new ids; the
 * commands remember the new ids so that redo deletes the right rows.
 */
final class ExpenseCommands {
    private ExpenseCommands() {
    }

    /** Adds an expense; {@code choice} says whether the user chose its category (else the rules may fill it in). */
    static UndoableCommand add(ExpenseService service, SignedInUser who, ExpenseDraft draft, CategoryChoice choice) {
        return new UndoableCommand() {
            private long id = -1;
            /** What was saved, as the rules completed it: redo restores exactly that. */
            private ExpenseDraft saved;

            @Override
            public String label() {
                return Messages.get("undo.add");
            }

            @Override
            public void execute() {
                Expense expense = saved == null ? service.create(who, draft, choice)
                        : service.restore(who, List.of(saved)).get(0);
                id = expense.id();
                saved = expense.toDraft();
            }

            @Override
            public void undo() {
                service.delete(who, id);
            }
        };
    }

    static UndoableCommand edit(ExpenseService service, SignedInUser who, long id, ExpenseDraft before,
                                ExpenseDraft after) {
        return new UndoableCommand() {
            @Override
            public String label() {
                return Messages.get("undo.edit");
            }

            @Override
            public void execute() {
                service.update(who, id, after);
            }

            @Override
            public void undo() {
                service.update(who, id, before);
            }
        };
    }

    static UndoableCommand delete(ExpenseService service, SignedInUser who, List<Expense> expenses) {
        return new UndoableCommand() {
            private final List<ExpenseDraft> drafts = expenses.stream().map(Expense::toDraft).toList();
            private List<Long> ids = expenses.stream().map(Expense::id).toList();

            @Override
            public String label() {
                return Messages.format("undo.delete", expenses.size());
            }

            @Override
            public void execute() {
                service.deleteAll(who, ids);
            }

            @Override
            public void undo() {
                var restored = service.restore(who, drafts);
                ids = new ArrayList<>(restored.stream().map(Expense::id).toList());
            }
        };
    }
}
