package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored expense, with its category's name and color resolved. {@code amount} is in the profile's currency;
 * {@code foreign} is what was paid in another currency and the rate used (null when paid in the profile's).
 * {@code version} counts its changes: an edit made from this copy is refused when the expense has been changed since
 * (optimistic locking, decision 0017).
 *
 * @param attachmentCount how many files (receipts) it keeps; the table's paperclip
 */
public record Expense(long id, LocalDate date, BigDecimal amount, long categoryId, String categoryName,
                      String categoryColor, String description, String payee, String notes,
                      Instant createdAt, Instant updatedAt, ForeignAmount foreign, int attachmentCount, int version) {

    /** An expense as first stored (version 0), with no attachment. */
    public Expense(long id, LocalDate date, BigDecimal amount, long categoryId, String categoryName,
                   String categoryColor, String description, String payee, String notes, Instant createdAt,
                   Instant updatedAt, ForeignAmount foreign, int attachmentCount) {
        this(id, date, amount, categoryId, categoryName, categoryColor, description, payee, notes, createdAt,
                updatedAt, foreign, attachmentCount, 0);
    }

    /** An expense paid in the profile's currency. */
    public Expense(long id, LocalDate date, BigDecimal amount, long categoryId, String categoryName,
                   String categoryColor, String description, String payee, String notes, Instant createdAt,
                   Instant updatedAt) {
        this(id, date, amount, categoryId, categoryName, categoryColor, description, payee, notes, createdAt,
                updatedAt, null, 0);
    }

    /** The editable part, as a draft that would save this expense again (at the rate it has). */
    public ExpenseDraft toDraft() {
        return new ExpenseDraft(date, amount, categoryId, description, payee, notes, foreign);
    }

    /** Whether it was paid in another currency than the profile's. */
    public boolean isForeign() {
        return foreign != null;
    }

    public boolean hasAttachments() {
        return attachmentCount > 0;
    }
}
