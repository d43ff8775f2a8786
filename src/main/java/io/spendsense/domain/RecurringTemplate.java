package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recurring expense: what each occurrence looks like, when it falls due, and how far occurrences were generated.
 *
 * @param end              the last day it may fall due, or null for no end
 * @param generatedThrough the last day occurrences were generated for, or null before the first run
 */
public record RecurringTemplate(long id, BigDecimal amount, long categoryId, String categoryName, String payee,
                                String description, Schedule schedule, LocalDate start, LocalDate end,
                                LocalDate generatedThrough) {
}
