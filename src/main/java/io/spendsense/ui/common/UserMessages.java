package io.spendsense.ui.common;

import io.spendsense.persistence.DatabaseException;
import io.spendsense.service.ServiceException;

/** Turns a failure into plain words for the user; never a stack trace. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String of(Throwable t) {
        if (t instanceof ServiceException || t instanceof DatabaseException) {
            return io.spendsense.domain.SafeText.clipMessage(t.getMessage());
        }
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            return of(cause);
        }
        return "Something went wrong (" + t.getClass().getSimpleName() + "). Details are in the log.";
    }
}
