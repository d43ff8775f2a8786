package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The initials keep the size the avatar gives them (0.8 of its radius, bold) under the app's stylesheet and theme,
 * whose author rules would override a font set in code if one of them named the initials' font.
 */
@ExtendWith(ApplicationExtension.class)
class AvatarViewTest {
    AvatarView large;
    AvatarView small;

    @Start
    void start(Stage stage) {
        large = new AvatarView(18);
        small = new AvatarView(13);
        large.show("alice", "Alice Example");
        small.show("bob", null);
        var root = new StackPane(new javafx.scene.layout.HBox(large, small));
        root.getStyleClass().add("app-root");
        var scene = new Scene(root, 200, 100);
        scene.setUserAgentStylesheet(BinaryStylesheets.theme(false));
        scene.getStylesheets().add(getClass().getResource("/io/spendsense/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theInitialsAreBoldAtFourFifthsOfTheRadius(FxRobot robot) {
        robot.interact(() -> {
            large.applyCss();
            small.applyCss();
        });
        Label big = (Label) large.lookup(".avatar-initials");
        Label little = (Label) small.lookup(".avatar-initials");
        assertThat(big.getText()).isEqualTo("AE");
        assertThat(big.getFont().getSize()).isEqualTo(14.0);
        assertThat(little.getFont().getSize()).isEqualTo(10.0);
        assertThat(big.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(big.getStyle()).as("no inline style (it would start the CSS parser)").isEmpty();
    }
}
