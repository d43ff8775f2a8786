package io.spendsense.service.imports;

import io.spendsense.domain.Texts;

/** Why a statement line did not become an expense. */
public enum SkipReason {
    PENDING, DECLINED, REVERTED, ZERO, MONEY_IN, CARD_PAYMENT, TRANSFER, REFUND_NETTED, REFUNDED_IN_FULL,
    REFUND_UNMATCHED;

    /** How many lines were skipped for this reason, in words: "3 pending, not booked yet". */
    public String describe(int lines) {
        return switch (this) {
            case PENDING -> Texts.format("skip.pending", lines);
            case DECLINED -> Texts.format("skip.declined", lines);
            case REVERTED -> Texts.format("skip.reverted", lines);
            case ZERO -> Texts.format("skip.zero", lines);
            case MONEY_IN -> Texts.format("skip.moneyIn", lines);
            case CARD_PAYMENT -> Texts.format("skip.cardPayment", lines);
            case TRANSFER -> Texts.format("skip.transfer", lines);
            case REFUND_NETTED -> Texts.format("skip.refundNetted", lines);
            case REFUNDED_IN_FULL -> Texts.format("skip.refundedInFull", lines);
            case REFUND_UNMATCHED -> Texts.format("skip.refundUnmatched", lines);
        };
    }
}
