package io.spendsense.ui.expenses;

/**
 * A change the user made that can be taken back and made again. {@link #undo} and {@link #redo} call the services
 * and so run off the FX thread; {@link #execute} is the first run.
 */
interface UndoableCommand {
    /** "Add expense", "Delete 3 expenses": shown in the Undo notification. */
    String label();

    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** The bytes of files the command keeps in memory to undo or redo itself (attachments): the stacks cap them. */
    default long heldBytes() {
        return 0;
    }
}
