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

    /** Why an amount cannot be stored as an expense; each front end words it for its field. */
    public enum AmountProblem {
        /** No amount given. */
        REQUIRED,
        /** Zero or negative. */
        NOT_POSITIVE,
        /** More than two decimals. */
        TOO_MANY_DECIMALS,
        /** Above {@link #MAX_AMOUNT}. */
        TOO_LARGE
    }

    /**
     * Checks that an amount can be stored as an expense: positive, at most two decimals, at most
     * {@link #MAX_AMOUNT}. Returns null when it can, or what is wrong with it.
     */
    public static AmountProblem checkExpenseAmount(BigDecimal amount) {
        if (amount == null) {
            return AmountProblem.REQUIRED;
        }
        if (amount.signum() <= 0) {
            return AmountProblem.NOT_POSITIVE;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return AmountProblem.TOO_MANY_DECIMALS;
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return AmountProblem.TOO_LARGE;
        }
        return null;
    }

    /**
     * The sentence for {@code problem} about an amount the message calls {@code what} ("amount", "limit"): "amount
     * must be greater than 0". Null for no problem.
     */
    public static String describe(AmountProblem problem, String what) {
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case REQUIRED -> Texts.format("field.required", what);
            case NOT_POSITIVE -> Texts.format("money.notPositive", what);
            case TOO_MANY_DECIMALS -> Texts.format("money.tooManyDecimals", what);
            case TOO_LARGE -> Texts.format("money.tooLarge", what);
        };
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
}
