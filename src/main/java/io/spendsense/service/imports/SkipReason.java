package io.spendsense.service.imports;

/** Why a statement line did not become an expense. */
public enum SkipReason {
    PENDING("pending, not booked yet"),
    DECLINED("declined or failed"),
    REVERTED("reverted or cancelled"),
    ZERO("zero amount"),
    MONEY_IN("money coming in (income, transfers in)"),
    CARD_PAYMENT("card payments and repayments"),
    TRANSFER("transfers between your own accounts"),
    REFUND_NETTED("refunds taken off their purchase"),
    REFUNDED_IN_FULL("purchases refunded in full"),
    REFUND_UNMATCHED("refunds whose purchase is not in this file");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
