package io.spendsense.ui.common;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The JavaFX dialog service: alerts owned by the main window, notifications in the window's snackbar. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Snackbar snackbar;

    public FxDialogService(Supplier<Window> owner, Snackbar snackbar) {
        this.owner = owner;
        this.snackbar = snackbar;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait().filter(ButtonType.OK::equals)
        .isPresent();
    }

    @Override
    public void notify(String message, String actionLabel, Runnable action) {
        snackbar.show(message, actionLabel, action);
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        var alert = new Alert(type, message);
        alert.initOwner(owner.get());
        alert.setTitle(Messages.format("app.windowTitle", title));
        alert.setHeaderText(title);
        return alert;
    }
}
