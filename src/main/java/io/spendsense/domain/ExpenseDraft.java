package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a user enters to create or change an expense; validated by the expense service. */
public record ExpenseDraft(LocalDate date, BigDecimal amount, long categoryId, String description, String payee,
                           String notes) {
    public ExpenseDraft withCategoryId(long id) {
        return new ExpenseDraft(date, amount, id, description, payee, notes);
    }
}
