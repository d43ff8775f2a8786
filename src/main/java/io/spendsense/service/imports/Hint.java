package io.spendsense.service.imports;

/** What a statement says a line is, besides its amount (a transaction type, a status word). */
public enum Hint {
    NONE, CARD_PAYMENT, REFUND, MONEY_IN, TRANSFER
}
