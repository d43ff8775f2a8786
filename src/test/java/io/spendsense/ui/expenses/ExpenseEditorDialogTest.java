package io.spendsense.ui.expenses;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import io.spendsense.ui.common.ViewLoader;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real add-expense dialog, headless: a rule's category shows as a suggestion and the user's pick wins. */
@ExtendWith(ApplicationExtension.class)
class ExpenseEditorDialogTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;

    @Start
    void start(Stage stage) {
        services = Services.openForTests(dir.resolve("ui.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        long subscriptions = services.categories().findByName(alice, "Subscriptions").orElseThrow().id();
        services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS,
                "netflix", null, null, subscriptions, null, null));
        var list = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), new FakeDialogService(),
                US_AMOUNTS);
        list.start();
        stage.setScene(new Scene(new StackPane(), 600, 500));
        stage.show();
        ExpenseEditorView.open(new ViewLoader(type -> new ExpenseEditorView()), stage, list.newEditor());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void theRulesCategoryIsShownBeforeSavingAndThePickedCategoryIsSaved(FxRobot robot) {
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.clickOn("#amountField").write("15.49");
        robot.clickOn("#payeeField").write("Netflix");
        waitUntil(() -> "Subscriptions".equals(categoryShown(robot)));
        Label hint = robot.lookup("#categoryHint").query();
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo("from rule: netflix");

        robot.clickOn("#categoryChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> "Dining".equals(((Labeled) n).getText())).<Labeled>query());
        waitUntil(() -> !hint.isVisible());
        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isEmpty());
        assertThat(services.expenses().page(alice, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                10).items()).extracting(Expense::payee, Expense::categoryName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Netflix", "Dining"));
    }

    @SuppressWarnings("unchecked")
    private static String categoryShown(FxRobot robot) {
        var combo = (ComboBox<io.spendsense.domain.Category>) robot.lookup("#categoryChoice").query();
        return combo.getValue() == null ? null : combo.getValue().name();
    }
}
