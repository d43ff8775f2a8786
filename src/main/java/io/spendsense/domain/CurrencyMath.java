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
 * {@link BigDecimal} kept as decimal text, never a double. The profile's amounts stay in the app's hundredths
 * ({@code amount_cents}): a conversion rounds to the profile currency's minor units, at most two (a JPY profile gets
 * whole yen, a BHD profile fils rounded to hundredths, as every amount of such a profile already is).
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
            throw new IllegalArgumentException(code + " has no minor units");
        }
        return digits;
    }

    /** The decimals a converted amount keeps in a profile of this currency: its minor units, at most two. */
    public static int profileScale(String profileCurrency) {
        return Math.min(2, minorDigits(profileCurrency));
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
     * Whether an amount can be an expense's amount in {@code code}: positive, at most the currency's minor digits,
     * at most {@link #MAX_ORIGINAL}. Null when it can, else the sentence that says why, naming the amount
     * {@code field} ("amount must have at most 0 decimals in JPY" for {@code Texts.get("field.amount")}).
     */
    public static String checkAmount(BigDecimal amount, String code, String field) {
        if (amount == null) {
            return Texts.format("field.required", field);
        }
        if (amount.signum() <= 0) {
            return Texts.format("money.notPositive", field);
        }
        int digits = minorDigits(code);
        if (amount.stripTrailingZeros().scale() > digits) {
            return digits == 0 ? Texts.format("currency.wholeNumber", field, code)
                    : Texts.format("currency.tooManyDecimals", field, digits, code);
        }
        if (amount.compareTo(MAX_ORIGINAL) > 0) {
            return Texts.format("currency.tooLarge", field, MAX_ORIGINAL.toPlainString(), code);
        }
        return null;
    }

    /**
     * Whether a rate can be used: positive, at most {@link #MAX_RATE_SCALE} decimals and {@link #MAX_RATE}. Null when
     * it can, else the sentence that says why, naming the rate {@code field} ({@code Texts.get("field.rate")}).
     */
    public static String checkRate(BigDecimal rate, String field) {
        if (rate == null) {
            return Texts.format("field.required", field);
        }
        if (rate.signum() <= 0) {
            return Texts.format("money.notPositive", field);
        }
        if (rate.stripTrailingZeros().scale() > MAX_RATE_SCALE) {
            return Texts.format("rate.tooManyDecimals", field, MAX_RATE_SCALE);
        }
        if (rate.compareTo(MAX_RATE) > 0) {
            return Texts.format("rate.tooLarge", field, MAX_RATE.toPlainString());
        }
        return null;
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
