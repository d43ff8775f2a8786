package io.spendsense.service.imports;

import java.util.Locale;

import io.spendsense.domain.Texts;

/** How a statement tells money going out from money coming in. */
public enum SignConvention {
    /** Bank style: charges are negative, money coming in positive. */
    CHARGES_NEGATIVE,
    /** Card style (American Express and others): charges positive, payments and refunds negative. */
    CHARGES_POSITIVE,
    /** Every amount is an expense and must be positive (the canonical format). */
    EXPENSES_ONLY,
    /** Separate debit and credit columns. */
    DEBIT_CREDIT_COLUMNS,
    /** A column that says debit or credit for each row (Af/Bij, S/H, D/C, DR/CR). */
    INDICATOR_COLUMN,
    /** "CR" / "DR" written next to the amounts. */
    CR_DR_MARKERS,
    /** OFX files whose amounts are all positive: the transaction type (TRNTYPE) tells debits from credits. */
    TRANSACTION_TYPE,
    /** CAMT.053: the CdtDbtInd of each entry. */
    CREDIT_DEBIT_INDICATOR;

    /** In words: "charges negative". */
    public String label() {
        return switch (this) {
            case CHARGES_NEGATIVE -> Texts.get("sign.chargesNegative");
            case CHARGES_POSITIVE -> Texts.get("sign.chargesPositive");
            case EXPENSES_ONLY -> Texts.get("sign.expensesOnly");
            case DEBIT_CREDIT_COLUMNS -> Texts.get("sign.debitCreditColumns");
            case INDICATOR_COLUMN -> Texts.get("sign.indicatorColumn");
            case CR_DR_MARKERS -> Texts.get("sign.crDrMarkers");
            case TRANSACTION_TYPE -> Texts.get("sign.transactionType");
            case CREDIT_DEBIT_INDICATOR -> Texts.get("sign.creditDebitIndicator");
        };
    }

    /** Reads a --sign value: charges-positive or charges-negative. */
    public static SignConvention parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "charges-positive", "positive" -> CHARGES_POSITIVE;
            case "charges-negative", "negative" -> CHARGES_NEGATIVE;
            default -> throw new IllegalArgumentException(Texts.format("sign.unknown", text));
        };
    }
}
