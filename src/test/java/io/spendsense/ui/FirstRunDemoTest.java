package io.spendsense.ui;

import static io.spendsense.ui.DesktopAppTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import io.spendsense.service.Services;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.settings.UiPreferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A first run as a newcomer sees it: no profiles, "Explore a demo profile", and a full expense table after it. */
@ExtendWith(ApplicationExtension.class)
class FirstRunDemoTest {
    @TempDir
    Path dir;
    Services services;
    AppContext context;
    Preferences node;

    @Start
    void start(Stage stage) {
        services = Services.openForTests(dir.resolve("first.db"), DesktopAppTest.CLOCK);
        node = Preferences.userRoot().node("io/spendsense/ui-test/" + UUID.randomUUID());
        context = new AppContext(stage, () -> services, new UiPreferences(node), new FxTaskRunner());
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        node.removeNode();
    }

    @Test
    void exploringTheDemoFromTheFirstRunScreenSignsIntoAFullProfile(FxRobot robot) {
        waitUntil(() -> robot.lookup("#demoButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#newUsername").query().isVisible()).isTrue();

        robot.clickOn("#demoButton");

        waitUntil(() -> context.session() != null);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
        assertThat(context.session().user().username()).isEqualTo("demo");
        waitUntil(() -> !DesktopAppTest.table(robot).getItems().isEmpty());
        assertThat(DesktopAppTest.footer(robot)).isNotBlank();
    }
}
