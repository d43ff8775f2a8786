package io.spendsense.service;

import java.math.BigDecimal;

/**
 * Reads amounts as banks export them: currency signs, spaces, thousands separators, a leading or trailing minus,
 * or parentheses for negatives. With a decimal comma ("1.234,56") dots group thousands; otherwise commas do
 * ("1,234.56"). Never through floating point.
 */
final class AmountReader {
    private final boolean decimalComma;

    AmountReader(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** The signed amount, or null when the text is not a number. */
    BigDecimal parse(String text) {
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        int dot = s.indexOf('.');
        // "12.50" in a decimal-comma file: a lone dot not followed by three digits can only be a decimal point.
        boolean comma = decimalComma && !(s.indexOf(',') < 0 && dot >= 0 && dot == s.lastIndexOf('.')
                && !groupsThousands(s, dot));
        var digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '-' || c == '\u2212') {
                if (negative) {
                    return null;
                }
                negative = true;
            } else if (c == '+' || Character.isWhitespace(c) || c == '\u00a0' || c == '\'' || isCurrency(c)) {
                continue;
            } else if (c == (comma ? ',' : '.')) {
                digits.append('.');
            } else if (c == (comma ? '.' : ',')) {
                if (!groupsThousands(s, i)) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (digits.isEmpty() || digits.indexOf(".") != digits.lastIndexOf(".") || digits.charAt(0) == '.'
                && digits.length() == 1) {
            return null;
        }
        var amount = new BigDecimal(digits.toString());
        return negative ? amount.negate() : amount;
    }

    /** A thousands separator is followed by exactly three digits ("1,234.56", not "1,2"). */
    private static boolean groupsThousands(String s, int at) {
        int n = 0;
        for (int i = at + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n++;
        }
        return n == 3;
    }

    private static boolean isCurrency(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
