package io.spendsense.ui.common;

import java.math.BigDecimal;

import io.spendsense.domain.Money;

/**
 * Reads an amount as people type it in an editor: "12.5", "12,50", "1,234.56", "1.234,56", " $40 " — see
 * {@link Money#parseTyped}. Returns null when it is not a number.
 */
public final class AmountText {
    private AmountText() {
    }

    public static BigDecimal parse(String text) {
        return Money.parseTyped(text);
    }
}
