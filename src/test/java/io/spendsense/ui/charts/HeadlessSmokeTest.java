package io.spendsense.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Proves TestFX runs headless on Monocle in this build: a button is shown and clicked. */
@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {
    private int clicks;

    @Start
    void start(Stage stage) {
        var button = new Button("Click me");
        button.setId("smoke");
        button.setOnAction(e -> clicks++);
        stage.setScene(new Scene(button, 200, 100));
        stage.show();
    }

    @Test
    void buttonClickIsDeliveredHeadless(FxRobot robot) {
        robot.clickOn("#smoke");
        assertThat(clicks).isEqualTo(1);
    }
}
