package io.spendsense.ui.expenses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import io.spendsense.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The undo and redo stacks of the expense screen. Each command runs through the task runner (it touches the
 * database); a new command clears the redo stack. Failures (say, an expense deleted elsewhere) drop the command
 * and are reported through {@code onFailure}.
 */
public final class UndoManager {
    private static final int LIMIT = 100;
    /**
     * At most this many bytes of attachments are kept in memory for undo and redo (256 MiB): past it, the oldest
     * commands are forgotten, however few.
     */
    static final long HELD_LIMIT = 256L * 1024 * 1024;
    private final TaskRunner runner;
    private final Deque<UndoableCommand> undo = new ArrayDeque<>();
    private final Deque<UndoableCommand> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private boolean running;

    public UndoManager(TaskRunner runner) {
        this.runner = runner;
    }

    /** Runs a new command; {@code done} gets it after success (on the FX thread), {@code failed} the error. */
    void execute(UndoableCommand command, Runnable done, Consumer<Throwable> failed) {
        run(command::execute, () -> {
            undo.push(command);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            trim();
        }, done, failed);
    }

    void undo(Runnable done, Consumer<Throwable> failed) {
        if (undo.isEmpty() || running) {
            return;
        }
        var command = undo.pop();
        run(command::undo, () -> redo.push(command), done, failed);
    }

    void redo(Runnable done, Consumer<Throwable> failed) {
        if (redo.isEmpty() || running) {
            return;
        }
        var command = redo.pop();
        run(command::redo, () -> undo.push(command), done, failed);
    }

    private void run(Runnable work, Runnable bookkeeping, Runnable done, Consumer<Throwable> failed) {
        running = true;
        update();
        runner.run(() -> {
            work.run();
            return null;
        }).onSuccess(r -> {
            running = false;
            bookkeeping.run();
            update();
            done.run();
        }).onFailure(e -> {
            running = false;
            update();
            failed.accept(e);
        }).start();
    }

    /** Forgets the oldest commands while the files they hold are more than {@link #HELD_LIMIT}, but the newest. */
    private void trim() {
        long held = undo.stream().mapToLong(UndoableCommand::heldBytes).sum();
        while (held > HELD_LIMIT && undo.size() > 1) {
            held -= undo.removeLast().heldBytes();
        }
    }

    /** Forgets everything (another profile signed in). */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public String nextUndoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    private void update() {
        canUndo.set(!undo.isEmpty() && !running);
        canRedo.set(!redo.isEmpty() && !running);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
