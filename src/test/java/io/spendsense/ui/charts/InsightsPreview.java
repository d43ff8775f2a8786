package io.spendsense.ui.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.spendsense.assistant.Assistant;
import io.spendsense.ui.chat.AssistantChat;
import io.spendsense.ui.chat.ChatView;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.TestViews;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A throwaway launcher to look at the charts and the chat as a user would: a temp database filled with the NLQ
 * development data (today = 2026-03-20), both views side by side. Arguments: {@code light|dark}, then questions to
 * ask the chat on start. Not a test; run it with the test classpath under a display.
 */
public final class InsightsPreview {
    private InsightsPreview() {
    }

    public static void main(String[] args) {
        // Launched through a nested class: a main class that extends Application needs JavaFX on the module path.
        Application.launch(App.class, args);
    }

    /** The preview window. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        boolean dark = !args.isEmpty() && args.get(0).equals("dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        var data = new InsightsFixture(Files.createTempDirectory("insights-preview"));
        data.load(Path.of(System.getProperty("preview.csv", "/work/shared/nlq/dev-expenses.csv")));
        var s = data.services;
        var runner = new FxTaskRunner();
        var charts = new ChartsViewModel(data.user, s.summaries(), runner, data.clock);
        var assistant = new Assistant(s.categories(), s.expenses(), s.summaries(), data.clock);
        var chat = AssistantChat.viewModel(assistant, data.user, s.categories(), s.summaries(), data.clock, runner);
        chat.expensesChangedProperty().addListener((obs, old, now) -> charts.refresh());
        var split = new SplitPane(TestViews.load(ChartsView.class, ChartsView.FXML, () -> new ChartsView(charts)),
                TestViews.load(ChatView.class, ChatView.FXML, () -> new ChatView(chat)));
        split.setDividerPositions(0.66);
        stage.setTitle("SpendSense — insights preview");
        stage.setScene(new Scene(split, 1400, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        charts.refresh();
        // Ask the questions one after the other: the chat ignores a question while one runs.
        var questions = new java.util.ArrayDeque<>(args.size() > 1 ? args.subList(1, args.size()) : List.<String>of());
        chat.busyProperty().addListener((obs, old, busy) -> {
            if (!busy && questions.isEmpty() && Boolean.getBoolean("preview.explain")) {
                // Open the last answer's explanation, to see it in a screenshot.
                javafx.application.Platform.runLater(() -> {
                    var messages = chat.getMessages();
                    messages.get(messages.size() - 1).explainShownProperty().set(true);
                });
            }
            if (!busy && !questions.isEmpty()) {
                var pause = new PauseTransition(Duration.millis(300));
                pause.setOnFinished(e -> chat.ask(questions.poll()));
                pause.play();
            }
        });
        var first = new PauseTransition(Duration.seconds(2));
        first.setOnFinished(e -> {
            if (!questions.isEmpty()) {
                chat.ask(questions.poll());
            }
        });
        first.play();
    }
    }
}
