package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored expense, with its category's name and color resolved.
 *
 * @param attachmentCount how many files (receipts) it keeps; the table's paperclip
 */
public record Expense(long id, LocalDate date, BigDecimal amount, long categoryId, String categoryName,
                      String categoryColor, String description, String payee, String notes,
                      Instant createdAt, Instant updatedAt, int attachmentCount) {

    /** The editable part, as a draft that would save this expense again. */
    public ExpenseDraft toDraft() {
        return new ExpenseDraft(date, amount, categoryId, description, payee, notes);
    }

    public boolean hasAttachments() {
        return attachmentCount > 0;
    }
}
