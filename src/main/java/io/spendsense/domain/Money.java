package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money rules in one place: amounts are {@link BigDecimal} with two decimals in code and whole minor units
 * (cents) in the database, and are only formatted with the user's currency at the edges.
 */
public final class Money {
    /** The largest amount a single expense may have: 1,000,000,000.00. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000.00");

    private Money() {
    }

    public static long toCents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    public static BigDecimal fromCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Two decimals, as money is shown in text and CSV ("12.50"). */
    public static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Checks that an amount can be stored as an expense: positive, at most two decimals, at most
     * {@link #MAX_AMOUNT}. Returns null when it can, or the reason it cannot.
     */
    public static String checkExpenseAmount(BigDecimal amount) {
        if (amount == null) {
            return "is required";
        }
        if (amount.signum() <= 0) {
            return "must be greater than 0";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "must have at most 2 decimals";
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return "must be at most 1,000,000,000.00";
        }
        return null;
    }

    /**
     * Formats with the currency's symbol in US-style grouping, e.g. "$1,475.00" or "EUR 12.50" where no symbol is
     * known.
     */
    public static String format(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode == null ? "USD" : currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(localeFor(currency));
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    private static Locale localeFor(Currency currency) {
        return switch (currency.getCurrencyCode()) {
            case "GBP" -> Locale.UK;
            case "EUR" -> Locale.GERMANY;
            case "JPY" -> Locale.JAPAN;
            case "CAD" -> Locale.CANADA;
            case "INR" -> new Locale("en", "IN");
            case "CHF" -> new Locale("de", "CH");
            default -> Locale.US;
        };
    }

    private static final java.util.regex.Pattern TYPED =
            java.util.regex.Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    /**
     * An amount as people type it, in either convention: "12.5", "12,50" (a decimal comma), "1,234.56", "1.234,56",
     * "1 234,56", " $40 ", "€12,99". A lone comma followed by one or two digits is the decimal point, followed by three
     * it groups thousands ("1,234" is 1234); a lone dot is always the decimal point ("1.234" has three decimals, which
     * the editors then refuse). Returns null when the text is not a number.
     */
    public static BigDecimal parseTyped(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replaceAll("[\\s\\u00a0\\u202f'$€£¥]", "");
        if (clean.isEmpty()) {
            return null;
        }
        int lastDot = clean.lastIndexOf('.');
        int lastComma = clean.lastIndexOf(',');
        int decimal = Math.max(lastDot, lastComma);
        if (lastDot >= 0 && lastComma >= 0) {
            // both: the later one is the decimal separator, the other groups ("1,234.56", "1.234,56")
            char grouping = decimal == lastDot ? ',' : '.';
            String integer = clean.substring(0, decimal);
            if (integer.indexOf(clean.charAt(decimal)) >= 0 || !groupedRight(integer, grouping)) {
                return null;
            }
            clean = integer.replace(String.valueOf(grouping), "") + "." + clean.substring(decimal + 1);
        } else if (decimal >= 0) {
            char sep = clean.charAt(decimal);
            long count = clean.chars().filter(c -> c == sep).count();
            int after = clean.length() - decimal - 1;
            boolean thousands = count > 1 || sep == ',' && after == 3 && decimal > 0 && !clean.startsWith("0")
                    && !clean.startsWith("-0");
            if (thousands) {
                // "1,234,567", "1.234.567" or "1,234": thousands (a lone dot is always the decimal point)
                if (!groupedRight(clean, sep)) {
                    return null;
                }
                clean = clean.replace(String.valueOf(sep), "");
            } else {
                clean = clean.replace(sep, '.');
            }
        }
        if (!TYPED.matcher(clean).matches()) {
            return null;
        }
        return new BigDecimal(clean);
    }

    /** Whether separators in {@code s} stand every three digits from the right ("1,234,567"). */
    private static boolean groupedRight(String s, char sep) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        String[] parts = digits.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3 && parts.length > 1) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
