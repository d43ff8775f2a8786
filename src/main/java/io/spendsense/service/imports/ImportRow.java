package io.spendsense.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A statement line that is an expense: its amount positive, less any refund of it in the same file. */
public record ImportRow(long line, LocalDate date, BigDecimal amount, String description, String payee,
                        String category, String currency, String notes) {
}
