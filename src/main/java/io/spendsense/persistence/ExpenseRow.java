package io.spendsense.persistence;

import java.time.LocalDate;

/**
 * One expense of a bulk insert, as it is stored: the text stripped (a missing payee or description is empty, missing
 * notes and reference are null), the amount in cents. Paid in another currency: its code, the amount in that
 * currency's minor units and the rate as decimal text (all null otherwise), and whether the rate was estimated.
 */
record ExpenseRow(long categoryId, long cents, LocalDate date, String description, String payee, String notes,
                  String reference, String originalCurrency, Long originalMinor, String rate, boolean rateEstimated) {
}
