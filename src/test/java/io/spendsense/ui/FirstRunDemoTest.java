package io.spendsense.ui;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;

import io.spendsense.service.Services;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.settings.MemoryPreferences;
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
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Services.openForTests(dir.resolve("first.db"), DesktopAppTest.CLOCK);
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
        context = new AppContext(stage, () -> services, new UiPreferences(node), new FxTaskRunner());
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        // TestFX hands the same primary stage to the next test class, which shows and hides it again: the app's
        // "save the window bounds" handler must not outlive this test's preferences node.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> stage.setOnHiding(null)).get();
        node.removeNode();
    }

    @Test
    void exploringTheDemoFromTheFirstRunScreenSignsIntoAFullProfile(FxRobot robot) {
        waitUntil(() -> robot.lookup("#demoButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#newUsername").query().isVisible()).isTrue();
        assertThat(stage.getIcons()).as("the app icon in 6 sizes").hasSize(6);

        robot.clickOn("#demoButton");

        waitUntil(() -> context.session() != null);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
        assertThat(context.session().user().username()).isEqualTo("demo");
        waitUntil(() -> !DesktopAppTest.table(robot).getItems().isEmpty());
        assertThat(DesktopAppTest.footer(robot)).isNotBlank();
    }
}
