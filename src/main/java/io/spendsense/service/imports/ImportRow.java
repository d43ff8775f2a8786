package io.spendsense.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A statement line that is an expense: its amount positive, less any refund of it in the same file.
 *
 * @param reference the statement's own id of the transaction (OFX FITID, CAMT AcctSvcrRef), or null
 * @param currency  ISO code, or null when the statement does not say
 * @param rate      the rate to the profile's currency the file gives (a SpendSense export), or null
 */
public record ImportRow(long line, LocalDate date, BigDecimal amount, String description, String payee,
                        String category, String currency, String notes, String reference, BigDecimal rate,
                        boolean rateEstimated) {
    /** A row without a rate of its own. */
    public ImportRow(long line, LocalDate date, BigDecimal amount, String description, String payee,
                     String category, String currency, String notes, String reference) {
        this(line, date, amount, description, payee, category, currency, notes, reference, null, false);
    }
}
