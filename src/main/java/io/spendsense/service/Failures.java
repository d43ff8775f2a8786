package io.spendsense.service;

import io.spendsense.persistence.DatabaseBusyException;
import io.spendsense.persistence.DatabaseException;

/**
 * What a failure means to the user, read in the service layer so that the desktop app and the commands need not know
 * the persistence layer's exceptions: whether the database was busy, and whether the message is meant for the user.
 */
public final class Failures {
    /** The one plain line for a database another window or command kept busy past the busy timeout. */
    public static final String BUSY = DatabaseBusyException.MESSAGE;

    private Failures() {
    }

    /** Whether {@code t} or one of its causes says the database was busy or locked by another connection. */
    public static boolean isBusy(Throwable t) {
        return DatabaseBusyException.isBusy(t);
    }

    /** Whether {@code t}'s own message is a plain sentence for the user (a service's or the database layer's). */
    public static boolean speaksToTheUser(Throwable t) {
        return t instanceof ServiceException || t instanceof DatabaseException;
    }

    /** The failure to throw for {@code cause} when {@link #isBusy} says the database was busy. */
    public static RuntimeException busy(Throwable cause) {
        return cause instanceof DatabaseBusyException busy ? busy : new DatabaseBusyException(cause);
    }
}
