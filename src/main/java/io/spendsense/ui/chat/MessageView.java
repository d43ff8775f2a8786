package io.spendsense.ui.chat;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.spendsense.domain.MonthTotal;
import io.spendsense.ui.common.ChartFormats;
import io.spendsense.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the node of one chat message: a bubble with its text and, for answers, table, chart and actions. */
final class MessageView {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Messages.locale());
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMM", Messages.locale());

    private final ChatViewModel viewModel;
    private final ObservableDoubleValue maxWidth;

    MessageView(ChatViewModel viewModel, ObservableDoubleValue availableWidth) {
        this.viewModel = viewModel;
        this.maxWidth = Bindings.createDoubleBinding(() -> Math.max(160, availableWidth.get() * 0.86), availableWidth);
    }

    Node build(ChatMessage message) {
        var bubble = new VBox(6);
        bubble.getStyleClass().addAll("bubble", switch (message.role()) {
            case USER -> "bubble-user";
            case ASSISTANT -> "bubble-assistant";
            case ERROR -> "bubble-error";
        });
        bubble.maxWidthProperty().bind(maxWidth);
        var text = text(message.text(), "bubble-text");
        var copy = new MenuItem(Messages.get("chat.copy"));
        copy.setOnAction(e -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, message.text())));
        text.setContextMenu(new ContextMenu(copy));
        bubble.getChildren().add(text);
        if (message.notUsedNotice() != null) {
            var notice = text(Messages.format("chat.notice", message.notUsedNotice()), "not-used-notice");
            notice.setId("notUsed");
            bubble.getChildren().add(notice);
        }
        if (message.table() != null) {
            bubble.getChildren().add(table(message.table()));
        }
        if (!message.series().isEmpty()) {
            bubble.getChildren().add(chart(message));
        }
        if (message.answer() != null) {
            addActions(bubble, message);
        }
        var row = new HBox(bubble);
        row.getStyleClass().add("bubble-row");
        row.setAlignment(message.role() == ChatMessage.Role.USER ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        row.setUserData(message);
        return row;
    }

    private static Label text(String s, String styleClass) {
        var label = new Label(s);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Node table(ChatMessage.Table table) {
        var grid = new GridPane();
        grid.getStyleClass().add("answer-table");
        for (int c = 0; c < table.headers().size(); c++) {
            var constraints = new ColumnConstraints();
            constraints.setHalignment(table.numeric().get(c) ? HPos.RIGHT : HPos.LEFT);
            if (table.headers().get(c).equals(Messages.get("chat.col.expense"))) {
                constraints.setHgrow(Priority.SOMETIMES);
            }
            grid.getColumnConstraints().add(constraints);
            var header = new Label(table.headers().get(c));
            header.getStyleClass().add("answer-table-header");
            grid.add(header, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                var cell = new Label(row.get(c));
                cell.getStyleClass().add(table.numeric().get(c) ? "answer-table-number" : "answer-table-cell");
                cell.setTooltip(new Tooltip(row.get(c)));
                if (!table.headers().get(c).equals(Messages.get("chat.col.expense"))) {
                    // Dates, categories and amounts keep their width; the description gives way (with an ellipsis).
                    cell.setMinWidth(Region.USE_PREF_SIZE);
                }
                grid.add(cell, c, r + 1);
            }
        }
        if (table.footer() == null) {
            return grid;
        }
        var footer = new Label(table.footer());
        footer.getStyleClass().add("answer-table-footer");
        return new VBox(2, grid, footer);
    }

    private Node chart(ChatMessage message) {
        var x = new CategoryAxis();
        var y = new NumberAxis();
        y.setMinorTickVisible(false);
        var chart = new LineChart<>(x, y);
        chart.getStyleClass().add("answer-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(ChartFormats.markersFor(message.series().size()));
        chart.setPrefHeight(170);
        chart.setMinHeight(150);
        var series = new XYChart.Series<String, Number>();
        // Month names alone fit under a narrow chart; with more than one year the year is added.
        boolean oneYear = message.series().stream().map(p -> p.month().getYear()).distinct().count() == 1;
        var format = oneYear ? MONTH_NAME : MONTH;
        for (MonthTotal point : message.series()) {
            var data = new XYChart.Data<String, Number>(format.format(point.month()), point.total().doubleValue());
            data.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(ChartFormats.monthLabel(point.month()) + "\n"
                            + viewModel.money(point.total())));
                }
            });
            series.getData().add(data);
        }
        chart.getData().add(series);
        return chart;
    }

    private void addActions(VBox bubble, ChatMessage message) {
        var actions = new HBox(6);
        actions.getStyleClass().add("bubble-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        if (message.proposalStateProperty().get() != ChatMessage.ProposalState.NONE) {
            var confirm = new Button(Messages.get("chat.confirm"));
            confirm.getStyleClass().addAll("accent", "confirm-button");
            confirm.setOnAction(e -> viewModel.confirm(message));
            var cancel = new Button(Messages.get("common.cancel"));
            cancel.getStyleClass().add("cancel-button");
            cancel.setOnAction(e -> viewModel.cancel(message));
            var pending = message.proposalStateProperty().isEqualTo(ChatMessage.ProposalState.PENDING);
            var open = pending.or(message.proposalStateProperty().isEqualTo(ChatMessage.ProposalState.SAVING));
            confirm.disableProperty().bind(pending.not());
            cancel.disableProperty().bind(pending.not());
            for (var b : new Button[] {confirm, cancel}) {
                b.visibleProperty().bind(open);
                b.managedProperty().bind(open);
            }
            var outcome = new Label();
            outcome.getStyleClass().add("proposal-outcome");
            outcome.textProperty()
                    .bind(Bindings.createStringBinding(() -> switch (message.proposalStateProperty().get()) {
                case CONFIRMED -> Messages.get("chat.proposal.saved");
                case CANCELLED -> Messages.get("chat.proposal.cancelled");
                case SAVING -> Messages.get("chat.proposal.saving");
                default -> "";
            }, message.proposalStateProperty()));
            actions.getChildren().addAll(confirm, cancel, outcome);
        }
        if (message.canShowInTable()) {
            var show = new Button(Messages.get("charts.showInTable"));
            show.getStyleClass().addAll("flat", "show-in-table");
            show.setOnAction(e -> viewModel.showInTable(message));
            actions.getChildren().add(show);
        }
        if (!message.explain().isEmpty()) {
            var toggle = new ToggleButton(Messages.get("chat.explain"));
            toggle.getStyleClass().add("explain-toggle");
            toggle.selectedProperty().bindBidirectional(message.explainShownProperty());
            actions.getChildren().add(toggle);
            var lines = new VBox(2);
            lines.getStyleClass().add("explain-lines");
            message.explain().forEach(line -> lines.getChildren().add(
                    text(Messages.format("chat.explainLine", line), "explain-line")));
            lines.visibleProperty().bind(message.explainShownProperty());
            lines.managedProperty().bind(message.explainShownProperty());
            bubble.getChildren().addAll(actions, lines);
            return;
        }
        if (!actions.getChildren().isEmpty()) {
            bubble.getChildren().add(actions);
        }
    }
}
