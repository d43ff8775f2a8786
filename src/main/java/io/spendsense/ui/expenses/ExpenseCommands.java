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

    /**
     * Edits {@code original} to {@code after}. Each step is refused when someone else changed the expense since this
     * window last saw it (optimistic locking: the version it saw goes with the change).
     */
    static UndoableCommand edit(ExpenseService service, SignedInUser who, Expense original, ExpenseDraft after) {
        return new UndoableCommand() {
            private final ExpenseDraft before = original.toDraft();
            /** The version of the expense as this command last left it. */
            private int version = original.version();

            @Override
            public String label() {
                return Messages.get("undo.edit");
            }

            @Override
            public void execute() {
                version = service.update(who, original.id(), version, after).version();
            }

            @Override
            public void undo() {
                version = service.update(who, original.id(), version, before).version();
            }
        };
    }

    static UndoableCommand delete(ExpenseService service, SignedInUser who, List<Expense> expenses) {
        return new UndoableCommand() {
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
                // back with their ids and versions: an earlier edit's undo still finds and may change them
                var restored = service.undelete(who, expenses);
                ids = new ArrayList<>(restored.stream().map(Expense::id).toList());
            }
        };
    }
}
