package io.spendsense.ui;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;

import io.spendsense.domain.User;
import io.spendsense.service.Services;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start as decision 0016 makes it: the sign-in window lists the profiles while Hibernate is still being built;
 * a sign-in before it is up shows that it waits and goes on once it is; a failure of the second step is said.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchToProfilesAppTest {
    @TempDir
    Path dir;
    Path file;
    AppContext context;
    Preferences node;
    Stage stage;
    /** Holds the second step (Hibernate and the services) until the test lets it go. */
    final CountDownLatch hibernate = new CountDownLatch(1);
    volatile RuntimeException hibernateFails;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        file = dir.resolve("launch.db");
        try (var services = Services.openForTests(file, DesktopAppTest.CLOCK)) {
            TestUsers.signedUp(services, "alice");
        }
        var prepared = Services.prepareForTests(file, DesktopAppTest.CLOCK);
        var boot = DataBoot.start(prepared::listUsers, () -> {
            hibernate.await();
            if (hibernateFails != null) {
                throw hibernateFails;
            }
            return prepared.open();
        });
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
        context = new AppContext(stage, boot, () -> Services.openForTests(file, DesktopAppTest.CLOCK),
                new UiPreferences(node), new FxTaskRunner(), new ScriptedFilePicker());
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        hibernate.countDown();
        FxToolkit.cleanupStages();
        context.close();
        WaitForAsyncUtils.asyncFx(() -> stage.setOnHiding(null)).get();
        node.removeNode();
    }

    @Test
    void theProfilesShowBeforeTheServicesAndASignInWaitsForThem(FxRobot robot) {
        waitUntil(() -> !profileList(robot).getItems().isEmpty());
        assertThat(profileList(robot).getItems()).extracting(User::username).containsExactly("alice");
        assertThat(context.signInViewModel().readyProperty().get()).as("Hibernate still held").isFalse();
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#progress").query().isVisible()).as("nothing to wait for yet").isFalse();

        robot.clickOn("#passwordField").write(TestUsers.PASSWORD).type(KeyCode.ENTER);

        waitUntil(() -> context.signInViewModel().waitingProperty().get());
        assertThat(robot.lookup("#progress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Opening your data…");
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#addButton").tryQuery()).as("no main window before the services").isEmpty();

        hibernate.countDown();

        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
        assertThat(context.session().user().username()).isEqualTo("alice");
    }

    @Test
    void aFailureOfTheSecondStepIsShownBesideTheListedProfiles(FxRobot robot) {
        waitUntil(() -> !profileList(robot).getItems().isEmpty());
        hibernateFails = new io.spendsense.service.ValidationException("database",
                "Schema-validation: missing table [expenses]");
        hibernate.countDown();

        waitUntil(() -> !errorText(robot).isEmpty());
        assertThat(errorText(robot))
                .isEqualTo("The database could not be opened: Schema-validation: missing table [expenses]");
        assertThat(profileList(robot).getItems()).hasSize(1);

        robot.clickOn("#passwordField").write(TestUsers.PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.signInViewModel().waitingProperty().get()).as("nothing waits for a failed boot").isFalse();
        assertThat(errorText(robot)).startsWith("The database could not be opened");
        assertThat(robot.lookup("#addButton").tryQuery()).isEmpty();
    }

    private static ListView<User> profileList(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<User> list = robot.lookup("#profileList").queryAs(ListView.class);
        return list;
    }

    private static String errorText(FxRobot robot) {
        return robot.lookup("#errorLabel").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
