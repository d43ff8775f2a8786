package io.spendsense.service.imports;

import java.util.Locale;

/** How a statement tells money going out from money coming in. */
public enum SignConvention {
    /** Bank style: charges are negative, money coming in positive. */
    CHARGES_NEGATIVE("charges negative"),
    /** Card style (American Express and others): charges positive, payments and refunds negative. */
    CHARGES_POSITIVE("charges positive"),
    /** Every amount is an expense and must be positive (the canonical format). */
    EXPENSES_ONLY("every amount an expense"),
    /** Separate debit and credit columns. */
    DEBIT_CREDIT_COLUMNS("debit and credit columns"),
    /** A column that says debit or credit for each row (Af/Bij, S/H, D/C, DR/CR). */
    INDICATOR_COLUMN("a debit/credit column"),
    /** "CR" / "DR" written next to the amounts. */
    CR_DR_MARKERS("CR/DR markers"),
    /** OFX files whose amounts are all positive: the transaction type (TRNTYPE) tells debits from credits. */
    TRANSACTION_TYPE("the transaction type (TRNTYPE)"),
    /** CAMT.053: the CdtDbtInd of each entry. */
    CREDIT_DEBIT_INDICATOR("CdtDbtInd of each entry");

    private final String label;

    SignConvention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a --sign value: charges-positive or charges-negative. */
    public static SignConvention parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "charges-positive", "positive" -> CHARGES_POSITIVE;
            case "charges-negative", "negative" -> CHARGES_NEGATIVE;
            default -> throw new IllegalArgumentException("unknown sign convention '" + text
                    + "' (use charges-positive or charges-negative)");
        };
    }
}
