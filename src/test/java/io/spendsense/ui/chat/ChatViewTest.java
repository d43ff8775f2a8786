package io.spendsense.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.FxWait;
import io.spendsense.ui.common.TestViews;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the chat panel with a fake engine, headless: typing, Enter, history, Explain, Confirm. */
@ExtendWith(ApplicationExtension.class)
class ChatViewTest {
    FakeAssistant engine;
    FxTaskRunner runner;
    ChatViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engine = new FakeAssistant();
        runner = new FxTaskRunner();
        vm = new ChatViewModel(engine::start, engine::confirm, engine, runner, "USD");
        var view = TestViews.load(ChatView.class, ChatView.FXML, () -> new ChatView(vm));
        stage.setScene(new Scene(view, 460, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    static void ask(FxRobot robot, String question, int expectedBubbles) throws Exception {
        robot.clickOn("#chatInput").write(question).type(KeyCode.ENTER);
        FxWait.waitUntil(() -> robot.lookup(".bubble").queryAll().size() >= expectedBubbles);
    }

    @Test
    void enterSendsTheQuestionAndShowsBothBubbles(FxRobot robot) throws Exception {
        ask(robot, "How much on dining this month?", 2);
        assertThat(texts(robot, ".bubble-user .bubble-text")).containsExactly("How much on dining this month?");
        assertThat(texts(robot, ".bubble-assistant .bubble-text")).containsExactly(
                "You spent $45.25 on Dining at Chipotle over $10.00 in March 2026.");
        assertThat(robot.lookup("#chatInput").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#typing").queryAll().iterator().next().isVisible()).isFalse();
    }

    @Test
    void wordsNotUsedShowAsANoticeAndNoTableIsOfferedForRowsItCannotShow(FxRobot robot) throws Exception {
        ask(robot, "how much on organic groceries this month?", 2);
        assertThat(texts(robot, ".bubble-assistant .bubble-text")).containsExactly(
                "You spent $210.40 on Groceries in March 2026.");
        assertThat(texts(robot, "#notUsed")).containsExactly(
                "⚠ Not used: “organic” — this answer does not take it into account.");
        assertThat(robot.lookup(".show-in-table").queryAll()).hasSize(1);
        ask(robot, "how much this month excluding rent?", 4);
        assertThat(robot.lookup("#notUsed").queryAll()).hasSize(1);
        assertThat(robot.lookup(".show-in-table").queryAll()).hasSize(1);
    }

    @Test
    void upRecallsThePreviousQuestion(FxRobot robot) throws Exception {
        ask(robot, "first question", 2);
        ask(robot, "second question", 4);
        robot.clickOn("#chatInput").type(KeyCode.UP);
        assertThat(robot.lookup("#chatInput").queryAs(TextField.class).getText()).isEqualTo("second question");
        robot.type(KeyCode.UP);
        assertThat(robot.lookup("#chatInput").queryAs(TextField.class).getText()).isEqualTo("first question");
        robot.type(KeyCode.DOWN, 2);
        assertThat(robot.lookup("#chatInput").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void explainToggleRevealsTheReasoning(FxRobot robot) throws Exception {
        ask(robot, "biggest expense this month", 2);
        Node lines = robot.lookup(".explain-lines").query();
        assertThat(lines.isVisible()).isFalse();
        robot.clickOn(".explain-toggle");
        assertThat(lines.isVisible()).isTrue();
        assertThat(texts(robot, ".explain-line")).contains("• intent biggest_expense: the word 'biggest'");
        assertThat(texts(robot, ".answer-table-number")).contains("$1,475.00");
    }

    @Test
    void confirmSavesTheProposalAndSaysSo(FxRobot robot) throws Exception {
        ask(robot, "I spent 12.50 on lunch at Chipotle today", 2);
        robot.clickOn(".confirm-button");
        FxWait.waitUntil(() -> robot.lookup(".bubble").queryAll().size() == 3);
        assertThat(engine.confirmed).hasSize(1);
        assertThat(texts(robot, ".bubble-assistant .bubble-text")).last().asString().startsWith("Saved: $12.50");
        assertThat(texts(robot, ".proposal-outcome")).containsExactly("✓ Saved");
        assertThat(vm.expensesChangedProperty().get()).isEqualTo(1);
    }

    @Test
    void typingIndicatorShowsWhileTheQuestionRunsOffTheFxThread(FxRobot robot) throws Exception {
        var release = new java.util.concurrent.CountDownLatch(1);
        // recorded here, asserted on the test thread: an assertion failing on the worker would only become an
        // error bubble, which this test would count as an answer
        var onFxThread = new java.util.concurrent.atomic.AtomicReference<Boolean>();
        var slow = new ChatViewModel(() -> q -> {
            onFxThread.set(javafx.application.Platform.isFxApplicationThread());
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeAssistant.answer(q);
        }, engine::confirm, engine, runner, "USD");
        robot.interact(() -> robot.targetWindow().getScene()
                .setRoot(TestViews.load(ChatView.class, ChatView.FXML, () -> new ChatView(slow))));
        robot.clickOn("#chatInput").write("biggest expense?").type(KeyCode.ENTER);
        Node typing = robot.lookup("#typing").query();
        FxWait.waitUntil(typing::isVisible);
        assertThat(robot.lookup(".bubble").queryAll()).hasSize(1);
        release.countDown();
        FxWait.waitUntil(() -> !typing.isVisible());
        assertThat(robot.lookup(".bubble").queryAll()).hasSize(2);
        assertThat(onFxThread.get()).as("the question ran on the FX thread").isFalse();
        assertThat(robot.lookup(".bubble-error").queryAll()).isEmpty();
    }

    @Test
    void trendAnswerShowsASmallChartAndCancelLeavesNothingSaved(FxRobot robot) throws Exception {
        ask(robot, "dining trend", 2);
        var chart = robot.lookup(".answer-chart").queryAs(javafx.scene.chart.LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        assertThat(((javafx.scene.chart.XYChart.Series<?, ?>) chart.getData().get(0)).getData()).hasSize(3);
        ask(robot, "I spent 12.50 on lunch at Chipotle today", 4);
        robot.clickOn(".cancel-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(engine.confirmed).isEmpty();
        assertThat(texts(robot, ".bubble-assistant .bubble-text")).last().isEqualTo("Okay, I did not save it.");
        assertThat(robot.lookup(".confirm-button").query().isVisible()).isFalse();
    }

    @Test
    void suggestionChipAsksItsQuestion(FxRobot robot) throws Exception {
        FxWait.waitUntil(() -> !robot.lookup(".suggestion-chip").queryAll().isEmpty());
        robot.clickOn("How much did I spend on housing last month?");
        FxWait.waitUntil(() -> robot.lookup(".bubble").queryAll().size() >= 2);
        assertThat(engine.asked).containsExactly("1:How much did I spend on housing last month?");
    }
}
