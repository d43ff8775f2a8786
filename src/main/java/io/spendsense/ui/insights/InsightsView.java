package io.spendsense.ui.insights;


import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Code-behind of Insights.fxml: a card per flagged expense with its reason and a Dismiss button, and the upcoming
 * recurring expenses. Loaded from {@link #FXML} by the app's {@link ViewLoader}.
 */
public final class InsightsView {
    /** Absolute on the class path; loaded by the app\'s {@link ViewLoader}, which builds this controller. */
    public static final String FXML = "/io/spendsense/ui/insights/Insights.fxml";
    private final InsightsViewModel viewModel;
    @FXML private Label monthLabel;
    @FXML private ChoiceBox<Sensitivity> sensitivityChoice;
    @FXML private Label errorLabel;
    @FXML private VBox flaggedBox;
    @FXML private Label noneLabel;
    @FXML private VBox upcomingBox;
    @FXML private Label noUpcomingLabel;
    @FXML private ProgressIndicator progress;

    public InsightsView(InsightsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        monthLabel.textProperty().bind(viewModel.monthTitleProperty());
        sensitivityChoice.getItems().setAll(Sensitivity.values());
        sensitivityChoice.valueProperty().bindBidirectional(viewModel.sensitivityProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        Forms.showText(errorLabel, viewModel.errorProperty());
        noneLabel.visibleProperty().bind(Bindings.isEmpty(viewModel.flagged()).and(viewModel.loadingProperty().not()));
        noneLabel.managedProperty().bind(noneLabel.visibleProperty());
        noUpcomingLabel.visibleProperty().bind(Bindings.isEmpty(viewModel.upcoming())
                .and(viewModel.loadingProperty().not()));
        noUpcomingLabel.managedProperty().bind(noUpcomingLabel.visibleProperty());
        viewModel.flagged().addListener((ListChangeListener<InsightRow>) c -> showFlagged());
        viewModel.upcoming().addListener((ListChangeListener<UpcomingRow>) c -> showUpcoming());
        showFlagged();
        showUpcoming();
    }

    private void showFlagged() {
        flaggedBox.getChildren().setAll(viewModel.flagged().stream().map(this::card).toList());
    }

    private Node card(InsightRow row) {
        var kind = new Label(row.kind());
        kind.getStyleClass().add("insight-kind");
        var reason = new Label(row.reason());
        reason.getStyleClass().add("insight-reason");
        reason.setWrapText(true);
        var expense = new Label(row.expenseText());
        expense.getStyleClass().add("insight-expense");
        var text = new VBox(4, new HBox(8, kind, reason), expense);
        HBox.setHgrow(text, Priority.ALWAYS);
        var dismiss = new Button(Messages.get("insights.dismiss"));
        dismiss.getStyleClass().add("dismiss-insight");
        dismiss.setOnAction(e -> viewModel.dismiss(row));
        var card = new HBox(12, text, dismiss);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("insight-row");
        return card;
    }

    private void showUpcoming() {
        upcomingBox.getChildren().setAll(viewModel.upcoming().stream().map(u -> {
            var date = new Label(u.date());
            date.getStyleClass().add("upcoming-date");
            date.setMinWidth(110);
            var title = new Label(u.title());
            var schedule = new Label(u.schedule());
            schedule.getStyleClass().add("upcoming-date");
            var gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            var amount = new Label(u.amount());
            amount.getStyleClass().add("budget-name");
            var line = new HBox(12, date, title, schedule, gap, amount);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("upcoming-row");
            return (Node) line;
        }).toList());
    }

    @FXML
    private void onPrevious() {
        viewModel.previousMonth();
    }

    @FXML
    private void onNext() {
        viewModel.nextMonth();
    }
}
