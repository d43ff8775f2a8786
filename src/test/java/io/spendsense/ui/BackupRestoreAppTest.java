package io.spendsense.ui;

import static io.spendsense.ui.DesktopAppTest.footer;
import static io.spendsense.ui.DesktopAppTest.table;
import static io.spendsense.ui.DesktopAppTest.text;
import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.prefs.Preferences;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import javafx.scene.control.Labeled;
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

/** The profile menu's backup and restore, driving the real app over a real database that is closed and reopened. */
@ExtendWith(ApplicationExtension.class)
class BackupRestoreAppTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    @TempDir
    Path dir;
    Path db;
    AppContext context;
    Preferences node;
    final ScriptedFilePicker files = new ScriptedFilePicker();

    @Start
    void start(Stage stage) {
        db = dir.resolve("app.db");
        try (var services = Services.openForTests(db, CLOCK)) {
            var dana = TestUsers.signedUp(services, "dana");
            long other = services.categories().findByName(dana, "Other").orElseThrow().id();
            services.expenses().create(dana, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("900.00"),
                    other, "Rent", "Landlord", null));
        }
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
        // Each call opens the file afresh, as the real app's opener does: a restore closes and reopens.
        context = new AppContext(stage, () -> Services.openForTests(db, CLOCK), new UiPreferences(node),
                new FxTaskRunner(), files);
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        node.removeNode();
    }

    @Test
    void backUpAddAnExpenseRestoreAndTheExpenseIsGone(FxRobot robot) {
        signIn(robot);
        waitUntil(() -> table(robot).getItems().size() == 1);

        files.backupToSave = dir.resolve("before-lunch.db");
        robot.clickOn("#profileMenu").clickOn("Back up now…");
        waitUntil(() -> text(robot, "#snackbarMessage").equals("Backed up to " + files.backupToSave));
        assertThat(files.backupFolder).isEqualTo(db.toAbsolutePath().getParent().resolve("backups"));
        assertThat(files.backupSuggestedName).isEqualTo("spendsense-20260320-100000.db");
        assertThat(files.backupToSave).isRegularFile();

        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.clickOn("#amountField").write("12.50");
        robot.clickOn("#categoryChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                n -> "Dining".equals(((Labeled) n).getText())).<Labeled>query());
        robot.clickOn("#descriptionField").write("Lunch");
        robot.clickOn("#saveExpense");
        waitUntil(() -> table(robot).getItems().size() == 2);

        files.backupToOpen = files.backupToSave;
        robot.clickOn("#profileMenu").clickOn("Restore from backup…");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("This replaces all profiles' data with the backup from ")
                .contains("kept in the backups folder");
        robot.clickOn("OK");

        // Signed out: the sign-in screen lists the restored profiles.
        waitUntil(() -> robot.lookup("#profileList").tryQuery().map(n -> n.isVisible()).orElse(false)
                && context.signInViewModel().readyProperty().get());
        waitUntil(() -> text(robot, "#snackbarMessage").startsWith("Restored from " + files.backupToSave));
        assertThat(context.session()).isNull();
        assertThat(io.spendsense.service.BackupService.generations(db)).singleElement()
                .satisfies(p -> assertThat(p).isRegularFile());

        signIn(robot);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(footer(robot)).isEqualTo("1 expense · Total $900.00");
    }

    @Test
    void aBadFileIsRefusedAndTheSessionGoesOn(FxRobot robot) throws Exception {
        signIn(robot);
        files.backupToOpen = Files.writeString(dir.resolve("junk.db"), "not a database");
        robot.clickOn("#profileMenu").clickOn("Restore from backup…");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("Refused to restore " + files.backupToOpen);
        robot.clickOn("OK");
        assertThat(context.session()).isNotNull();
        assertThat(io.spendsense.service.BackupService.generations(db)).isEmpty();
        waitUntil(() -> table(robot).getItems().size() == 1);
    }

    void signIn(FxRobot robot) {
        waitUntil(() -> context.signInViewModel().readyProperty().get()
                && robot.lookup("#profileList").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("@dana");
        robot.clickOn("#passwordField").write(TestUsers.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
    }
}
