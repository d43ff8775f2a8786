package io.spendsense.ui.charts;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * A {@link PieChart} with a hole: a circle in the background color laid over the pie's center, holding a caption
 * and a value (the month's total). The pie's center is found from the bounds of its wedges after each layout.
 */
public final class DonutChart extends PieChart {
    private final Circle hole = new Circle();
    private final Label value = new Label();
    private final Label caption = new Label();
    private final VBox center = new VBox(value, caption);

    public DonutChart() {
        getStyleClass().add("donut-chart");
        hole.getStyleClass().add("donut-hole");
        value.getStyleClass().add("donut-value");
        caption.getStyleClass().add("donut-caption");
        center.setAlignment(Pos.CENTER);
        center.setMouseTransparent(true);
        hole.setMouseTransparent(true);
        setLabelsVisible(false);
        setLegendVisible(false);
        setAnimated(false);
        setStartAngle(90);
    }

    public Label valueLabel() {
        return value;
    }

    public Label captionLabel() {
        return caption;
    }

    @Override
    protected void layoutChartChildren(double top, double left, double contentWidth, double contentHeight) {
        super.layoutChartChildren(top, left, contentWidth, contentHeight);
        var children = getChartChildren();
        // Wedges of new data are appended after the hole; keep the hole and its labels on top.
        if (children.size() < 2 || children.get(children.size() - 2) != hole
                || children.get(children.size() - 1) != center) {
            children.removeAll(hole, center);
            children.addAll(hole, center);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Data d : getData()) {
            Node node = d.getNode();
            if (node == null || !node.isVisible()) {
                continue;
            }
            Bounds b = node.getBoundsInParent();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        double cx;
        double cy;
        double radius;
        if (minX > maxX) {
            // No wedges: a ring-less center still shows "No expenses".
            cx = left + contentWidth / 2;
            cy = top + contentHeight / 2;
            radius = Math.min(contentWidth, contentHeight) / 2 * 0.8;
            hole.setVisible(false);
        } else {
            cx = (minX + maxX) / 2;
            cy = (minY + maxY) / 2;
            radius = Math.max(maxX - minX, maxY - minY) / 2;
            hole.setVisible(true);
        }
        hole.setCenterX(cx);
        hole.setCenterY(cy);
        hole.setRadius(radius * 0.62);
        double w = radius * 1.15;
        center.resizeRelocate(cx - w / 2, cy - radius * 0.4, w, radius * 0.8);
    }
}
