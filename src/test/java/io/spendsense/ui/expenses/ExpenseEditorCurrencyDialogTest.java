package io.spendsense.ui.expenses;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.ForeignAmount;
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
import javafx.scene.control.TextField;
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

/**
 * The real expense editor, headless: the currency chooser beside the amount, the rate row it shows for another
 * currency (prefilled from the known rates, marked when estimated), and an expense saved in euros.
 */
@ExtendWith(ApplicationExtension.class)
class ExpenseEditorCurrencyDialogTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    ExpensesViewModel list;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Services.openForTests(dir.resolve("ui.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        services.rates().add(alice, LocalDate.of(2026, 3, 16), "EUR", new BigDecimal("1.10"));
        list = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), new FakeDialogService(), US_AMOUNTS);
        list.start();
        stage.setScene(new Scene(new StackPane(), 600, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    private void open(FxRobot robot, ExpenseEditorViewModel editor) {
        robot.interact(() -> ExpenseEditorView.open(new ViewLoader(type -> new ExpenseEditorView()), stage, editor));
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
    }

    @Test
    void choosingEurosShowsTheKnownRateAsEstimatedAndSavesWhatWasPaid(FxRobot robot) {
        open(robot, list.newEditor());
        TextField rate = robot.lookup("#rateField").query();
        assertThat(rate.isVisible()).as("no rate row in the profile's currency").isFalse();
        robot.clickOn("#amountField").write("40");
        choose(robot, "#currencyChoice", "EUR");
        waitUntil(rate::isVisible);
        assertThat(rate.getText()).isEqualTo("1.1");
        assertThat(rate.getStyleClass()).contains("rate-estimated");
        Label info = robot.lookup("#rateInfo").query();
        assertThat(info.getText()).isEqualTo("= $44.00 · estimated: the rate of 2026-03-16 (none is known for"
                + " 2026-03-20)");
        // the rate the card really charged
        robot.clickOn("#rateField");
        robot.interact(rate::selectAll);
        robot.write("1.125");
        waitUntil(() -> info.getText().equals("= $45.00 · the rate you entered"));
        assertThat(rate.getStyleClass()).doesNotContain("rate-estimated");
        choose(robot, "#categoryChoice", "Dining");
        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isEmpty());
        var saved = services.expenses().page(alice, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true),
                0, 10).items();
        assertThat(saved).extracting(e -> e.amount().toPlainString(), e -> e.foreign().currency(),
                e -> e.foreign().amount().toPlainString(), e -> e.foreign().rate().toPlainString(),
                e -> e.foreign().estimated())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("45.00", "EUR", "40.00", "1.125", false));
    }

    @Test
    void editingAnExpenseInEurosShowsItsCurrencyAndTheRateItKeeps(FxRobot robot) {
        long dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        Expense e = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 18), null, dining,
                "Dinner", "Trattoria", null, ForeignAmount.unrated("EUR", new BigDecimal("20.00"))));
        services.rates().add(alice, LocalDate.of(2026, 3, 18), "EUR", new BigDecimal("2"));
        open(robot, list.editorFor(e));
        assertThat(currency(robot)).isEqualTo("EUR");
        assertThat(robot.lookup("#amountField").queryAs(TextField.class).getText()).isEqualTo("20.00");
        TextField rate = robot.lookup("#rateField").query();
        assertThat(rate.isVisible()).isTrue();
        assertThat(rate.getText()).isEqualTo("1.1");
        assertThat(robot.lookup("#rateInfo").queryAs(Label.class).getText())
                .isEqualTo("= $22.00 · the estimated rate it was converted at");
        // back to dollars: the rate row goes away and the amount is what was paid
        choose(robot, "#currencyChoice", "USD");
        waitUntil(() -> !rate.isVisible());
        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isEmpty());
        var changed = services.expenses().find(alice, e.id()).orElseThrow();
        assertThat(changed.foreign()).isNull();
        assertThat(changed.amount()).isEqualByComparingTo("20.00");
    }

    private static void choose(FxRobot robot, String combo, String text) {
        ComboBox<?> box = robot.lookup(combo).query();
        robot.interact(() -> box.show());
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> text.equals(((Labeled) n).getText())).<Labeled>query());
    }

    @SuppressWarnings("unchecked")
    private static String currency(FxRobot robot) {
        return ((ComboBox<String>) robot.lookup("#currencyChoice").query()).getValue();
    }
}
