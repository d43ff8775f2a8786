package io.spendsense.service.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The expenses of a statement and what was left out: rows skipped per reason (every line of the statement is
 * either an expense or counted here), and notes for the user (refunds without their purchase).
 */
public record Sorted(List<ImportRow> expenses, Map<SkipReason, Integer> skipped, List<String> notes,
                     LocalDate first, LocalDate last) {
}
