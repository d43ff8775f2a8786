package io.spendsense.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A colored circle with a profile's initials. */
public final class AvatarView extends StackPane {
    private final Circle circle;
    private final Label initials = new Label();

    public AvatarView(double radius) {
        circle = new Circle(radius);
        getStyleClass().add("avatar");
        initials.getStyleClass().add("avatar-initials");
        initials.setStyle("-fx-font-size: " + Math.round(radius * 0.8) + "px;");
        getChildren().addAll(circle, initials);
        setMinSize(radius * 2, radius * 2);
        setMaxSize(radius * 2, radius * 2);
    }

    public void show(String username, String displayName) {
        circle.setFill(Color.web(Avatars.color(username)));
        initials.setText(Avatars.initials(displayName == null || displayName.isBlank() ? username : displayName));
    }
}
