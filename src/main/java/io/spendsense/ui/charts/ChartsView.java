package io.spendsense.ui.charts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Percent;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.ViewLoader;
import io.spendsense.ui.common.WeakListeners;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Code-behind of Charts.fxml: turns the view-model's records into chart data, colors each bar, slice and line with
 * its category's color and forwards clicks. Loaded from {@link #FXML} by the app's {@link ViewLoader}.
 */
public final class ChartsView {
    /** Absolute on the class path; loaded by the app\'s {@link ViewLoader}, which builds this controller. */
    public static final String FXML = "/io/spendsense/ui/charts/Charts.fxml";

    private static final int DONUT_LEGEND_ROWS = 5;

    private final ChartsViewModel viewModel;
    private final WeakListeners listeners = new WeakListeners();

    @FXML private StackPane chartsRoot;
    @FXML private Label monthLabel;
    @FXML private Button previousButton;
    @FXML private Label partialNote;
    @FXML private Button nextButton;
    @FXML private ComboBox<ChartRange> rangeBox;
    @FXML private Label totalLabel;
    @FXML private Label totalCaption;
    @FXML private Label changeCaption;
    @FXML private Label changeLabel;
    @FXML private Label topCategoryLabel;
    @FXML private Label biggestLabel;
    @FXML private StackedBarChart<String, Number> monthlyChart;
    @FXML private CategoryAxis monthlyAxis;
    @FXML private NumberAxis monthlyValueAxis;
    @FXML private FlowPane legend;
    @FXML private DonutChart donut;
    @FXML private Label donutTitle;
    @FXML private GridPane donutLegend;
    @FXML private LineChart<String, Number> trendChart;
    @FXML private CategoryAxis trendAxis;
    @FXML private NumberAxis trendValueAxis;
    @FXML private ComboBox<CategoryTotal> trendBox;
    @FXML private Label monthlyEmpty;
    @FXML private Label trendEmpty;
    @FXML private ProgressIndicator progress;
    @FXML private Label errorLabel;

    public ChartsView(ChartsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public ChartsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        monthLabel.textProperty().bind(viewModel.monthTitleProperty());
        donutTitle.textProperty().bind(viewModel.monthTitleProperty());
        totalCaption.textProperty().bind(viewModel.totalCaptionProperty());
        totalLabel.textProperty().bind(viewModel.totalTextProperty());
        changeCaption.textProperty().bind(viewModel.changeTitleProperty());
        changeLabel.textProperty().bind(viewModel.changeTextProperty());
        topCategoryLabel.textProperty().bind(viewModel.topCategoryTextProperty());
        biggestLabel.textProperty().bind(viewModel.biggestTextProperty());
        donut.valueLabel().textProperty().bind(viewModel.totalTextProperty());
        donut.captionLabel().setText(Messages.get("charts.donut.spent"));
        progress.visibleProperty().bind(viewModel.loadingProperty());
        nextButton.disableProperty().bind(viewModel.canGoNextProperty().not());
        var nothing = javafx.beans.binding.Bindings.isEmpty(viewModel.getRangeCategories())
                .and(viewModel.loadingProperty().not());
        monthlyEmpty.visibleProperty().bind(nothing);
        trendEmpty.visibleProperty().bind(nothing);
        trendEmpty.textProperty().bind(monthlyEmpty.textProperty());
        errorLabel.textProperty().bind(viewModel.errorMessageProperty());
        errorLabel.visibleProperty().bind(viewModel.errorMessageProperty().isNotEmpty());
        listeners.watch(viewModel.changeProperty(), (obs, old, now) -> styleChange(now));
        styleChange(viewModel.changeProperty().get());

        rangeBox.setItems(viewModel.getRanges());
        rangeBox.setValue(viewModel.rangeProperty().get());
        listeners.watch(viewModel.rangeProperty(), (obs, old, now) -> rangeBox.setValue(now));
        rangeBox.setOnAction(e -> viewModel.selectRange(rangeBox.getValue()));

        trendBox.setItems(viewModel.getRangeCategories());
        trendBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CategoryTotal c) {
                return c == null ? "" : c.category();
            }

            @Override
            public CategoryTotal fromString(String s) {
                return null;
            }
        });
        trendBox.setCellFactory(list -> new CategoryCell());
        trendBox.setButtonCell(new CategoryCell());
        trendBox.setValue(viewModel.trendCategoryProperty().get());
        listeners.watch(viewModel.trendCategoryProperty(), (obs, old, now) -> trendBox.setValue(now));
        trendBox.setOnAction(e -> viewModel.selectTrendCategory(trendBox.getValue()));

        var axisFormat = new StringConverter<Number>() {
            private final NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);

            @Override
            public String toString(Number n) {
                return format.format(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
        monthlyValueAxis.setTickLabelFormatter(axisFormat);
        trendValueAxis.setTickLabelFormatter(axisFormat);
        monthlyChart.setAnimated(false);
        trendChart.setAnimated(false);
        monthlyAxis.setAnimated(false);
        // Every month of the range gets its slot, even without expenses: the axis must not range from the data.
        monthlyAxis.setAutoRanging(false);
        trendAxis.setAutoRanging(false);
        trendAxis.setAnimated(false);

        listeners.watch(viewModel.getMonthly(), c -> showMonthly());
        listeners.watch(viewModel.getMonthCategories(), c -> showDonut());
        listeners.watch(viewModel.getTrend(), c -> showTrend());
        showMonthly();
        showDonut();
        showTrend();
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
    private void onShowMonth() {
        viewModel.showMonthInTable();
    }

    private void styleChange(Change change) {
        changeLabel.getStyleClass().removeAll("change-up", "change-down");
        if (change == Change.UP) {
            changeLabel.getStyleClass().add("change-up");
        } else if (change == Change.DOWN) {
            changeLabel.getStyleClass().add("change-down");
        }
    }

    private void showMonthly() {
        if (rangeBox.getValue() != viewModel.rangeProperty().get()) {
            rangeBox.setValue(viewModel.rangeProperty().get());
        }
        var months = viewModel.getMonths();
        Map<YearMonth, String> labels = new HashMap<>();
        var categories = new ArrayList<String>();
        for (var m : months) {
            labels.put(m, viewModel.axisLabel(m));
            categories.add(labels.get(m));
        }
        monthlyChart.getData().clear();
        monthlyAxis.getCategories().setAll(categories);
        partialNote.setText(viewModel.partialNote());
        partialNote.setVisible(!partialNote.getText().isEmpty());
        partialNote.setManaged(partialNote.isVisible());
        var seriesList = new ArrayList<XYChart.Series<String, Number>>();
        legend.getChildren().clear();
        for (var category : viewModel.getRangeCategories()) {
            var series = new XYChart.Series<String, Number>();
            series.setName(category.category());
            for (var cell : viewModel.getMonthly()) {
                if (cell.categoryId() == category.categoryId() && labels.containsKey(cell.month())) {
                    var data = new XYChart.Data<String, Number>(labels.get(cell.month()), cell.total().doubleValue());
                    decorate(data, "bar-segment", "-fx-bar-fill: " + category.color() + ";",
                            viewModel.tooltip(category.category(), cell.month(), cell.total()),
                            () -> viewModel.barClicked(cell.month(), category.categoryId()));
                    series.getData().add(data);
                }
            }
            seriesList.add(series);
            legend.getChildren().add(legendItem(category));
        }
        monthlyChart.getData().setAll(seriesList);
    }

    private Node legendItem(CategoryTotal category) {
        var dot = new Circle(5, Forms.categoryColor(category.color()));
        var item = new Label(category.category(), dot);
        item.getStyleClass().add("legend-entry");
        item.setTooltip(tooltip(Messages.format("charts.tooltip", category.category(),
                viewModel.rangeProperty().get().label(), viewModel.money(category.total()))));
        item.setCursor(Cursor.HAND);
        item.setOnMouseClicked(e -> viewModel.selectTrendCategory(category));
        return item;
    }

    private void showDonut() {
        var slices = new ArrayList<PieChart.Data>();
        for (var category : viewModel.getMonthCategories()) {
            var slice = new PieChart.Data(category.category(), category.total().doubleValue());
            decorate(slice, category, () -> viewModel.sliceClicked(category.categoryId()));
            slices.add(slice);
        }
        donut.getData().setAll(slices);
        showDonutLegend();
        donut.captionLabel().setText(slices.isEmpty() ? Messages.get("charts.donut.none")
                : Messages.get("charts.donut.spent"));
    }

    /** The month's largest categories beside their colors, amounts and shares; the rest summed as "n more". */
    private void showDonutLegend() {
        donutLegend.getChildren().clear();
        var categories = viewModel.getMonthCategories();
        BigDecimal total = categories.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        int shown = Math.min(categories.size(),
                categories.size() > DONUT_LEGEND_ROWS ? DONUT_LEGEND_ROWS - 1 : DONUT_LEGEND_ROWS);
        for (int i = 0; i < shown; i++) {
            var c = categories.get(i);
            var name = new Label(c.category(), new Circle(5, Forms.categoryColor(c.color())));
            name.getStyleClass().add("legend-entry");
            name.setCursor(Cursor.HAND);
            name.setOnMouseClicked(e -> viewModel.sliceClicked(c.categoryId()));
            donutLegend.addRow(i, name, amountLabel(viewModel.money(c.total())), amountLabel(share(c.total(), total)));
        }
        if (shown < categories.size()) {
            BigDecimal rest = categories.subList(shown, categories.size()).stream().map(CategoryTotal::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var more = new Label(Messages.format("charts.legendMore", categories.size() - shown));
            more.getStyleClass().add("legend-more");
            donutLegend.addRow(shown, more, amountLabel(viewModel.money(rest)), amountLabel(share(rest, total)));
        }
    }

    private static Label amountLabel(String text) {
        var label = new Label(text);
        label.getStyleClass().add("legend-amount");
        GridPane.setHalignment(label, javafx.geometry.HPos.RIGHT);
        return label;
    }

    private static String share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? "" : Percent.of(part, total, 0);
    }

    private void decorate(PieChart.Data slice, CategoryTotal category, Runnable onClick) {
        BigDecimal total = viewModel.getMonthCategories().stream().map(CategoryTotal::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String text = total.signum() == 0
                ? Messages.format("charts.tooltip", category.category(), viewModel.monthTitleProperty().get(),
                        viewModel.money(category.total()))
                : Messages.format("charts.sliceTooltip", category.category(), viewModel.monthTitleProperty().get(),
                        viewModel.money(category.total()), Percent.of(category.total(), total, 1));
        whenNode(slice.nodeProperty().get(),
                node -> style(node, "donut-slice", "-fx-pie-color: " + category.color() + ";",
                text, onClick), slice.nodeProperty());
    }

    private void showTrend() {
        var points = viewModel.getTrend();
        var category = viewModel.trendCategoryProperty().get();
        // Replacing a combo box's items may clear its value; an equal choice raises no change to restore it.
        if (trendBox.getValue() != category) {
            trendBox.setValue(category);
        }
        String color = category == null ? "-color-accent-emphasis" : category.color();
        trendChart.setCreateSymbols(ChartsViewModel.markersFor(points.size()));
        trendChart.getData().clear();
        var categories = new ArrayList<String>();
        var series = new XYChart.Series<String, Number>();
        series.setName(category == null ? "" : category.category());
        for (MonthTotal point : points) {
            String label = viewModel.axisLabel(point.month());
            categories.add(label);
            var data = new XYChart.Data<String, Number>(label, point.total().doubleValue());
            decorate(data, "trend-point", "-fx-background-color: " + color + ", -color-bg-default;",
                    viewModel.tooltip(series.getName(), point.month(), point.total()),
                    () -> viewModel.trendPointClicked(point.month()));
            series.getData().add(data);
        }
        trendAxis.getCategories().setAll(categories);
        trendChart.getData().setAll(List.of(series));
        whenNode(series.getNode(), node -> node.setStyle("-fx-stroke: " + color + ";"), series.nodeProperty());
    }

    private <X, Y> void decorate(XYChart.Data<X, Y> data, String styleClass, String style, String tip,
            Runnable onClick) {
        whenNode(data.getNode(), node -> style(node, styleClass, style, tip, onClick), data.nodeProperty());
    }

    private static void whenNode(Node now, Consumer<Node> action, ObservableValue<Node> property) {
        if (now != null) {
            action.accept(now);
        }
        property.addListener((obs, old, node) -> {
            if (node != null) {
                action.accept(node);
            }
        });
    }

    private static void style(Node node, String styleClass, String style, String tip, Runnable onClick) {
        // Charts reset their nodes' style classes as series come and go, so the role is kept as a property.
        node.getProperties().put("insights.role", styleClass);
        node.setStyle(style);
        Tooltip.install(node, tooltip(tip));
        node.setCursor(Cursor.HAND);
        node.setOnMouseClicked(e -> onClick.run());
    }

    private static Tooltip tooltip(String text) {
        var tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(150));
        return tip;
    }

    /** Shows a category's color dot beside its name in the trend chooser. */
    private static final class CategoryCell extends ListCell<CategoryTotal> {
        @Override
        protected void updateItem(CategoryTotal item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.category());
            setGraphic(empty || item == null ? null : new Circle(5, Forms.categoryColor(item.color())));
        }
    }
}
