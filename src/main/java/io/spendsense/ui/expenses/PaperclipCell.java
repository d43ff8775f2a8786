package io.spendsense.ui.expenses;

import io.spendsense.domain.Expense;
import io.spendsense.ui.common.Messages;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The table's paperclip: shown on an expense that keeps files, with their number in a tooltip. The count comes with
 * the row from the page query (no query per row).
 */
final class PaperclipCell extends TableCell<Expense, Expense> {
    private final Region clip = new Region();
    private final Tooltip tip = new Tooltip();

    PaperclipCell() {
        clip.getStyleClass().add("paperclip");
        getStyleClass().add("paperclip-cell");
    }

    @Override
    protected void updateItem(Expense e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null || !e.hasAttachments()) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        String count = Messages.format("expenses.attachmentCount", e.attachmentCount());
        tip.setText(count);
        setTooltip(tip);
        setAccessibleText(count);
        setGraphic(clip);
    }
}
