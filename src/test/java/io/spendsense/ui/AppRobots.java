package io.spendsense.ui;

import static io.spendsense.ui.common.FxWait.waitUntil;

import io.spendsense.service.TestUsers;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** What the app-level TestFX tests do the same way: sign in as a user does. */
public final class AppRobots {
    private AppRobots() {
    }

    /** Waits for the database, lists the profiles, picks {@code username}, types the password and waits for the app. */
    public static void signIn(FxRobot robot, AppContext context, String username) {
        waitUntil(() -> context.signInViewModel().readyProperty().get());
        robot.interact(() -> context.signInViewModel().refreshProfiles());
        waitUntil(() -> robot.lookup("#profileList").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("@" + username);
        robot.clickOn("#passwordField").write(TestUsers.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
    }
}
