package io.spendsense.persistence;

import io.spendsense.domain.Expense;

/**
 * An edit was made from a copy of an expense older than the stored one: someone changed it meanwhile (another
 * computer, window or command), and the edit was not saved (optimistic locking, V17). {@link #current()} is the
 * expense as it is stored now.
 */
public final class ChangedMeanwhileException extends RuntimeException {
    private final transient Expense current;

    public ChangedMeanwhileException(Expense current) {
        super("expense " + current.id() + " was changed meanwhile (now version " + current.version() + ")");
        this.current = current;
    }

    public Expense current() {
        return current;
    }
}
