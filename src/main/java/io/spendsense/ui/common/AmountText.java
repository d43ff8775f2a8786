package io.spendsense.ui.common;

import java.math.BigDecimal;

/** Reads an amount as people type it: "12.5", "1,234.56", " $40 ". Returns null when it is not a number. */
public final class AmountText {
    private AmountText() {
    }

    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip();
        if (clean.isEmpty() || !clean.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(clean);
    }
}
