package io.spendsense.ui.expenses;

import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;
import javafx.scene.control.TableCell;

/** The amount column: the user's currency format, right-aligned so the decimals line up. */
final class AmountCell extends TableCell<Expense, Expense> {
    private final String currency;

    AmountCell(String currency) {
        this.currency = currency;
        getStyleClass().add("amount-cell");
    }

    @Override
    protected void updateItem(Expense e, boolean empty) {
        super.updateItem(e, empty);
        setText(empty || e == null ? null : Money.format(e.amount(), currency));
    }
}
