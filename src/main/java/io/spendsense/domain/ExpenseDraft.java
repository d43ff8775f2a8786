package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user enters to create or change an expense; validated by the expense service. {@code amount} is in the
 * profile's currency; {@code foreign}, when not null, is what was paid in another currency, and the service then
 * sets {@code amount} from it (its rate, or the rate known for the date) — see {@link CurrencyMath#convert}.
 */
public record ExpenseDraft(LocalDate date, BigDecimal amount, long categoryId, String description, String payee,
                           String notes, ForeignAmount foreign) {
    /** An expense in the profile's currency. */
    public ExpenseDraft(LocalDate date, BigDecimal amount, long categoryId, String description, String payee,
                        String notes) {
        this(date, amount, categoryId, description, payee, notes, null);
    }

    public ExpenseDraft withCategoryId(long id) {
        return new ExpenseDraft(date, amount, id, description, payee, notes, foreign);
    }

    /** The same draft paid in another currency ({@code null}: in the profile's). */
    public ExpenseDraft withForeign(ForeignAmount newForeign) {
        return new ExpenseDraft(date, amount, categoryId, description, payee, notes, newForeign);
    }

    /** The same draft with its amount in the profile's currency. */
    public ExpenseDraft withAmount(BigDecimal newAmount) {
        return new ExpenseDraft(date, newAmount, categoryId, description, payee, notes, foreign);
    }
}
