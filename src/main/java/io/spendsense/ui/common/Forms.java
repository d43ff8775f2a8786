package io.spendsense.ui.common;

import io.spendsense.domain.Category;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The small pieces the tabs' cards and edit dialogs are built from, so that they look and behave alike. */
public final class Forms {
    private Forms() {
    }

    /** Shows {@code node}, and gives it room in its layout, only while {@code condition} holds. */
    public static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A card's secondary line (muted text). */
    public static Label rowDetail(String text) {
        var label = new Label(text);
        label.getStyleClass().add("row-detail");
        return label;
    }

    /** A text field bound both ways to {@code text}. */
    public static TextField textField(String id, String prompt, StringProperty text) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** Shows {@code text} in {@code label}, which is shown, and takes room, only while the text is not empty. */
    public static void showText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        showWhen(label, Bindings.isNotEmpty(text));
    }

    /** The red line under a field: shown, and taking room, only while there is a message. */
    public static Label fieldError(ObservableStringValue message) {
        var label = new Label();
        label.getStyleClass().add("field-error");
        showText(label, message);
        return label;
    }

    /** A category's color, gray when the stored value is not a color. */
    public static Color categoryColor(String web) {
        try {
            return Color.web(web);
        } catch (IllegalArgumentException | NullPointerException ex) {
            return Color.GRAY;
        }
    }

    /** A dialog's form: labels in a column as wide as the longest, fields taking the rest. */
    public static GridPane formGrid() {
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(16, 16, 4, 16));
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** The line under a form that reads it back in words ("Monthly on day 1, next: ..."), wrapped. */
    public static Label formSummary(String id, ObservableStringValue text, double maxWidth) {
        var summary = new Label();
        summary.setId(id);
        summary.getStyleClass().add("form-summary");
        summary.textProperty().bind(text);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setMaxWidth(maxWidth);
        return summary;
    }

    /**
     * A message appearing under a field makes the form taller: the dialog grows with it instead of clipping (the
     * window is resized to its content once the layout has the new line).
     */
    public static void growWithMessages(Dialog<?> dialog, ObservableStringValue... messages) {
        for (ObservableStringValue message : messages) {
            message.addListener((o, a, b) -> Platform.runLater(() -> {
                var scene = dialog.getDialogPane().getScene();
                if (scene != null && scene.getWindow() != null) {
                    scene.getWindow().sizeToScene();
                }
            }));
        }
    }

    /** A category in a list or combo box: its color dot and name. */
    public static final class CategoryCell extends ListCell<Category> {
        @Override
        protected void updateItem(Category c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.name());
            setGraphic(empty || c == null ? null : new Circle(5, categoryColor(c.color())));
        }
    }
}
