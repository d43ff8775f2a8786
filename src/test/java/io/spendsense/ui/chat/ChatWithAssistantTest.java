package io.spendsense.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import atlantafx.base.theme.PrimerLight;
import io.spendsense.assistant.Assistant;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.ui.charts.InsightsFixture;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.FxWait;
import io.spendsense.ui.common.TestViews;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chat panel over the real assistant engine and a temp database (today is 2026-03-20). */
@ExtendWith(ApplicationExtension.class)
class ChatWithAssistantTest {
    @TempDir
    static Path dir;
    InsightsFixture data;
    FxTaskRunner runner;
    ChatViewModel vm;
    final List<ExpenseFilter> requests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = new InsightsFixture(dir.resolve("a" + System.nanoTime())).sample();
        var s = data.services;
        var assistant = new Assistant(s.categories(), s.expenses(), s.summaries(), data.clock);
        runner = new FxTaskRunner();
        vm = AssistantChat.viewModel(assistant, data.user, s.categories(), s.summaries(), data.clock, runner);
        vm.filterRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        var view = TestViews.load(ChatView.class, ChatView.FXML, () -> new ChatView(vm));
        stage.setScene(new Scene(view, 460, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
        data.close();
    }

    @Test
    void howMuchThisMonthGivesTheRightAmount(FxRobot robot) throws Exception {
        ChatViewTest.ask(robot, "how much did I spend this month?", 2);
        assertThat(ChatViewTest.texts(robot, ".bubble-assistant .bubble-text")).singleElement().asString()
                .contains("$1,670.75");
        assertThat(vm.getMessages().get(1).answer().value()).isEqualTo("1670.75");
    }

    @Test
    void followUpAndShowInTableUseTheEnginesFilters(FxRobot robot) throws Exception {
        ChatViewTest.ask(robot, "how much did I spend on dining this month?", 2);
        ChatViewTest.ask(robot, "and last month?", 4);
        assertThat(vm.getMessages().get(1).answer().value()).isEqualTo("75.25");
        assertThat(vm.getMessages().get(3).answer().value()).isEqualTo("0.00");
        robot.clickOn(robot.lookup(".show-in-table").queryAll().iterator().next());
        FxWait.waitUntil(() -> !requests.isEmpty());
        assertThat(requests).containsExactly(ExpenseFilter.of(Period.month(YearMonth.of(2026, 3)))
                .withCategories(Set.of(data.category("Dining"))));
    }

    @Test
    void confirmingAnAddedExpenseStoresIt(FxRobot robot) throws Exception {
        ChatViewTest.ask(robot, "I spent 12.50 on lunch at Chipotle today", 2);
        assertThat(vm.getMessages().get(1).answer().proposal()).isNotNull();
        robot.clickOn(".confirm-button");
        FxWait.waitUntil(() -> vm.expensesChangedProperty().get() == 1);
        assertThat(data.services.summaries().totals(data.user, ExpenseFilter.of(Period.month(YearMonth.of(2026, 3))))
                .total()).isEqualByComparingTo("1683.25");
    }
}
