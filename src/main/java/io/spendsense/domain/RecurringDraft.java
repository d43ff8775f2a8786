package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a user enters to create a recurring expense; validated by the recurring service. */
public record RecurringDraft(BigDecimal amount, long categoryId, String payee, String description, Schedule schedule,
                             LocalDate start, LocalDate end) {
}
