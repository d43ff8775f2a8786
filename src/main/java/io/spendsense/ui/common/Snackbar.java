package io.spendsense.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A short message at the bottom of the window with an optional action (Undo), hidden after a few seconds. In the
 * window rather than a popup, so it follows the theme and tests can click it like any other node.
 */
public final class Snackbar extends HBox {
    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private final Label message = new Label();
    private final Button action = new Button();
    private final PauseTransition timer = new PauseTransition(SHOWN_FOR);

    public Snackbar() {
        setId("snackbar");
        getStyleClass().add("snackbar");
        message.setId("snackbarMessage");
        action.setId("snackbarAction");
        action.getStyleClass().add("flat");
        var close = new Button("✕");
        close.getStyleClass().addAll("flat", "snackbar-close");
        close.setOnAction(e -> hide());
        getChildren().addAll(message, action, close);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        setVisible(false);
        setManaged(false);
        timer.setOnFinished(e -> hide());
    }

    public void show(String text, String actionLabel, Runnable onAction) {
        message.setText(text);
        boolean hasAction = actionLabel != null && onAction != null;
        action.setVisible(hasAction);
        action.setManaged(hasAction);
        action.setText(hasAction ? actionLabel : "");
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        setVisible(true);
        setManaged(true);
        timer.playFromStart();
    }

    public void hide() {
        timer.stop();
        setVisible(false);
        setManaged(false);
    }
}
