package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored expense, with its category's name and color resolved. {@code version} counts its changes: an edit made
 * from this copy is refused when the expense has been changed since (optimistic locking, decision 0017).
 */
public record Expense(long id, LocalDate date, BigDecimal amount, long categoryId, String categoryName,
                      String categoryColor, String description, String payee, String notes,
                      Instant createdAt, Instant updatedAt, int version) {

    /** An expense as first stored (version 0). */
    public Expense(long id, LocalDate date, BigDecimal amount, long categoryId, String categoryName,
                   String categoryColor, String description, String payee, String notes, Instant createdAt,
                   Instant updatedAt) {
        this(id, date, amount, categoryId, categoryName, categoryColor, description, payee, notes, createdAt,
                updatedAt, 0);
    }

    /** The editable part, as a draft that would save this expense again. */
    public ExpenseDraft toDraft() {
        return new ExpenseDraft(date, amount, categoryId, description, payee, notes);
    }
}
