package io.spendsense.assistant.lang;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads number tokens produced by the {@link Normalizer}. Money stays in {@link BigDecimal}, never double. */
public final class Numbers {

    private Numbers() {
    }

    /** Whether the token is a plain non-negative number such as {@code 12} or {@code 1250.50}. */
    public static boolean isNumber(String token) {
        // hand-written \d{1,15}(\.\d{1,6})?: called for nearly every word of every question, and a regex matcher
        // per call was a tenth of the parse time
        if (token == null || token.isEmpty() || !isDigit(token.charAt(0))) {
            return false;
        }
        int n = token.length();
        int i = 0;
        while (i < n && isDigit(token.charAt(i))) {
            i++;
        }
        if (i > 15) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (token.charAt(i) != '.' || n - i - 1 < 1 || n - i - 1 > 6) {
            return false;
        }
        for (int k = i + 1; k < n; k++) {
            if (!isDigit(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The token as an amount; empty for anything that is not a plain number (dates, words, huge digit runs). */
    public static Optional<BigDecimal> parse(String token) {
        return isNumber(token) ? Optional.of(new BigDecimal(token)) : Optional.empty();
    }

    /** The token as a whole number, or -1 when it is not one (or too long to be a count, day or year). */
    public static int intValue(String token) {
        if (token == null || token.isEmpty() || token.length() > 9) {
            return -1;
        }
        for (int k = 0; k < token.length(); k++) {
            if (!isDigit(token.charAt(k))) {
                return -1;
            }
        }
        return Integer.parseInt(token);
    }
}
