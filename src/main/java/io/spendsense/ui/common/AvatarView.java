package io.spendsense.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * A colored circle with a profile's initials. The initials' size is a font set in code, not an inline style: the first
 * inline style of a run loads and starts JavaFX's CSS parser, which the stylesheets (read in their binary form) never
 * need, and the sign-in list's avatars are in the first frame. The stylesheet keeps the colour.
 */
public final class AvatarView extends StackPane {
    private final Circle circle;
    private final Label initials = new Label();

    public AvatarView(double radius) {
        circle = new Circle(radius);
        getStyleClass().add("avatar");
        initials.getStyleClass().add("avatar-initials");
        initials.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Math.round(radius * 0.8)));
        getChildren().addAll(circle, initials);
        setMinSize(radius * 2, radius * 2);
        setMaxSize(radius * 2, radius * 2);
    }

    public void show(String username, String displayName) {
        circle.setFill(Color.web(Avatars.color(username)));
        initials.setText(Avatars.initials(displayName == null || displayName.isBlank() ? username : displayName));
    }
}
