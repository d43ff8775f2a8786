package io.spendsense.ui.common;

/**
 * How view-models talk to the user: messages, confirmations and notifications. Views install a JavaFX
 * implementation; tests install a fake that records what was shown and answers questions.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** A short, non-blocking message; {@code actionLabel}/{@code action} add a button such as Undo (may be null). */
    void notify(String message, String actionLabel, Runnable action);
}
