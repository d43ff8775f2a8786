package io.spendsense.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.FxWait;
import io.spendsense.ui.common.TestViews;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real charts view over a temp database, headless. */
@ExtendWith(ApplicationExtension.class)
class ChartsViewTest {
    @TempDir
    static Path dir;
    InsightsFixture data;
    FxTaskRunner runner;
    ChartsViewModel vm;
    final List<ExpenseFilter> requests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        data = new InsightsFixture(dir.resolve("t" + System.nanoTime())).sample();
        runner = new FxTaskRunner();
        vm = new ChartsViewModel(data.user, data.services.summaries(), runner, data.clock);
        vm.filterRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        var view = TestViews.load(ChartsView.class, ChartsView.FXML, () -> new ChartsView(vm));
        stage.setScene(new Scene(view, 1000, 800));
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void close() {
        runner.close();
        data.close();
    }

    private void waitForLoad(FxRobot robot) {
        try {
            FxWait.waitUntil(() -> !vm.loadingProperty().get() && !slices(robot).isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError("loading=" + vm.loadingProperty().get() + " error="
                    + vm.errorMessageProperty().get()
                    + " total=" + vm.totalTextProperty().get() + " slices=" + vm.getMonthCategories().size()
                    + " nodes=" + robot.lookup(".chart-pie").queryAll().size()
                    + " charts=" + robot.lookup(".chart").queryAll().size()
                    + " labels=" + robot.lookup("#headlineTotal").queryAll().size()
                    + " windows=" + robot.listWindows() + " donutData=" + robot.lookup("#donut").queryAll(), e);
        }
    }

    // Charts reset their nodes' style classes, so find the plotted nodes by the charts' own classes.
    private static List<Node> bars(FxRobot robot) {
        return robot.lookup("#monthlyChart .chart-bar").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("chart-legend-item-symbol")).toList();
    }

    private static List<Node> slices(FxRobot robot) {
        return robot.lookup("#donut .chart-pie").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("chart-legend-item-symbol")).toList();
    }

    @Test
    void showsTheMonthsHeadlineTotal(FxRobot robot) throws Exception {
        waitForLoad(robot);
        assertThat(robot.lookup("#headlineTotal").queryAs(Label.class).getText()).isEqualTo("$1,670.75");
        assertThat(robot.lookup("#headlineChange").queryAs(Label.class).getText()).isEqualTo("+$95.75 (+6.1%)");
        assertThat(robot.lookup("#monthLabel").queryAs(Label.class).getText()).isEqualTo("March 2026");
        assertThat(bars(robot)).hasSize(6);
    }

    @Test
    void clickingABarPublishesItsMonthAndCategory(FxRobot robot) throws Exception {
        waitForLoad(robot);
        // The right-most of the two tallest segments: Housing in March.
        Node housingMarch = bars(robot).stream().reduce((a, b) -> b.getBoundsInLocal().getHeight()
                >= a.getBoundsInLocal().getHeight() - 0.5
                        && b.localToScene(0, 0).getX() > a.localToScene(0, 0).getX() ? b : a)
                .orElseThrow();
        robot.clickOn(housingMarch);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(requests).contains(ExpenseFilter.of(Period.month(YearMonth.of(2026, 3)))
                .withCategories(Set.of(data.category("Housing"))));
    }

    @Test
    void clickingASlicePublishesTheMonthsCategory(FxRobot robot) throws Exception {
        waitForLoad(robot);
        PieChart donut = robot.lookup("#donut").queryAs(PieChart.class);
        PieChart.Data first = donut.getData().get(0);
        assertThat(first.getName()).isEqualTo("Housing");
        // The pie starts at 12 o'clock and runs clockwise: aim at the middle of the first wedge, outside the hole.
        double total = donut.getData().stream().mapToDouble(PieChart.Data::getPieValue).sum();
        double mid = Math.toRadians(90 - 180 * first.getPieValue() / total);
        var bounds = donut.getData().stream().map(d -> d.getNode().localToScreen(d.getNode().getBoundsInLocal()))
                .reduce((a, b) -> new javafx.geometry.BoundingBox(Math.min(a.getMinX(), b.getMinX()),
                        Math.min(a.getMinY(), b.getMinY()),
                        Math.max(a.getMaxX(), b.getMaxX()) - Math.min(a.getMinX(), b.getMinX()),
                        Math.max(a.getMaxY(), b.getMaxY()) - Math.min(a.getMinY(), b.getMinY()))).orElseThrow();
        double r = bounds.getWidth() / 2 * 0.82;
        var point = new Point2D(bounds.getCenterX() + r * Math.cos(mid), bounds.getCenterY() - r * Math.sin(mid));
        robot.clickOn(point);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(requests).containsExactly(ExpenseFilter.of(Period.month(YearMonth.of(2026, 3)))
                .withCategories(Set.of(data.category("Housing"))));
    }

    @Test
    void hoveringABarShowsItsExactAmount(FxRobot robot) throws Exception {
        waitForLoad(robot);
        Node tallest = bars(robot).stream().reduce((a, b) -> b.getBoundsInLocal().getHeight()
                >= a.getBoundsInLocal().getHeight() - 0.5
                        && b.localToScene(0, 0).getX() > a.localToScene(0, 0).getX() ? b : a)
                .orElseThrow();
        robot.moveTo(tallest);
        FxWait.waitUntil(() -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
        var tip = robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip)
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElseThrow();
        assertThat(tip).isEqualTo("Housing · Mar 2026 (so far)\n$1,475.00");
    }

    @Test
    void choosingAYearRedrawsTheBarsForThatYear(FxRobot robot) throws Exception {
        waitForLoad(robot);
        robot.clickOn("#rangeBox").clickOn("2025");
        FxWait.waitUntil(() -> bars(robot).size() == 1 && !vm.loadingProperty().get());
        var axis = robot.lookup("#monthlyChart").queryAs(javafx.scene.chart.StackedBarChart.class).getXAxis();
        assertThat(((javafx.scene.chart.CategoryAxis) axis).getCategories()).hasSize(12).startsWith("Jan")
                .endsWith("Dec");
        assertThat(robot.lookup("#monthLabel").queryAs(Label.class).getText()).isEqualTo("December 2025");
    }

    @Test
    void refreshAfterANewExpenseKeepsTheChoosersFilled(FxRobot robot) throws Exception {
        waitForLoad(robot);
        data.add("2026-03-18", "500.00", "Travel", "Flight", "United");
        robot.interact(vm::refresh);
        FxWait.waitUntil(() ->
                "$2,170.75".equals(robot.lookup("#headlineTotal").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#trendBox").queryComboBox().getValue()).isNotNull();
        assertThat(robot.lookup("#rangeBox").queryComboBox().getValue()).isEqualTo(ChartRange.LAST_12_MONTHS);
        assertThat(bars(robot)).hasSize(7);
    }

    @Test
    void previousMonthButtonShowsFebruary(FxRobot robot) throws Exception {
        waitForLoad(robot);
        robot.clickOn("#previousMonth");
        FxWait.waitUntil(() ->
                "$1,575.00".equals(robot.lookup("#headlineTotal").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#monthLabel").queryAs(Label.class).getText()).isEqualTo("February 2026");
    }
}
