package io.spendsense.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Records what view-models tell the user; answers confirmations with a preset answer. */
public final class FakeDialogService implements DialogService {
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean confirmAnswer = true;
    private Runnable lastAction;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        notifications.add(actionLabel == null ? message : message + " [" + actionLabel + "]");
        lastAction = action;
    }

    /** Clicks the action button (Undo) of the last notification. */
    public void clickNotificationAction() {
        lastAction.run();
    }
}
