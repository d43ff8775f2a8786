package io.spendsense.service;


import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;

/**
 * An edit of an expense that someone changed meanwhile (on another computer, in another window or command): refused,
 * nothing saved, never overwritten (decision 0017). The message says so and shows the expense as it is now;
 * {@link #current()} is that expense, for the caller to show or to edit again.
 */
public final class EditConflictException extends ServiceException {
    private final transient Expense current;

    public EditConflictException(Expense current, Throwable cause) {
        super(message(current), cause);
        this.current = current;
    }

    public Expense current() {
        return current;
    }

    static String message(Expense e) {
        var now = new StringBuilder().append(e.date()).append(", ").append(Money.plainExact(e.amount())).append(", ")
                .append(e.categoryName());
        if (e.payee() != null && !e.payee().isEmpty()) {
            now.append(", ").append(e.payee());
        }
        if (e.description() != null && !e.description().isEmpty()) {
            now.append(", \"").append(e.description()).append('"');
        }
        if (e.notes() != null && !e.notes().isEmpty()) {
            now.append(Texts.format("expense.conflictNotes", e.notes()));
        }
        return Texts.format("expense.conflict", now);
    }
}
