package io.spendsense.ui.common;

import io.spendsense.service.Failures;

/** Turns a failure into plain words for the user; never a stack trace. */
public final class UserMessages {
    private UserMessages() {
    }

    /** What the user reads when another window or command kept the database busy past the busy timeout. */
    public static final String BUSY = Messages.get("error.busy");

    public static String of(Throwable t) {
        if (Failures.isBusy(t)) {
            return BUSY;
        }
        return plain(t);
    }

    private static String plain(Throwable t) {
        if (Failures.speaksToTheUser(t)) {
            return io.spendsense.domain.SafeText.clipMessage(t.getMessage());
        }
        Throwable cause = t.getCause();
        if (cause != null && cause != t) {
            return plain(cause);
        }
        return Messages.format("error.unexpected", t.getClass().getSimpleName());
    }
}
