package io.spendsense.ui.expenses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.AttachmentService;
import io.spendsense.service.AttachmentService.NewAttachment;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.Messages;

/**
 * The undoable changes to expenses and their files. Undoing a delete re-creates the expenses, which gives them new
 * ids; the commands remember the new ids so that redo deletes the right rows. A command that takes files away (a
 * delete, a detach) keeps their bytes to put them back, and says how much it keeps ({@link UndoableCommand#heldBytes}).
 */
final class ExpenseCommands {
    private ExpenseCommands() {
    }

    /**
     * Adds an expense with the files {@code added}; {@code choice} says whether the user chose its category (else the
     * rules may fill it in). Expense and files are saved in one transaction.
     */
    static UndoableCommand add(ExpenseService service, AttachmentService files, SignedInUser who, ExpenseDraft draft,
                               CategoryChoice choice, List<NewAttachment> added) {
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
                var result = files.save(who, () -> saved == null ? service.create(who, draft, choice)
                        : service.restore(who, List.of(saved)).get(0), added, List.of());
                id = result.expense().id();
                saved = result.expense().toDraft();
            }

            @Override
            public void undo() {
                service.delete(who, id);   // its files go with it
            }

            @Override
            public long heldBytes() {
                return size(added);
            }
        };
    }

    /**
     * Edits {@code original} to {@code after}, attaches {@code added} and detaches the attachments {@code removed}, in
     * one transaction; undo puts the fields and the files back. Each step is refused when someone else changed the
     * expense since this window last saw it (optimistic locking: the version it saw goes with the change).
     */
    static UndoableCommand edit(ExpenseService service, AttachmentService files, SignedInUser who, Expense original,
                                ExpenseDraft after, List<NewAttachment> added, List<Long> removed) {
        return new UndoableCommand() {
            private final ExpenseDraft before = original.toDraft();
            /** The version of the expense as this command last left it. */
            private int version = original.version();
            /** The ids of {@code added} while they are attached. */
            private List<Long> attachedIds = List.of();
            /** The files taken away by the first run, and the ids they have again after an undo. */
            private List<NewAttachment> detached;
            private List<Long> restoredIds = removed;

            @Override
            public String label() {
                return Messages.get("undo.edit");
            }

            @Override
            public void execute() {
                var result = files.save(who, () -> service.update(who, original.id(), version, after), added,
                        restoredIds);
                version = result.expense().version();
                attachedIds = ids(result.attached());
                if (detached == null) {
                    detached = result.detached();
                }
            }

            @Override
            public void undo() {
                var result = files.save(who, () -> service.update(who, original.id(), version, before),
                        detached == null ? List.of() : detached, attachedIds);
                version = result.expense().version();
                restoredIds = ids(result.attached());
                attachedIds = List.of();
            }

            @Override
            public long heldBytes() {
                return size(added) + (detached == null ? 0 : size(detached));
            }
        };
    }

    /**
     * Deletes expenses. With {@code files} (what {@link AttachmentService#files} read of their attachments, per
     * expense id) an undo re-creates them with their files; without (too much to keep: the user agreed), without.
     */
    static UndoableCommand delete(ExpenseService service, AttachmentService attachments, SignedInUser who,
                                  List<Expense> expenses, Map<Long, List<NewAttachment>> files) {
        return new UndoableCommand() {
            private final List<List<NewAttachment>> kept = expenses.stream()
                    .map(e -> files.getOrDefault(e.id(), List.of())).toList();
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
                // back with their ids and versions (an earlier edit's undo still finds and may change them), and
                // with their files
                var restored = attachments.restoreWithFiles(who, () -> service.undelete(who, expenses), kept);
                ids = new ArrayList<>(restored.stream().map(Expense::id).toList());
            }

            @Override
            public long heldBytes() {
                return kept.stream().mapToLong(ExpenseCommands::size).sum();
            }
        };
    }

    /** Attaches files to an expense (a drop on its row); undo detaches them. */
    static UndoableCommand attach(AttachmentService attachments, SignedInUser who, long expenseId,
                                  List<NewAttachment> added) {
        return new UndoableCommand() {
            private List<Long> attachedIds = List.of();

            @Override
            public String label() {
                return Messages.format("undo.attach", added.size());
            }

            @Override
            public void execute() {
                attachedIds = ids(attachments.attachAll(who, expenseId, added));
            }

            @Override
            public void undo() {
                attachedIds.forEach(id -> attachments.detach(who, id));
                attachedIds = List.of();
            }

            @Override
            public long heldBytes() {
                return size(added);
            }
        };
    }

    private static List<Long> ids(List<Attachment> attachments) {
        return attachments.stream().map(Attachment::id).toList();
    }

    private static long size(List<NewAttachment> files) {
        return files.stream().mapToLong(NewAttachment::size).sum();
    }
}
