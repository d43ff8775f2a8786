package io.spendsense.ui.expenses;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;
import io.spendsense.ui.common.Messages;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * The "Paid" column: what an expense in another currency was paid, beside its amount in the profile's currency; empty
 * for an expense paid in the profile's. A rate taken from an earlier day is marked, with a tooltip saying so.
 */
final class OriginalCell extends TableCell<Expense, Expense> {
    OriginalCell() {
        getStyleClass().addAll("amount-cell", "original-cell");
    }

    @Override
    protected void updateItem(Expense e, boolean empty) {
        super.updateItem(e, empty);
        getStyleClass().remove("rate-estimated");
        var f = empty || e == null ? null : e.foreign();
        if (f == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        String paid = Money.format(f.amount(), f.currency());
        String rate = CurrencyMath.rateText(f.rate());
        if (f.estimated()) {
            setText(Messages.format("expenses.paidEstimated", paid));
            setTooltip(new Tooltip(Messages.format("expenses.paidRateEstimated", f.currency(), rate)));
            getStyleClass().add("rate-estimated");
        } else {
            setText(paid);
            setTooltip(new Tooltip(Messages.format("expenses.paidRate", f.currency(), rate)));
        }
    }
}
