package io.spendsense.assistant.lang;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads number tokens produced by the {@link Normalizer}. Money stays in {@link BigDecimal}, never double. */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private Numbers() {
    }

    /** Whether the token is a plain non-negative number such as {@code 12} or {@code 1250.50}. */
    public static boolean isNumber(String token) {
        return token != null && DECIMAL.matcher(token).matches();
    }

    /** The token as an amount; empty for anything that is not a plain number (dates, words, huge digit runs). */
    public static Optional<BigDecimal> parse(String token) {
        return isNumber(token) ? Optional.of(new BigDecimal(token)) : Optional.empty();
    }

    /** The token as a whole number, or -1 when it is not one (or too long to be a count, day or year). */
    public static int intValue(String token) {
        return token != null && INTEGER.matcher(token).matches() ? Integer.parseInt(token) : -1;
    }
}
