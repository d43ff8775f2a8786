package io.spendsense.ui;

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
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
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

/** Drives the real app headless, as a user would: profiles, sign-in, the expense table. */
@ExtendWith(ApplicationExtension.class)
class DesktopAppTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    @TempDir
    Path dir;
    Services services;
    AppContext context;
    Preferences node;
    final ScriptedFilePicker files = new ScriptedFilePicker();

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Services.openForTests(dir.resolve("ui.db"), CLOCK);
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
        context = new AppContext(stage, () -> services, new UiPreferences(node), new FxTaskRunner(), files);
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        node.removeNode();
    }

    @Test
    void firstRunCreatesProfileAddsEditsUndoesAndSignsOut(FxRobot robot) {
        waitUntil(() -> robot.lookup("#newUsername").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#newUsername").write("alice");
        robot.clickOn("#newPassword").write("password123");
        robot.clickOn("#newConfirm").write("password123");
        robot.clickOn("#createButton");
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
        assertThat(((Stage) robot.window(0)).getTitle()).startsWith("SpendSense");

        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.clickOn("#amountField").write("12.50");
        robot.clickOn("#payeeField").write("Chipotle");
        robot.clickOn("#categoryChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                n -> "Dining".equals(((Labeled) n).getText())).<Labeled>query());
        robot.clickOn("#descriptionField").write("Lunch");
        robot.clickOn("#saveExpense");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(footer(robot)).isEqualTo("1 expense · Total $12.50");

        robot.clickOn("Lunch").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.doubleClickOn("#amountField").eraseText(8).write("20.00");
        robot.clickOn("#saveExpense");
        waitUntil(() -> footer(robot).endsWith("$20.00"));
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitUntil(() -> footer(robot).endsWith("$12.50"));

        robot.clickOn("#profileMenu").clickOn("Sign out");
        waitUntil(() -> robot.lookup("#profileList").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    @Test
    void wrongPasswordShowsTheMessage(FxRobot robot) {
        TestUsers.signedUp(services, "bob");
        profilesChanged(robot);
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#passwordField").write("not the password").type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#errorLabel").isEmpty());
        assertThat(text(robot, "#errorLabel")).isEqualTo("Unknown username or wrong password.");
    }

    @Test
    void searchFiltersTheTableAndFooter(FxRobot robot) {
        SignedInUser carol = TestUsers.signedUp(services, "carol");
        add(carol, "4.35", "Coffee", "Starbucks");
        add(carol, "40.00", "Groceries", "Whole Foods");
        signIn(robot, "carol");
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        robot.write("coffee").type(KeyCode.ENTER);
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(footer(robot)).isEqualTo("1 expense · Total $4.35");
    }

    @Test
    void deleteOffersUndoInTheSnackbar(FxRobot robot) {
        SignedInUser gil = TestUsers.signedUp(services, "gil");
        add(gil, "4.35", "Coffee", "Starbucks");
        add(gil, "40.00", "Groceries", "Whole Foods");
        signIn(robot, "gil");
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn("Coffee").type(KeyCode.DELETE);
        waitUntil(() -> footer(robot).equals("1 expense · Total $40.00"));
        assertThat(text(robot, "#snackbarMessage")).isEqualTo("Expense deleted");
        robot.clickOn("#snackbarAction");
        waitUntil(() -> footer(robot).equals("2 expenses · Total $44.35"));
    }

    @Test
    void secondProfileCannotSeeTheFirstOnesExpenses(FxRobot robot) {
        SignedInUser dave = TestUsers.signedUp(services, "dave");
        TestUsers.signedUp(services, "erin");
        add(dave, "99.00", "Concert", "Ticketmaster");
        signIn(robot, "erin");
        waitUntil(() -> footer(robot).startsWith("0 expenses"));
        assertThat(table(robot).getItems()).isEmpty();
    }

    @Test
    void chatAnswersThisMonthsTotalAndShowsItInTheTable(FxRobot robot) {
        SignedInUser hal = TestUsers.signedUp(services, "hal");
        add(hal, "4.35", "Coffee", "Starbucks");
        add(hal, "40.00", "Groceries", "Whole Foods");
        long other = services.categories().findByName(hal, "Other").orElseThrow().id();
        services.expenses().create(hal, new ExpenseDraft(LocalDate.of(2026, 2, 27), new BigDecimal("7.00"), other,
                "Last month", "Kiosk", null));
        signIn(robot, "hal");
        robot.interact(() -> context.session().main().chatVisibleProperty().set(true));
        waitUntil(() -> robot.lookup("#chatInput").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#chatInput").write("how much did I spend this month?").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".bubble-assistant .bubble-text").tryQuery().isPresent());
        assertThat(text(robot, ".bubble-assistant .bubble-text")).contains("$44.35");

        robot.clickOn(robot.lookup(".show-in-table").queryAll().iterator().next());
        waitUntil(() -> footer(robot).equals("2 expenses · Total $44.35"));
        assertThat(table(robot).getItems()).hasSize(2);
    }

    /** Users made through the services after start-up: the picker reloads, as after a sign-out. */
    void profilesChanged(FxRobot robot) {
        waitUntil(() -> context.signInViewModel().readyProperty().get());
        robot.interact(() -> context.signInViewModel().refreshProfiles());
    }

    @Test
    void importShowsTheBadLinesOfARejectedFileThenImportsAGoodOne(FxRobot robot) throws Exception {
        TestUsers.signedUp(services, "fay");
        signIn(robot, "fay");
        files.csvToOpen = Files.writeString(dir.resolve("bad.csv"), """
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Shop,Groceries,Safeway,forty
                """);
        robot.press(KeyCode.SHORTCUT, KeyCode.I).release(KeyCode.I, KeyCode.SHORTCUT);
        waitUntil(() -> robot.lookup("#runImport").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        assertThat(robot.lookup("#previewTable").queryTableView().getItems()).hasSize(2);
        robot.clickOn("#runImport");
        waitUntil(() -> text(robot, "#outcome").contains("nothing imported"));
        assertThat(robot.lookup("#problems").<String>queryListView().getItems()).singleElement()
                .asString().startsWith("Line 3");

        files.csvToOpen = Files.writeString(dir.resolve("good.csv"), """
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Shop,Groceries,Safeway,40.00
                """);
        robot.clickOn("#chooseFileButton");
        waitUntil(() -> robot.lookup("#runImport").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        waitUntil(() -> text(robot, "#detected").contains("format: CSV"));
        assertThat(text(robot, "#skipped")).isEqualTo("Will import 2 expenses.");
        robot.clickOn("#runImport");
        try {
            waitUntil(() -> text(robot, "#outcome").startsWith("Imported 2 expenses"));
        } catch (AssertionError e) {
            throw new AssertionError("outcome: [" + text(robot, "#outcome") + "] skipped: [" + text(robot, "#skipped")
                    + "] disabled: " + robot.lookup("#runImport").query().isDisabled(), e);
        }
        waitUntil(() -> footer(robot).equals("2 expenses · Total $52.50"));
    }

    @Test
    void windowSizeIsRememberedWhenTheWindowCloses(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1111);
            stage.setHeight(777);
            stage.hide();
        });
        var bounds = new UiPreferences(node).windowBounds().orElseThrow();
        assertThat(bounds.width()).isEqualTo(1111);
        assertThat(bounds.height()).isEqualTo(777);
    }

    @Test
    void aWindowSavedLargerThanTheScreenOrPastItsEdgeComesBackWholeOnIt(FxRobot robot) throws Exception {
        Rectangle2D area = WaitForAsyncUtils.asyncFx(() -> Screen.getPrimary().getVisualBounds()).get();
        new UiPreferences(node).setWindowBounds(new UiPreferences.WindowBounds(area.getMaxX() - 200,
                area.getMinY() + 40, area.getWidth() + 500, area.getHeight() + 300, false));
        Rectangle2D shown = WaitForAsyncUtils.asyncFx(() -> {
            var second = new Stage();
            new AppContext(second, () -> services, new UiPreferences(node), new FxTaskRunner(), files).start();
            var bounds = new Rectangle2D(second.getX(), second.getY(), second.getWidth(), second.getHeight());
            second.hide();
            return bounds;
        }).get();
        assertThat(shown.getWidth()).isEqualTo(area.getWidth());
        assertThat(shown.getHeight()).isEqualTo(area.getHeight());
        assertThat(shown.getMinX()).isEqualTo(area.getMinX());
        assertThat(shown.getMinY()).isEqualTo(area.getMinY());
    }

    @Test
    void thePaidColumnShowsWhatWasPaidBesideTheAmountAndTheEditorItsCurrency(FxRobot robot) {
        SignedInUser dora = TestUsers.signedUp(services, "dora");
        services.rates().add(dora, LocalDate.of(2026, 3, 1), "EUR", new BigDecimal("1.10"));
        long other = services.categories().findByName(dora, "Other").orElseThrow().id();
        services.expenses().create(dora, new ExpenseDraft(LocalDate.of(2026, 3, 10), null, other, "Dinner",
                "Trattoria", null, io.spendsense.domain.ForeignAmount.unrated("EUR", new BigDecimal("40.00"))));
        add(dora, "4.35", "Coffee", "Starbucks");
        signIn(robot, "dora");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(footer(robot)).isEqualTo("2 expenses · Total $48.35");
        String paid = io.spendsense.domain.Money.format(new BigDecimal("40.00"), "EUR") + " (est.)";
        waitUntil(() -> robot.lookup(".original-cell").queryAll().stream()
                .anyMatch(n -> paid.equals(((javafx.scene.control.Labeled) n).getText())));
        assertThat(robot.lookup(".original-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()))
                .containsExactly(paid);
        robot.doubleClickOn("Trattoria");
        waitUntil(() -> robot.lookup("#currencyChoice").tryQuery().isPresent());
        assertThat(robot.lookup("#currencyChoice").<javafx.scene.control.ComboBox<String>>query().getValue())
                .isEqualTo("EUR");
        assertThat(robot.lookup("#rateField").<javafx.scene.control.TextField>query().getText()).isEqualTo("1.1");
        robot.clickOn("#cancelExpense");
    }

    @Test
    void theRatesDialogListsTheRatesAndKeepsTheDownloadOffUntilTicked(FxRobot robot) {
        SignedInUser eli = TestUsers.signedUp(services, "eli");
        services.rates().add(eli, LocalDate.of(2026, 3, 1), "EUR", new BigDecimal("1.10"));
        signIn(robot, "eli");
        robot.clickOn("#ratesButton");
        waitUntil(() -> robot.lookup("#ratesTable").tryQuery().isPresent());
        TableView<?> rates = robot.lookup("#ratesTable").queryAs(TableView.class);
        waitUntil(() -> rates.getItems().size() == 1);
        var download = robot.lookup("#downloadRatesButton").queryButton();
        javafx.scene.control.CheckBox allow = robot.lookup("#allowDownload").query();
        assertThat(allow.isSelected()).isFalse();
        assertThat(download.isDisabled()).isTrue();
        robot.clickOn(allow);
        waitUntil(() -> !download.isDisabled());
        waitUntil(() -> services.rates().downloadSettings(eli).enabled());
    }

    void signIn(FxRobot robot, String username) {
        profilesChanged(robot);
        waitUntil(() -> robot.lookup("#profileList").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("@" + username);
        robot.clickOn("#passwordField").write(TestUsers.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
    }

    void add(SignedInUser who, String amount, String description, String payee) {
        long category = services.categories().findByName(who, "Other").orElseThrow().id();
        services.expenses().create(who, new ExpenseDraft(LocalDate.of(2026, 3, 10), new BigDecimal(amount), category,
                description, payee, null));
    }

    @SuppressWarnings("unchecked")
    static TableView<Object> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    static String footer(FxRobot robot) {
        return text(robot, "#footerLabel");
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
