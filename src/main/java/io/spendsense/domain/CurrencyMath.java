package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Money in more than one currency (decision 0018), in one place: ISO 4217 codes and their minor units
 * ({@link Currency#getDefaultFractionDigits()}: JPY 0, USD 2, BHD 3), exact amounts in minor units, and the one
 * conversion of an amount into the profile's currency, rounded half-even once.
 *
 * <p>A rate is what one unit of a currency is worth in the profile's currency ({@code 1 EUR = 1.0842 USD}), a
 * {@link BigDecimal} kept as decimal text, never a double. A conversion rounds to the profile currency's minor units
 * (a JPY profile gets whole yen, a BHD profile fils), which its {@code amount_cents} holds exactly at the profile's
 * {@link Money#scaleOf scale}.
 */
public final class CurrencyMath {
    /** The most decimals a rate may have (a rupiah in dinars is 0.0000235...). */
    public static final int MAX_RATE_SCALE = 12;
    /** The largest rate accepted: one unit worth a billion of the profile's. */
    public static final BigDecimal MAX_RATE = new BigDecimal("1000000000");
    /** The largest amount in a currency of its own: 10^13 units (a house in rupiah fits). */
    public static final BigDecimal MAX_ORIGINAL = new BigDecimal("10000000000000");
    /** Rates computed from other rates (a cross rate of the ECB's per-euro rates) keep this many digits. */
    static final MathContext CROSS = new MathContext(10, RoundingMode.HALF_EVEN);

    private CurrencyMath() {
    }

    /**
     * The ISO 4217 code for {@code text} ("eur", " EUR ") when it is a currency of money, else null: unknown codes
     * and the codes without minor units (gold XAU, the test code XTS, "no currency" XXX) are not.
     */
    public static String code(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.length() != 3 || !t.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        try {
            Currency c = Currency.getInstance(t);
            return c.getDefaultFractionDigits() < 0 ? null : c.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The number of minor-unit digits of a currency: 0 for JPY, 2 for EUR, 3 for BHD. */
    public static int minorDigits(String code) {
        int digits = Currency.getInstance(code).getDefaultFractionDigits();
        if (digits < 0) {
            // a programming error: callers check codes with code() first
            throw new IllegalArgumentException(code);
        }
        return digits;
    }

    /**
     * The decimals a converted amount keeps in a profile of this currency: its minor units (0 for JPY, 3 for BHD),
     * never more than the profile stores ({@link Money#scaleOf}).
     */
    public static int profileScale(String profileCurrency) {
        return Math.min(Money.scaleOf(profileCurrency), minorDigits(profileCurrency));
    }

    /** The amount in whole minor units of its currency (12.345 BHD is 12345); more decimals than that throw. */
    public static long toMinor(BigDecimal amount, String code) {
        return amount.setScale(minorDigits(code), RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** The amount of {@code minor} minor units of a currency (1500 JPY is 1500, 1250 EUR cents is 12.50). */
    public static BigDecimal fromMinor(long minor, String code) {
        return BigDecimal.valueOf(minor, minorDigits(code));
    }

    /**
     * The amount in the profile's currency: {@code minor} units of {@code currency} times {@code rate}, rounded
     * half-even once to {@link #profileScale}. The only conversion in SpendSense.
     */
    public static BigDecimal convert(long minor, String currency, BigDecimal rate, String profileCurrency) {
        return fromMinor(minor, currency).multiply(rate).setScale(profileScale(profileCurrency),
                RoundingMode.HALF_EVEN);
    }

    /** {@link #convert(long, String, BigDecimal, String)} of an amount given in the currency's units. */
    public static BigDecimal convert(BigDecimal amount, String currency, BigDecimal rate, String profileCurrency) {
        return convert(toMinor(amount, currency), currency, rate, profileCurrency);
    }

    /**
     * The rate of {@code currency} in the profile's currency from two rates against a third currency (the ECB's
     * "units per euro"): {@code profilePerBase / currencyPerBase}, to ten significant digits and at most
     * {@link #MAX_RATE_SCALE} decimals, half-even.
     */
    public static BigDecimal crossRate(BigDecimal currencyPerBase, BigDecimal profilePerBase) {
        BigDecimal r = profilePerBase.divide(currencyPerBase, CROSS);
        return r.scale() > MAX_RATE_SCALE ? r.setScale(MAX_RATE_SCALE, RoundingMode.HALF_EVEN) : r;
    }

    /**
     * Whether an amount can be an expense's amount in {@code code}: positive, at most the currency's minor digits
     * ({@link Money.AmountProblem#TOO_MANY_DECIMALS}), at most {@link #MAX_ORIGINAL}
     * ({@link Money.AmountProblem#TOO_LARGE}). Null when it can; {@link #describeAmount} words the problem.
     */
    public static Money.AmountProblem checkAmount(BigDecimal amount, String code) {
        if (amount == null) {
            return Money.AmountProblem.REQUIRED;
        }
        if (amount.signum() <= 0) {
            return Money.AmountProblem.NOT_POSITIVE;
        }
        if (amount.stripTrailingZeros().scale() > minorDigits(code)) {
            return Money.AmountProblem.TOO_MANY_DECIMALS;
        }
        if (amount.compareTo(MAX_ORIGINAL) > 0) {
            return Money.AmountProblem.TOO_LARGE;
        }
        return null;
    }

    /**
     * The sentence for {@link #checkAmount}'s problem about an amount in {@code code} that the message calls
     * {@code what}: "amount must be a whole number in JPY". Null for no problem.
     */
    public static String describeAmount(Money.AmountProblem problem, String what, String code) {
        if (problem == null) {
            return null;
        }
        int digits = minorDigits(code);
        return switch (problem) {
            case REQUIRED -> Texts.format("field.required", what);
            case NOT_POSITIVE -> Texts.format("money.notPositive", what);
            case TOO_MANY_DECIMALS -> digits == 0 ? Texts.format("money.wholeIn", what, code)
                    : Texts.format("money.decimalsIn", what, digits, code);
            case TOO_LARGE -> Texts.format("money.tooLargeIn", what, MAX_ORIGINAL.toPlainString(), code);
        };
    }

    /**
     * Whether a rate can be used: positive, at most {@link #MAX_RATE_SCALE} decimals
     * ({@link Money.AmountProblem#TOO_MANY_DECIMALS}) and at most {@link #MAX_RATE}
     * ({@link Money.AmountProblem#TOO_LARGE}). Null when it can; {@link #describeRate} words the problem.
     */
    public static Money.AmountProblem checkRate(BigDecimal rate) {
        if (rate == null) {
            return Money.AmountProblem.REQUIRED;
        }
        if (rate.signum() <= 0) {
            return Money.AmountProblem.NOT_POSITIVE;
        }
        if (rate.stripTrailingZeros().scale() > MAX_RATE_SCALE) {
            return Money.AmountProblem.TOO_MANY_DECIMALS;
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            return Money.AmountProblem.TOO_LARGE;
        }
        return null;
    }

    /** The sentence for {@link #checkRate}'s problem: "rate must be greater than 0". Null for no problem. */
    public static String describeRate(Money.AmountProblem problem) {
        if (problem == null) {
            return null;
        }
        String what = Texts.get("field.rate");
        return switch (problem) {
            case REQUIRED -> Texts.format("field.required", what);
            case NOT_POSITIVE -> Texts.format("money.notPositive", what);
            case TOO_MANY_DECIMALS -> Texts.format("rate.tooManyDecimals", what, MAX_RATE_SCALE);
            case TOO_LARGE -> Texts.format("rate.tooLarge", what, MAX_RATE.toPlainString());
        };
    }

    /** Offered right after the profile's currency and the user's rate currencies. */
    private static final List<String> COMMON = List.of("EUR", "USD", "GBP", "JPY", "CHF", "CAD", "AUD", "SEK",
            "NOK", "DKK", "PLN", "CZK", "INR", "CNY", "MXN", "BRL", "ZAR", "NZD", "SGD", "HKD");

    /**
     * The codes a chooser offers: the profile's, {@code chosen}, then {@code known} (the user's rate currencies), then
     * the common ones, then every other ISO 4217 currency of money in code order.
     */
    public static List<String> offered(String profileCurrency, List<String> known, String chosen) {
        var out = new LinkedHashSet<String>();
        out.add(profileCurrency);
        if (chosen != null && !chosen.isEmpty()) {
            out.add(chosen);
        }
        out.addAll(known);
        out.addAll(COMMON);
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .filter(c -> code(c) != null).sorted().forEach(out::add);
        return new ArrayList<>(out);
    }

    /** A rate as stored and shown: plain decimal text without trailing zeros ("1.0842", "0.00634"). */
    public static String rateText(BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    /** An amount in its own currency as plain text with its minor digits: "1500" JPY, "12.50" EUR, "1.250" BHD. */
    public static String plain(BigDecimal amount, String code) {
        return amount.setScale(minorDigits(code), RoundingMode.HALF_EVEN).toPlainString();
    }
}
