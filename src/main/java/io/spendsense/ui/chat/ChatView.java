package io.spendsense.ui.chat;


import io.spendsense.ui.common.ViewLoader;
import io.spendsense.ui.common.WeakListeners;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Code-behind of Chat.fxml: renders the messages as bubbles, the suggestion chips and the typing indicator, and
 * forwards Enter, Up/Down and clicks to the view-model. Loaded from {@link #FXML} by the app's {@link ViewLoader}.
 */
public final class ChatView {
    /** Absolute on the class path; loaded by the app\'s {@link ViewLoader}, which builds this controller. */
    public static final String FXML = "/io/spendsense/ui/chat/Chat.fxml";
    private static final double MAX_CHIP_WIDTH = 290;

    private final ChatViewModel viewModel;
    private final WeakListeners listeners = new WeakListeners();
    private MessageView bubbles;
    private Timeline dots;

    @FXML private ScrollPane scroll;
    @FXML private VBox messagesBox;
    @FXML private Label placeholder;
    @FXML private HBox typing;
    @FXML private Label typingDots;
    @FXML private FlowPane chips;
    @FXML private TextField inputField;
    @FXML private Button sendButton;

    public ChatView(ChatViewModel viewModel) {
        this.viewModel = viewModel;
        viewModel.refreshSuggestions();
    }

    public ChatViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        bubbles = new MessageView(viewModel, scroll.widthProperty().subtract(36));
        inputField.textProperty().bindBidirectional(viewModel.inputProperty());
        inputField.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        sendButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.inputProperty().isEmpty()));

        typing.visibleProperty().bind(viewModel.busyProperty());
        typing.managedProperty().bind(viewModel.busyProperty());
        dots = new Timeline(new KeyFrame(Duration.millis(400), e -> typingDots.setText(
                typingDots.getText().length() >= 3 ? "." : typingDots.getText() + ".")));
        dots.setCycleCount(Timeline.INDEFINITE);
        listeners.watch(viewModel.busyProperty(), (obs, old, busy) -> {
            if (busy) {
                dots.play();
            } else {
                dots.stop();
            }
        });

        listeners.watch(viewModel.getMessages(), c -> {
            boolean rebuild = false;
            while (c.next()) {
                if (c.wasRemoved() || c.wasPermutated()) {
                    rebuild = true;
                } else {
                    c.getAddedSubList().forEach(m -> messagesBox.getChildren().add(bubbles.build(m)));
                }
            }
            if (rebuild) {
                messagesBox.getChildren().setAll(viewModel.getMessages().stream().map(bubbles::build).toList());
            }
        });
        viewModel.getMessages().forEach(m -> messagesBox.getChildren().add(bubbles.build(m)));
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.getMessages()));
        // Follow the conversation: whenever the content grows, show its end.
        messagesBox.heightProperty().addListener((obs, old, now) -> scroll.setVvalue(1.0));

        listeners.watch(viewModel.getSuggestions(), c -> showChips());
        showChips();
    }

    private void showChips() {
        chips.getChildren().setAll(viewModel.getSuggestions().stream().map(q -> {
            var chip = new Button(q);
            chip.getStyleClass().add("suggestion-chip");
            // A long suggestion must not widen the chat column (FlowPane is as wide as its widest child): it is
            // cut with an ellipsis, and the whole question shows as a tooltip.
            chip.setMaxWidth(MAX_CHIP_WIDTH);
            chip.setTooltip(new Tooltip(q));
            chip.setOnAction(e -> viewModel.ask(q));
            chip.disableProperty().bind(viewModel.busyProperty());
            return chip;
        }).toList());
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> {
                viewModel.historyPrevious();
                inputField.end();
                e.consume();
            }
            case DOWN -> {
                viewModel.historyNext();
                inputField.end();
                e.consume();
            }
            default -> { }
        }
    }

    @FXML
    private void onSend() {
        viewModel.send();
    }

    @FXML
    private void onNewChat() {
        viewModel.reset();
    }
}
