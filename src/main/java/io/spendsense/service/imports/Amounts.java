package io.spendsense.service.imports;

import java.math.BigDecimal;

/**
 * Reads amounts as banks export them: currency signs, spaces, thousands separators, a leading or trailing minus,
 * or parentheses for negatives. With a decimal comma ("1.234,56") dots group thousands; otherwise commas do
 * ("1,234.56"). Never through floating point. "CR" / "DR" (and the German "H" / "S") written next to an amount are
 * markers the reader takes off first ({@link #marker}).
 */
final class Amounts {
    private final boolean decimalComma;

    Amounts(boolean decimalComma) {
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

    /** +1 for a credit marker (CR, H), -1 for a debit marker (DR, S), 0 for none. */
    static int marker(String text) {
        int len = text.length();
        // the common case, a plain number, without allocating: a marker starts or ends with a letter
        if (len < 3 || !Character.isLetter(text.charAt(0)) && !Character.isLetter(text.charAt(len - 1))
                && !Character.isWhitespace(text.charAt(len - 1))) {
            return 0;
        }
        String s = text.strip();
        int n = s.length();
        if (n < 3) {
            return 0;
        }
        String end2 = s.substring(n - 2).toUpperCase(java.util.Locale.ROOT);
        String start2 = s.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
        if ((end2.equals("CR") || start2.equals("CR")) && hasDigit(s)) {
            return 1;
        }
        if ((end2.equals("DR") || start2.equals("DR")) && hasDigit(s)) {
            return -1;
        }
        if (s.charAt(n - 2) == ' ' && Character.isDigit(s.charAt(n - 3))) {
            char c = Character.toUpperCase(s.charAt(n - 1));
            return c == 'H' ? 1 : c == 'S' ? -1 : 0;
        }
        return 0;
    }

    /** The text without its CR/DR/H/S marker. */
    static String withoutMarker(String text) {
        String s = text.strip();
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("CR") || upper.startsWith("DR")) {
            return s.substring(2).strip();
        }
        return s.substring(0, s.length() - (upper.endsWith("CR") || upper.endsWith("DR") ? 2 : 1)).strip();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sample amounts are written with a decimal comma ("12,50", "1.234,56": true) or point ("12.50",
     * "1,234.56": false); null when none of them shows (whole numbers, "1.234").
     */
    static Boolean decimalComma(Iterable<String> samples) {
        int comma = 0;
        int point = 0;
        for (String text : samples) {
            String s = text.strip();
            int c = s.lastIndexOf(',');
            int p = s.lastIndexOf('.');
            if (c > p && decimals(s, c) > 0 && decimals(s, c) <= 2) {
                comma++;
            } else if (p > c && decimals(s, p) > 0 && decimals(s, p) <= 2) {
                point++;
            } else if (c >= 0 && p >= 0) {
                if (c > p) {
                    comma++;
                } else {
                    point++;
                }
            }
        }
        return comma == point ? null : comma > point;
    }

    private static int decimals(String s, int at) {
        int n = 0;
        for (int i = at + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
            n++;
        }
        return n;
    }
}
