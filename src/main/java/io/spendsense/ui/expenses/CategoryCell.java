package io.spendsense.ui.expenses;

import io.spendsense.domain.Expense;
import io.spendsense.ui.common.Forms;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.shape.Circle;

/**
 * The category column: a dot in the category's color and its name, as the cell's own graphic and text (no label inside
 * the cell: a scroll re-styles every node of every row it moves, so a row keeps as few as it can).
 */
final class CategoryCell extends TableCell<Expense, Expense> {
    private final Circle chip = new Circle(5);

    CategoryCell() {
        setGraphicTextGap(8);
        setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Expense e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        chip.setFill(Forms.categoryColor(e.categoryColor()));
        setText(e.categoryName());
        setGraphic(chip);
    }
}
