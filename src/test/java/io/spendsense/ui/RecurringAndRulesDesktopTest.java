package io.spendsense.ui;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.prefs.Preferences;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real app headless through the Recurring and Rules tabs (today is Friday 2026-03-20). */
@ExtendWith(ApplicationExtension.class)
class RecurringAndRulesDesktopTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    @TempDir
    Path dir;
    Services services;
    AppContext context;
    final ScriptedFilePicker files = new ScriptedFilePicker();
    Preferences node;

    @Start
    void start(Stage stage) {
        services = Services.openForTests(dir.resolve("ui.db"), CLOCK);
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
        // The primary stage is shared with the tests before (some make it 460 px wide, where the last tabs move into
        // the tab pane's overflow menu): this test's window has the app's default size, the chat column closed.
        var preferences = new UiPreferences(node);
        preferences.setWindowBounds(new UiPreferences.WindowBounds(0, 0, 1280, 800, false));
        preferences.setChatVisible(false);
        context = new AppContext(stage, () -> services, preferences, new FxTaskRunner(), files);
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        node.removeNode();
    }

    @Test
    void anAddedRecurringExpenseShowsWithItsNextDateAndInTheNext30Days(FxRobot robot) {
        TestUsers.signedUp(services, "alex");
        AppRobots.signIn(robot, context, "alex");
        tab(robot, "Recurring");
        waitUntil(() -> robot.lookup("#addRecurringButton").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("#addRecurringButton");
        waitUntil(() -> robot.lookup("#recurringPayee").tryQuery().isPresent());
        assertThat(robot.lookup("#saveRecurring").query().isDisabled()).isTrue();
        robot.clickOn("#recurringPayee").write("Netflix");
        robot.clickOn("#recurringAmount").write("15.49");
        choose(robot, "#recurringCategory", "Subscriptions");
        // The day of the month starts as today's (the 20th); the summary says when it falls due.
        assertThat(robot.lookup("#recurringSummary").queryLabeled().getText())
                .isEqualTo("Monthly on day 20 · next: Apr 20, 2026, May 20, 2026, Jun 20, 2026");
        choose(robot, "#recurringDay", "25");
        assertThat(robot.lookup("#recurringSummary").queryLabeled().getText())
                .isEqualTo("Monthly on day 25 · next: Mar 25, 2026, Apr 25, 2026, May 25, 2026");
        robot.clickOn("#saveRecurring");

        waitUntil(() -> texts(robot, ".recurring-row .row-title").contains("Netflix"));
        assertThat(texts(robot, ".recurring-row .next-date")).containsExactly("Next: Mar 25, 2026");
        waitUntil(() -> texts(robot, ".due-row .label").contains("Netflix"));
        assertThat(texts(robot, ".due-row .label")).containsExactly("Wed, Mar 25", "in 5 days", "Netflix", "$15.49");
        assertThat(robot.lookup("#recurringUpcomingTotal").queryLabeled().getText())
                .isEqualTo("$15.49 due in the next 30 days");
        assertThat(robot.lookup("#snackbarMessage").queryLabeled().getText())
                .isEqualTo("Netflix added: monthly on day 25");

        // The Insights tab's upcoming list follows.
        tab(robot, "Insights");
        waitUntil(() -> robot.lookup("#upcomingBox .label").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().startsWith("Netflix")));
    }

    @Test
    void aPayeeThatLooksLikeAMonthlyBillBecomesRecurringInOneClick(FxRobot robot) {
        var alex = TestUsers.signedUp(services, "alex");
        for (var date : new LocalDate[] {LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 15)}) {
            spend(alex, "Gold's Gym", "30.00", "Health", date);
        }
        AppRobots.signIn(robot, context, "alex");
        tab(robot, "Recurring");
        waitUntil(() -> robot.lookup(".make-recurring").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(texts(robot, ".candidate-row .row-title")).containsExactly("Gold's Gym");

        robot.clickOn(".make-recurring");

        waitUntil(() -> texts(robot, ".recurring-row .row-title").contains("Gold's Gym"));
        assertThat(texts(robot, ".recurring-row .next-date")).containsExactly("Next: Apr 15, 2026");
        waitUntil(() -> robot.lookup(".make-recurring").tryQuery().isEmpty());
        assertThat(robot.lookup("#snackbarMessage").queryLabeled().getText())
                .isEqualTo("Gold's Gym is now recurring: monthly on day 15, next Apr 15, 2026");
        waitUntil(() -> texts(robot, ".due-row .label").contains("Wed, Apr 15"));
        assertThat(services.recurring().list(alex)).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("30.00"));
    }

    @Test
    void aRuleIsPreviewedThenAppliedAndTheExpensesTableShowsTheNewCategory(FxRobot robot) {
        var alex = TestUsers.signedUp(services, "alex");
        Expense trip = spend(alex, "UBER *TRIP 4411", "12.40", "Other", LocalDate.of(2026, 3, 2));
        spend(alex, "Corner Cafe", "4.00", "Other", LocalDate.of(2026, 3, 3));
        AppRobots.signIn(robot, context, "alex");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(categoryOf(robot, trip.id())).isEqualTo("Other");

        tab(robot, "Rules");
        waitUntil(() -> robot.lookup("#addRuleButton").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#addRuleButton");
        waitUntil(() -> robot.lookup("#rulePattern").tryQuery().isPresent());
        assertThat(robot.lookup("#saveRule").query().isDisabled()).isTrue();
        robot.clickOn("#rulePattern").write("uber");
        choose(robot, "#ruleCategory", "Transport");
        robot.clickOn("#ruleSetPayee").write("Uber");
        assertThat(robot.lookup("#ruleSentence").queryLabeled().getText())
                .isEqualTo("When the payee contains “uber”, set the category to Transport and the payee to “Uber”.");
        robot.clickOn("#saveRule");

        // Saved, selected and previewed: one expense would change, nothing has changed yet.
        waitUntil(() -> robot.lookup("#previewTitle").queryLabeled().getText()
                .equals("This rule would change 1 existing expense:"));
        assertThat(texts(robot, ".change-row .label")).contains("UBER *TRIP 4411 → Uber", "Other", "Transport",
                "$12.40");
        assertThat(services.expenses().find(alex, trip.id()).orElseThrow().categoryName()).isEqualTo("Other");

        robot.clickOn("#applyRuleButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getContentText())
                .isEqualTo("Change 1 expense as previewed (Payee contains “uber” → Transport)?");
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));
        waitUntil(() -> robot.lookup("#snackbarMessage").queryLabeled().getText().equals("Changed 1 expense"));

        tab(robot, "Expenses");
        waitUntil(() -> "Transport".equals(categoryOf(robot, trip.id())));
        assertThat(payeeOf(robot, trip.id())).isEqualTo("Uber");
        // What the user sees: the cells' text (the category cell shows its name beside a color dot).
        var shown = new java.util.ArrayList<String>(texts(robot, "#table .table-cell"));
        shown.addAll(texts(robot, "#table .table-cell .label"));
        assertThat(shown).contains("Uber", "Transport");
    }

    Expense spend(SignedInUser who, String payee, String amount, String category, LocalDate date) {
        long id = services.categories().findByName(who, category).orElseThrow().id();
        return services.expenses().create(who, new ExpenseDraft(date, new BigDecimal(amount), id, "", payee, null));
    }

    static java.util.List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).toList();
    }

    /** Opens a combo box and clicks the item shown as {@code item}, scrolling the list to it first. */
    @SuppressWarnings("unchecked")
    static void choose(FxRobot robot, String comboId, String item) {
        var combo = robot.lookup(comboId).queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(comboId);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        var list = robot.lookup(".combo-box-popup .list-view").queryAs(javafx.scene.control.ListView.class);
        int index = -1;
        for (int i = 0; i < combo.getItems().size(); i++) {
            Object o = combo.getItems().get(i);
            if (item.equals(o instanceof io.spendsense.domain.Category c ? c.name() : String.valueOf(o))) {
                index = i;
            }
        }
        int at = index;
        robot.interact(() -> list.scrollTo(at));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> item.equals(((Labeled) n).getText())).<Labeled>query());
    }

    @SuppressWarnings("unchecked")
    static TableView<Expense> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    static String categoryOf(FxRobot robot, long expenseId) {
        return table(robot).getItems().stream().filter(e -> e.id() == expenseId).map(Expense::categoryName)
                .findFirst().orElse("");
    }

    static String payeeOf(FxRobot robot, long expenseId) {
        return table(robot).getItems().stream().filter(e -> e.id() == expenseId).map(Expense::payee)
                .findFirst().orElse("");
    }

    /** Clicks a tab of the main window and waits until it shows. */
    static void tab(FxRobot robot, String name) {
        robot.clickOn(robot.lookup(".tab-header-area .tab-label")
                .match(n -> name.equals(((Labeled) n).getText())).<Node>query());
        waitUntil(() -> name.equals(robot.lookup(".main-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText()));
    }
}
