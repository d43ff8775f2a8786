package io.spendsense.ui.expenses;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestFiles;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.common.ViewLoader;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
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
 * The expense table takes its fixed row height from its laid-out rows (so a scroll does not measure each row), and
 * that height is the one every kind of row has when each is measured on its own: a plain row, one with a paperclip,
 * one paid in another currency with an estimated rate, one in another category, one with a long description.
 */
@ExtendWith(ApplicationExtension.class)
class ExpenseRowHeightTest {
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    ExpensesViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        services = Services.openForTests(dir.resolve("ui.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        long shopping = services.categories().findByName(alice, "Shopping").orElseThrow().id();
        Expense printer = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 2),
                new BigDecimal("149.99"), shopping, "Printer", "Best Buy", null));
        services.attachments().attach(alice, printer.id(), Files.write(dir.resolve("r.png"), TestFiles.png(Color.RED)));
        services.rates().add(alice, LocalDate.of(2026, 3, 1), "EUR", new BigDecimal("1.10"));
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 5), null, shopping, "Dinner",
                "Trattoria", null, ForeignAmount.unrated("EUR", new BigDecimal("20.00"))));
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("12.50"),
                services.categories().findByName(alice, "Dining").orElseThrow().id(), "Cable", "Target", null));
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 3), new BigDecimal("3.00"),
                shopping, "A description far longer than its column is wide, which the cell cuts off with an"
                + " ellipsis rather than wrapping onto a second line", "Kiosk", null));
        viewModel = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), new FakeDialogService(),
                new AmountParser(Locale.US), p -> { });
        ViewLoader[] holder = new ViewLoader[1];
        holder[0] = new ViewLoader(type -> type == ExpensesView.class
                ? new ExpensesView(viewModel, holder[0], new ScriptedFilePicker()) : new ExpenseEditorView());
        stage.setScene(new Scene(holder[0].load("/io/spendsense/ui/expenses/Expenses.fxml").root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void theTableKeepsTheHeightEveryKindOfRowHasOnItsOwn(FxRobot robot) {
        TableView<Expense> table = robot.lookup("#table").query();
        waitUntil(() -> rows(robot).size() == 4 && table.getFixedCellSize() > 0);
        double fixed = table.getFixedCellSize();
        assertThat(fixed).isBetween(12.0, 60.0);
        assertThat(rows(robot)).allSatisfy(r -> assertThat(r.getHeight()).isEqualTo(fixed));

        // measured again without it: each kind of row asks for exactly that height
        robot.interact(() -> table.setFixedCellSize(Region.USE_COMPUTED_SIZE));
        robot.interact(table::layout);
        assertThat(rows(robot)).hasSize(4).allSatisfy(r -> assertThat(table.snapSizeY(r.prefHeight(-1)))
                .as("row of %s", r.getItem().payee()).isEqualTo(fixed));
        waitUntil(() -> table.getFixedCellSize() == fixed);   // and the table takes it back after its next layout
    }

    @SuppressWarnings("unchecked")
    private static List<TableRow<Expense>> rows(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAll().stream().map(n -> (TableRow<Expense>) n)
                .filter(r -> r.getItem() != null).toList();
    }
}
