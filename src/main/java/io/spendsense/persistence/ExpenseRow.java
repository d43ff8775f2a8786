package io.spendsense.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.Money;

/**
 * One expense of a bulk insert, as it is stored: the text stripped (a missing payee or description is empty, missing
 * notes and reference are null), the amount in units of the profile's scale ({@code cents}). Paid in another
 * currency: its code, the amount in that currency's minor units and the rate as decimal text (all null otherwise),
 * and whether the rate was estimated.
 */
record ExpenseRow(long categoryId, long cents, LocalDate date, String description, String payee, String notes,
                  String reference, String originalCurrency, Long originalMinor, String rate, boolean rateEstimated) {

    /** The draft as it is stored at the profile's {@code scale}, with its statement reference (null: none). */
    static ExpenseRow of(ExpenseDraft d, String reference, int scale) {
        var f = d.foreign();
        return new ExpenseRow(d.categoryId(), Money.toMinor(d.amount(), scale), d.date(),
                ExpenseRepository.nullToEmpty(d.description()), ExpenseRepository.nullToEmpty(d.payee()),
                ExpenseRepository.blankToNull(d.notes()), ExpenseRepository.blankToNull(reference),
                f == null ? null : f.currency(), f == null ? null : f.minor(),
                f == null ? null : CurrencyMath.rateText(f.rate()), f != null && f.estimated());
    }

    /**
     * Binds the four columns of what was paid in another currency ({@code original_currency, original_minor, rate,
     * rate_estimated}) from {@code index} on; returns the index after them.
     */
    int bindOriginal(PreparedStatement ps, int index) throws SQLException {
        ps.setString(index, originalCurrency);
        if (originalMinor == null) {
            ps.setNull(index + 1, Types.BIGINT);
        } else {
            ps.setLong(index + 1, originalMinor);
        }
        ps.setString(index + 2, rate);
        ps.setBoolean(index + 3, rateEstimated);
        return index + 4;
    }
}
