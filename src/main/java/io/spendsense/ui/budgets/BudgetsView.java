package io.spendsense.ui.budgets;


import io.spendsense.domain.Category;
import io.spendsense.ui.budgets.BudgetEditorViewModel.ApplyFrom;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Validation;
import io.spendsense.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.controlsfx.validation.ValidationSupport;

/**
 * Code-behind of Budgets.fxml: one card per {@link BudgetRow} (click to see its history), the history bar chart, and
 * the add / edit dialog over a {@link BudgetEditorViewModel}. Loaded from {@link #FXML} by the app's {@link
 * ViewLoader}.
 */
public final class BudgetsView {
    /** Absolute on the class path; loaded by the app\'s {@link ViewLoader}, which builds this controller. */
    public static final String FXML = "/io/spendsense/ui/budgets/Budgets.fxml";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected-budget");

    private final BudgetsViewModel viewModel;
    @FXML private Parent root;
    @FXML private Label monthLabel;
    @FXML private Label errorLabel;
    @FXML private Label emptyLabel;
    @FXML private VBox rowsBox;
    @FXML private VBox historyCard;
    @FXML private Label historyTitle;
    @FXML private BarChart<String, Number> historyChart;
    @FXML private Pane bandLayer;
    @FXML private ProgressIndicator progress;

    public BudgetsView(BudgetsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        monthLabel.textProperty().bind(viewModel.monthTitleProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        Forms.showText(errorLabel, viewModel.errorProperty());
        historyTitle.textProperty().bind(viewModel.historyTitleProperty());
        historyChart.getStyleClass().add("budget-history");
        // the band layer covers the chart and takes its size from it, never from the band it holds
        bandLayer.setMinSize(0, 0);
        bandLayer.setPrefSize(0, 0);
        historyCard.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        historyCard.managedProperty().bind(historyCard.visibleProperty());
        viewModel.rows().addListener((ListChangeListener<BudgetRow>) c -> showRows());
        viewModel.history().addListener((ListChangeListener<HistoryPoint>) c -> showHistory());
        viewModel.selectedProperty().addListener((o, a, b) -> markSelected());
        showRows();
    }

    private void showRows() {
        rowsBox.getChildren().setAll(viewModel.rows().stream().map(this::card).toList());
        emptyLabel.setVisible(viewModel.rows().isEmpty() && !viewModel.loadingProperty().get());
        emptyLabel.setManaged(emptyLabel.isVisible());
        markSelected();
    }

    private void markSelected() {
        var selected = viewModel.selectedProperty().get();
        rowsBox.getChildren().forEach(n -> n.pseudoClassStateChanged(SELECTED,
                selected != null && n.getUserData() instanceof BudgetRow r && r.budgetId() == selected.budgetId()));
    }

    private Node card(BudgetRow row) {
        var chip = new Circle(6, Forms.categoryColor(row.color()));
        var name = new Label(row.name());
        name.getStyleClass().add("budget-name");
        var percent = new Label(row.percentText());
        percent.getStyleClass().addAll("budget-percent", row.styleClass());
        var edit = new Button(Messages.get("common.edit"));
        edit.getStyleClass().addAll("flat", "small");
        edit.setOnAction(e -> openEditor(viewModel.edit(row)));
        var remove = new Button(Messages.get("common.remove"));
        remove.getStyleClass().addAll("flat", "small", "danger");
        remove.setOnAction(e -> viewModel.remove(row));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var top = new HBox(8, chip, name, spacer, percent, edit, remove);
        top.setAlignment(Pos.CENTER_LEFT);

        var bar = new ProgressBar(row.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(row.styleClass());

        var spent = detail(row.spentText());
        var remaining = detail(row.remainingText());
        remaining.getStyleClass().add("budget-remaining");
        var days = detail(row.daysLeftText());
        // a flow, not a row: in a narrow column (the assistant open) the figures wrap instead of being cut off
        var bottom = new FlowPane(16, 2, spent, remaining, days);
        bottom.setAlignment(Pos.CENTER_LEFT);
        if (!row.forecast().isEmpty()) {
            bottom.getChildren().add(detail(row.forecast()));
            if (row.likelyExceeded()) {
                var badge = new Label(Messages.get("budgets.likelyToExceed"));
                badge.getStyleClass().add("budget-badge");
                bottom.getChildren().add(badge);
            }
        }
        var card = new VBox(6, top, bar, bottom);
        card.getStyleClass().add("budget-row");
        card.setUserData(row);
        card.setOnMouseClicked(e -> viewModel.select(row));
        return card;
    }

    private static Label detail(String text) {
        var label = new Label(text);
        label.getStyleClass().add("budget-detail");
        return label;
    }

    private void showHistory() {
        var spent = new XYChart.Series<String, Number>();
        spent.setName(Messages.get("budgets.chart.spent"));
        var limit = new XYChart.Series<String, Number>();
        limit.setName(Messages.get("budgets.chart.limit"));
        var forecast = new XYChart.Series<String, Number>();
        forecast.setName(Messages.get("budgets.chart.forecast"));
        HistoryPoint current = null;
        double top = 0;
        for (HistoryPoint p : viewModel.history()) {
            spent.getData().add(new XYChart.Data<>(p.month(), p.spent()));
            limit.getData().add(new XYChart.Data<>(p.month(), p.limit()));
            top = Math.max(top, Math.max(p.spent().doubleValue(), p.limit().doubleValue()));
            if (p.forecast() != null) {
                forecast.getData().add(new XYChart.Data<>(p.month(), p.forecast()));
                current = p;
                top = Math.max(top, p.high().doubleValue());
            }
        }
        bandLayer.getChildren().clear();
        var yAxis = (NumberAxis) historyChart.getYAxis();
        if (current == null) {
            yAxis.setAutoRanging(true);
            historyChart.getData().setAll(spent, limit);
            return;
        }
        // The axis must reach the top of the band, which no bar does: it is set by hand while a band is shown.
        double unit = niceUnit(top * 1.08 / 5);
        yAxis.setAutoRanging(false);
        yAxis.setLowerBound(0);
        yAxis.setTickUnit(unit);
        yAxis.setUpperBound(Math.ceil(top * 1.08 / unit) * unit);
        historyChart.getData().setAll(spent, limit, forecast);
        drawBand(forecast.getData().get(0), current);
    }

    /** 1, 2 or 5 times a power of ten: tick units a reader can add up. */
    static double niceUnit(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    /** The forecast's range as a translucent band around the current month's forecast bar, kept in place on layout. */
    private void drawBand(XYChart.Data<String, Number> bar, HistoryPoint p) {
        var band = new Rectangle();
        // placed by hand: it must never size the layer (nor, through it, the chart)
        band.setManaged(false);
        band.setId("forecastBand");
        band.getStyleClass().add("forecast-band");
        bandLayer.getChildren().setAll(band);
        var yAxis = (NumberAxis) historyChart.getYAxis();
        Runnable place = () -> {
            Node n = bar.getNode();
            if (n == null || n.getScene() == null) {
                return;
            }
            var b = bandLayer.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double low = bandLayer.sceneToLocal(yAxis.localToScene(0, yAxis.getDisplayPosition(p.low()))).getY();
            double high = bandLayer.sceneToLocal(yAxis.localToScene(0, yAxis.getDisplayPosition(p.high()))).getY();
            band.setX(b.getMinX() - 3);
            band.setWidth(b.getWidth() + 6);
            band.setY(Math.min(low, high));
            band.setHeight(Math.max(2, Math.abs(low - high)));
        };
        Runnable follow = () -> {
            Node n = bar.getNode();
            if (n != null) {
                Tooltip.install(n, new Tooltip(Messages.format("budgets.chart.forecastTip", p.month(),
                        viewModel.money(p.forecast()), viewModel.money(p.low()), viewModel.money(p.high()))));
                n.boundsInParentProperty().addListener((o, a, c) -> place.run());
                // any ancestor that moves (the assistant column opening, a scroll) moves the bar in the scene
                n.localToSceneTransformProperty().addListener((o, a, c) -> place.run());
                place.run();
            }
        };
        bar.nodeProperty().addListener((o, a, c) -> follow.run());
        follow.run();
        yAxis.upperBoundProperty().addListener((o, a, c) -> place.run());
        historyChart.layoutBoundsProperty().addListener((o, a, c) -> place.run());
        bandLayer.localToSceneTransformProperty().addListener((o, a, c) -> place.run());
    }

    private void openEditor(BudgetEditorViewModel form) {
        var dialog = new Dialog<ButtonType>();
        dialog.setTitle(form.editing() ? Messages.get("budgets.editTitle") : Messages.get("budgets.add"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        var category = new ComboBox<Category>();
        category.setId("budgetCategory");
        category.getItems().setAll(form.choices());
        category.setButtonCell(new Forms.CategoryCell());
        category.setCellFactory(l -> new Forms.CategoryCell());
        category.valueProperty().bindBidirectional(form.categoryProperty());
        category.setDisable(form.editing());
        category.setMaxWidth(Double.MAX_VALUE);
        var limit = new TextField();
        limit.setId("budgetLimit");
        limit.setPromptText(Messages.get("budgets.form.limitPrompt"));
        limit.textProperty().bindBidirectional(form.limitTextProperty());
        var limitError = new Label();
        limitError.setId("budgetLimitError");
        limitError.getStyleClass().add("field-error");
        limitError.textProperty().bind(form.limitErrorProperty());
        var rollover = new CheckBox(Messages.get("budgets.form.rollover"));
        rollover.setId("budgetRollover");
        rollover.selectedProperty().bindBidirectional(form.rolloverProperty());

        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(16, 16, 4, 16));
        grid.addRow(0, new Label(Messages.get("budgets.form.category")), category);
        grid.addRow(1, new Label(Messages.get("budgets.form.limit")), limit);
        grid.add(limitError, 1, 2);
        grid.add(rollover, 0, 3, 2, 1);
        if (form.editing()) {
            addApplyFrom(grid, form, 4);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().addAll(root.getStylesheets());
        var save = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveBudget");
        saveButton.disableProperty().bind(form.validProperty().not());
        Validation.decorate(new ValidationSupport(), limit, form.limitErrorProperty());
        limit.requestFocus();
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> viewModel.save(form));
    }

    /** "Apply from: this month / a month I choose [YYYY-MM] / all months", with the limits so far above it. */
    private void addApplyFrom(GridPane grid, BudgetEditorViewModel form, int row) {
        var limits = new Label(Messages.format("budgets.form.limitsSoFar", form.limitsText(viewModel.currency())));
        limits.setId("budgetLimits");
        limits.getStyleClass().add("budget-detail");
        limits.setWrapText(true);
        limits.setPrefWidth(400); // a long history wraps instead of widening the dialog
        limits.setMinHeight(Region.USE_PREF_SIZE);
        var group = new ToggleGroup();
        var choices = new VBox(6);
        var month = new TextField();
        month.setId("budgetFromMonth");
        month.setPromptText(Messages.get("budgets.form.monthPrompt"));
        month.setPrefColumnCount(8);
        month.textProperty().bindBidirectional(form.fromMonthTextProperty());
        month.disableProperty().bind(form.applyFromProperty().isNotEqualTo(ApplyFrom.CHOSEN_MONTH));
        for (ApplyFrom choice : ApplyFrom.values()) {
            var radio = new RadioButton(form.label(choice));
            radio.setId("budgetApply" + choice.name());
            radio.setToggleGroup(group);
            radio.setUserData(choice);
            radio.setSelected(form.applyFromProperty().get() == choice);
            choices.getChildren().add(choice == ApplyFrom.CHOSEN_MONTH ? new HBox(8, radio, month) : radio);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                form.applyFromProperty().set((ApplyFrom) b.getUserData());
            }
        });
        var monthError = Forms.fieldError(form.fromMonthErrorProperty());
        monthError.setId("budgetFromMonthError");
        var hint = new Label();
        hint.setId("budgetApplyHint");
        hint.getStyleClass().add("budget-detail");
        hint.setWrapText(true);
        hint.setPrefWidth(300);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(form.applyHintProperty());
        grid.add(limits, 0, row, 2, 1);
        grid.addRow(row + 1, new Label(Messages.get("budgets.form.applyFrom")), choices);
        grid.add(monthError, 1, row + 2);
        grid.add(hint, 1, row + 3);
        Validation.decorate(new ValidationSupport(), month, form.fromMonthErrorProperty());
    }

    @FXML
    private void onPrevious() {
        viewModel.previousMonth();
    }

    @FXML
    private void onNext() {
        viewModel.nextMonth();
    }

    @FXML
    private void onAdd() {
        openEditor(viewModel.newBudget());
    }
}
