package io.spendsense.ui;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
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
 * The open window follows changes made elsewhere (decision 0021): another context on the same database file — a
 * second computer's app, or a command — changes the profile, and the table (keeping its selection), the footer and
 * the Budgets tab show it within seconds, without the user doing anything.
 */
@ExtendWith(ApplicationExtension.class)
class WorkingTogetherDesktopTest {
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    @TempDir
    Path dir;
    Services services;
    AppContext context;
    Preferences node;

    @Start
    void start(Stage stage) {
        services = Services.openForTests(dir.resolve("ui.db"), CLOCK);
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
        context = new AppContext(stage, () -> services, new UiPreferences(node), new FxTaskRunner(),
                new ScriptedFilePicker());
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        context.close();
        node.removeNode();
    }

    @Test
    void aChangeMadeElsewhereShowsInTheOpenWindowKeepingTheSelection(FxRobot robot) {
        SignedInUser dana = TestUsers.signedUp(services, "dana");
        add(services, dana, 10, "4.00", "Coffee");
        add(services, dana, 11, "6.00", "Bagel");
        add(services, dana, 12, "9.00", "Lunch");
        for (int k = 0; k < 40; k++) {
            add(services, dana, 1 + k % 9, "1.00", "Older " + k);   // more rows than the window shows
        }
        waitUntil(() -> context.signInViewModel().readyProperty().get());
        robot.interact(() -> context.signInViewModel().refreshProfiles());
        waitUntil(() -> robot.lookup("#profileList").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("@dana");
        robot.clickOn("#passwordField").write(TestUsers.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#addButton").tryQuery().isPresent());
        TableView<Expense> table = table(robot);
        waitUntil(() -> table.getItems().size() == 43);
        robot.interact(() -> table.getSelectionModel().select(1));
        long selected = table.getSelectionModel().getSelectedItem().id();

        try (var elsewhere = Services.openForTests(dir.resolve("ui.db"), CLOCK)) {
            var danaThere = elsewhere.auth().signIn("dana", TestUsers.PASSWORD);
            add(elsewhere, danaThere, 15, "2.50", "Muffin");
            elsewhere.budgets().set(danaThere, null, new BigDecimal("300"), false, YearMonth.of(2026, 3));
        }

        waitUntil(() -> table.getItems().size() == 44);
        assertThat(table.getItems().get(0).description()).isEqualTo("Muffin");
        // the window was at the top: it stays there, so the newest expense shows rather than scrolling past it
        waitUntil(() -> table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getFirstVisibleCell().getIndex() == 0);
        waitUntil(() -> robot.lookup("#footerLabel").queryLabeled().getText().equals("44 expenses · Total $61.50"));
        assertThat(table.getSelectionModel().getSelectedItems()).as("the same expense still selected")
                .extracting(Expense::id).containsExactly(selected);
        waitUntil(() -> !robot.lookup("#budgetRows").<Pane>query().getChildren().isEmpty());
    }

    private static void add(Services where, SignedInUser who, int day, String amount, String description) {
        long category = where.categories().findByName(who, "Other").orElseThrow().id();
        where.expenses().create(who, new ExpenseDraft(LocalDate.of(2026, 3, day), new BigDecimal(amount), category,
                description, "Bakery", null));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Expense> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }
}
