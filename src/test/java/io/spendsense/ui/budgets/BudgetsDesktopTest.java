package io.spendsense.ui.budgets;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.prefs.Preferences;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.AppContext;
import io.spendsense.ui.AppRobots;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
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

/** Drives the real app headless through the Budgets and Insights tabs. */
@ExtendWith(ApplicationExtension.class)
class BudgetsDesktopTest {
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
    void setABudgetThenAnExpenseThatPasses80PercentIsAnnouncedAndShownInAmber(FxRobot robot) {
        var alex = TestUsers.signedUp(services, "alex");
        spend(alex, "70.00", LocalDate.of(2026, 3, 5), "Bistro");
        AppRobots.signIn(robot, context, "alex");

        tab(robot, "Budgets");
        waitUntil(() -> robot.lookup("#addBudgetButton").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#addBudgetButton");
        waitUntil(() -> robot.lookup("#budgetLimit").tryQuery().isPresent());
        assertThat(robot.lookup("#saveBudget").query().isDisabled()).isTrue();
        robot.clickOn("#budgetCategory");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> "Dining".equals(((Labeled) n).getText())).<Labeled>query());
        robot.clickOn("#budgetLimit").write("100");
        assertThat(robot.lookup("#saveBudget").query().isDisabled()).isFalse();
        robot.clickOn("#saveBudget");
        waitUntil(() -> "70%".equals(percentOf(robot, "Dining")));

        tab(robot, "Expenses");
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.clickOn("#amountField").write("15.00");
        robot.clickOn("#payeeField").write("Bistro");
        robot.clickOn("#categoryChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> "Dining".equals(((Labeled) n).getText())).<Labeled>query());
        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#snackbarMessage").queryLabeled().getText()
                .equals("Dining budget is at 85% ($85.00 of $100.00)"));

        tab(robot, "Budgets");
        waitUntil(() -> "85%".equals(percentOf(robot, "Dining")));
        ProgressBar bar = robot.lookup(".budget-row .progress-bar").queryAs(ProgressBar.class);
        assertThat(bar.getProgress()).isEqualTo(0.85);
        assertThat(bar.getStyleClass()).contains("budget-warning");
    }

    @Test
    void editingALimitFromAChosenMonthKeepsTheMonthsBeforeIt(FxRobot robot) {
        var alex = TestUsers.signedUp(services, "alex");
        long dining = services.categories().findByName(alex, "Dining").orElseThrow().id();
        services.budgets().set(alex, dining, new BigDecimal("100"), false, YearMonth.of(2026, 1));
        AppRobots.signIn(robot, context, "alex");
        tab(robot, "Budgets");
        waitUntil(() -> "0%".equals(percentOf(robot, "Dining")));

        Node card = robot.lookup(".budget-row").query();
        robot.clickOn(robot.from(card).lookup(".button").match(n -> "Edit".equals(((Labeled) n).getText()))
                .<Node>query());
        waitUntil(() -> robot.lookup("#budgetApplyCHOSEN_MONTH").tryQuery().isPresent());
        assertThat(robot.lookup("#budgetLimits").queryLabeled().getText())
                .isEqualTo("Limits so far: $100.00 from January 2026");
        replaceText(robot, "#budgetLimit", "150");
        robot.clickOn("#budgetApplyCHOSEN_MONTH");
        replaceText(robot, "#budgetFromMonth", "2025-12");
        waitUntil(() -> robot.lookup("#saveBudget").query().isDisabled());
        assertThat(robot.lookup("#budgetFromMonthError").queryLabeled().getText())
                .isEqualTo("The budget starts in January 2026");
        replaceText(robot, "#budgetFromMonth", "2026-02");
        waitUntil(() -> !robot.lookup("#saveBudget").query().isDisabled());
        robot.clickOn("#saveBudget");

        waitUntil(() -> services.budgets().list(alex).get(0).limits().size() == 2);
        assertThat(services.budgets().list(alex).get(0).limitIn(YearMonth.of(2026, 1))).isEqualByComparingTo("100");
        assertThat(services.budgets().list(alex).get(0).limitIn(YearMonth.of(2026, 2))).isEqualByComparingTo("150");
    }

    static void replaceText(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }

    @Test
    void anExpenseSavedFromTheChatIsAnnouncedWhenItExceedsABudget(FxRobot robot) {
        var alex = TestUsers.signedUp(services, "alex");
        services.budgets().set(alex, services.categories().findByName(alex, "Dining").orElseThrow().id(),
                new BigDecimal("50"), false, null);
        spend(alex, "45.00", LocalDate.of(2026, 3, 5), "Bistro");
        AppRobots.signIn(robot, context, "alex");
        tab(robot, "Budgets");
        waitUntil(() -> "90%".equals(percentOf(robot, "Dining")));

        robot.interact(() -> context.session().main().chatVisibleProperty().set(true));
        waitUntil(() -> robot.lookup("#chatInput").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#chatInput").write("I spent 12.50 on lunch at Chipotle today").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".confirm-button").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn(".confirm-button");
        waitUntil(() -> robot.lookup("#snackbarMessage").queryLabeled().getText()
                .equals("Dining budget exceeded: 115% ($57.50 of $50.00)"));
        waitUntil(() -> "115%".equals(percentOf(robot, "Dining")));
    }

    @Test
    void insightsTabShowsAPlantedDuplicateAndDismissRemovesIt(FxRobot robot) {
        var alex = TestUsers.signedUp(services, "alex");
        spend(alex, "23.45", LocalDate.of(2026, 3, 10), "Taqueria");
        spend(alex, "23.45", LocalDate.of(2026, 3, 11), "Taqueria");
        AppRobots.signIn(robot, context, "alex");

        tab(robot, "Insights");
        waitUntil(() -> robot.lookup(".insight-kind").match(n -> "Possible duplicate".equals(((Labeled) n).getText()))
                .tryQuery().isPresent());
        assertThat(robot.lookup(".insight-expense").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Mar 11, 2026 · Taqueria · Dining · $23.45");

        Node card = robot.lookup(".insight-kind").match(n -> "Possible duplicate".equals(((Labeled) n).getText()))
                .query().getParent().getParent().getParent();
        robot.clickOn(robot.from(card).lookup(".dismiss-insight").<Node>query());
        waitUntil(() -> robot.lookup(".insight-kind")
                .match(n -> "Possible duplicate".equals(((Labeled) n).getText())).tryQuery().isEmpty());
        assertThat(services.insights().find(alex, java.time.YearMonth.of(2026, 3)))
                .noneMatch(i -> i.kind() == io.spendsense.domain.Insight.Kind.DUPLICATE);
    }

    void spend(SignedInUser who, String amount, LocalDate date, String payee) {
        long dining = services.categories().findByName(who, "Dining").orElseThrow().id();
        services.expenses().create(who, new ExpenseDraft(date, new BigDecimal(amount), dining, "meal", payee, null));
    }

    static String percentOf(FxRobot robot, String budget) {
        return robot.lookup(".budget-row").queryAll().stream()
                .filter(n -> ((BudgetRow) n.getUserData()).name().equals(budget))
                .map(n -> robot.from(n).lookup(".budget-percent").queryLabeled().getText())
                .findFirst().orElse("");
    }

    static void tab(FxRobot robot, String name) {
        robot.clickOn(robot.lookup(".tab-header-area .tab-label")
                .match(n -> name.equals(((Labeled) n).getText())).<Node>query());
    }
}
