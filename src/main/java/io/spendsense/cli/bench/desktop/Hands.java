package io.spendsense.cli.bench.desktop;

import java.util.List;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;

/**
 * The user's mouse and keyboard: JavaFX's robot, which on Monocle feeds the same input queue a real device does (as
 * TestFX's glass robot). FX thread only.
 */
final class Hands {
    private final Robot robot = new Robot();

    /** A click with the primary button in the middle of {@code node}. */
    void click(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        if (b == null) {
            throw new IllegalStateException("not on the screen: " + node);
        }
        robot.mouseMove(b.getCenterX(), b.getCenterY());
        robot.mouseClick(MouseButton.PRIMARY);
    }

    void press(KeyCode key) {
        robot.keyType(key);
    }

    /**
     * A key pressed and released, dispatched now to the focused node of {@code scene} (the robot's events reach the
     * scene only after the current pulse): for a step timed within one frame.
     */
    void pressNow(Scene scene, KeyCode key) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        for (var type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            Event.fireEvent(target, new KeyEvent(type, KeyEvent.CHAR_UNDEFINED, "", key, false, false, false,
                    false));
        }
    }

    /** Types lower-case letters and digits, one key each. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                robot.keyType(KeyCode.valueOf(String.valueOf(Character.toUpperCase(c))));
            } else if (c >= '0' && c <= '9') {
                robot.keyType(KeyCode.valueOf("DIGIT" + c));
            } else {
                throw new IllegalArgumentException("cannot type " + c);
            }
        }
    }
}
