package io.spendsense.ui.expenses;

import io.spendsense.domain.Expense;
import io.spendsense.ui.common.Forms;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Circle;

/** The category column: a dot in the category's color and its name. */
final class CategoryCell extends TableCell<Expense, Expense> {
    private final Circle chip = new Circle(5);
    private final Label name = new Label();

    CategoryCell() {
        name.setGraphic(chip);
        name.setGraphicTextGap(8);
        name.getStyleClass().add("category-chip");
        setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Expense e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setGraphic(null);
            return;
        }
        chip.setFill(Forms.categoryColor(e.categoryColor()));
        name.setText(e.categoryName());
        setGraphic(name);
    }
}
