package io.spendsense.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transaction as a statement has it, its direction decided.
 *
 * @param line        where it starts in the file (1 = the first line)
 * @param date        the booking date as the statement writes it (no time zone conversion)
 * @param amount      the amount, never negative
 * @param moneyIn     whether money comes in (a credit) rather than goes out
 * @param currency    ISO code, or null when the statement does not say
 * @param reference   the statement's own id of the transaction (OFX FITID, CAMT AcctSvcrRef), or null
 * @param rate        the rate to the profile's currency the file gives (a SpendSense export of an expense paid in
 *                    another currency), or null: the user's rates convert it
 * @param rateEstimated whether that rate was an estimate (decision 0018)
 */
public record StatementLine(long line, LocalDate date, BigDecimal amount, boolean moneyIn, String payee,
                            String description, String category, String currency, String reference,
                            LineStatus status, Hint hint, BigDecimal rate, boolean rateEstimated) {
    /** A line without a rate of its own. */
    public StatementLine(long line, LocalDate date, BigDecimal amount, boolean moneyIn, String payee,
                         String description, String category, String currency, String reference, LineStatus status,
                         Hint hint) {
        this(line, date, amount, moneyIn, payee, description, category, currency, reference, status, hint, null,
                false);
    }

    public StatementLine {
        payee = payee == null ? "" : payee;
        description = description == null ? "" : description;
        category = category == null ? "" : category;
        hint = hint == null ? Hint.NONE : hint;
        status = status == null ? LineStatus.BOOKED : status;
    }

    /** A line that is skipped before its date or amount matter (pending, declined, reverted). */
    static StatementLine notBooked(long line, LineStatus status) {
        return new StatementLine(line, null, BigDecimal.ZERO, false, "", "", "", null, null, status, Hint.NONE);
    }
}
