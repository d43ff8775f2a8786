package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money rules in one place: amounts are {@link BigDecimal} in code and whole minor units in the database, and are only
 * formatted with the user's currency at the edges. A profile's own amounts are stored at its {@link #scaleOf scale}:
 * hundredths for most currencies (JPY too: whole yen are hundredths that end in 00), thousandths for the currencies
 * with three decimals (BHD, KWD, OMR, JOD, TND, LYD, IQD), so a fils is kept exactly (decision 0018).
 */
public final class Money {
    /** The largest amount a single expense may have: 1,000,000,000.00. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000.00");

    private Money() {
    }

    /** The most decimals a profile's amount is stored with (the ISO 4217 currencies with three; CLF's four are cut). */
    public static final int MAX_SCALE = 3;
    /** The schema's bound on every stored amount ({@code check (amount_cents <= 100000000000)}). */
    public static final long MAX_UNITS = 100_000_000_000L;

    /**
     * The decimals a profile in {@code currency} stores its amounts with: the currency's minor digits, at least two
     * (2 for USD, EUR and JPY, 3 for BHD). The one rule for every {@code *_cents} column of a profile.
     */
    public static int scaleOf(String currency) {
        return Math.max(2, digitsOf(currency));
    }

    /**
     * The largest amount of one expense (or limit) in a profile of {@code currency}: {@link #MAX_AMOUNT}, or
     * 100,000,000.000 at scale 3, where the schema's bound of 10^11 units on every stored amount is reached first.
     */
    public static BigDecimal maxAmount(String currency) {
        return scaleOf(currency) == 2 ? MAX_AMOUNT : BigDecimal.valueOf(MAX_UNITS, scaleOf(currency));
    }

    /** The amount in whole units of {@code 10^-scale} (12.345 at scale 3 is 12345); more decimals than that throw. */
    public static long toMinor(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** The amount of {@code minor} units of {@code 10^-scale}, with that scale (1250 at scale 2 is 12.50). */
    public static BigDecimal fromMinor(long minor, int scale) {
        return BigDecimal.valueOf(minor, scale);
    }

    /**
     * Two decimals, as money is shown in text and CSV ("12.50"). The assistant's JSON values keep this (its contract
     * fixes two places); a profile's amounts in export, editor and messages use {@link #plain(BigDecimal, String)}.
     */
    public static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * An amount as plain text with at least two decimals and never rounded: "12.50", "12.345" (a stored amount of a
     * three-decimal profile). For where the profile's currency is not at hand; the amount has its exact digits.
     */
    public static String plainExact(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        return a.setScale(Math.max(2, a.scale())).toPlainString();
    }

    /** An amount of a profile in {@code currency} as plain text at its {@link #scaleOf scale}: "12.50", "12.345". */
    public static String plain(BigDecimal amount, String currency) {
        return amount.setScale(scaleOf(currency), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Why an amount cannot be stored as an expense; each front end words it for its field. */
    public enum AmountProblem {
        /** No amount given. */
        REQUIRED,
        /** Zero or negative. */
        NOT_POSITIVE,
        /** More decimals than the currency has. */
        TOO_MANY_DECIMALS,
        /** Above {@link #MAX_AMOUNT}. */
        TOO_LARGE
    }

    /**
     * Checks that an amount can be stored as an expense (or a budget's limit, a rule's bound) of a profile in
     * {@code currency}: positive, at most the currency's decimals (JPY whole yen, USD cents, BHD fils), at most
     * {@link #MAX_AMOUNT}. Returns null when it can, or what is wrong with it; {@link #describe(AmountProblem, String,
     * String)} words it.
     */
    public static AmountProblem checkExpenseAmount(BigDecimal amount, String currency) {
        if (amount == null) {
            return AmountProblem.REQUIRED;
        }
        if (amount.signum() <= 0) {
            return AmountProblem.NOT_POSITIVE;
        }
        if (amount.stripTrailingZeros().scale() > digitsOf(currency)) {
            return AmountProblem.TOO_MANY_DECIMALS;
        }
        if (amount.compareTo(maxAmount(currency)) > 0) {
            return AmountProblem.TOO_LARGE;
        }
        return null;
    }

    /**
     * The decimals a profile currency's amounts may have: 0 for JPY, 2 for USD, 3 for BHD (USD when none is given;
     * at most {@link #MAX_SCALE}, so the unit of account CLF keeps three of its four).
     */
    public static int digitsOf(String currency) {
        int digits = Currency.getInstance(currency == null ? "USD" : currency).getDefaultFractionDigits();
        return Math.min(MAX_SCALE, Math.max(0, digits));
    }

    /**
     * The sentence for {@code problem} about an amount of a profile in {@code currency} the message calls
     * {@code what} ("amount", "limit"): "amount must be greater than 0", "amount must be a whole number in JPY",
     * "amount must have at most 3 decimals in BHD" (two decimals are worded as before). Null for no problem.
     */
    public static String describe(AmountProblem problem, String what, String currency) {
        String code = currency == null ? "USD" : currency;
        if (problem == AmountProblem.TOO_MANY_DECIMALS && digitsOf(code) != 2) {
            int digits = digitsOf(code);
            return digits == 0 ? Texts.format("money.wholeIn", what, code)
                    : Texts.format("money.decimalsIn", what, digits, code);
        }
        if (problem == AmountProblem.TOO_LARGE && scaleOf(code) != 2) {
            return Texts.format("money.tooLargeIn", what, maxAmount(code).toPlainString(), code);
        }
        return describe(problem, what);
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
