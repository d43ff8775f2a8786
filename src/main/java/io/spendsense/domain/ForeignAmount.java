package io.spendsense.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an expense in another currency than the profile's was, as paid: the currency, the amount in it, and the rate
 * (one unit in the profile's currency) its amount in the profile's currency was converted at. A rate is
 * {@code estimated} when no rate was known for the expense's date and the nearest earlier one was used. In a draft
 * the rate may be null: the expense service then looks it up ({@link RateQuote}).
 */
public record ForeignAmount(String currency, BigDecimal amount, BigDecimal rate, boolean estimated) {
    public ForeignAmount {
        Objects.requireNonNull(currency, "currency");
    }

    /** An amount whose rate is still to be looked up. */
    public static ForeignAmount unrated(String currency, BigDecimal amount) {
        return new ForeignAmount(currency, amount, null, false);
    }

    public ForeignAmount withRate(BigDecimal newRate, boolean isEstimated) {
        return new ForeignAmount(currency, amount, newRate, isEstimated);
    }

    /** The amount in minor units of its currency. */
    public long minor() {
        return CurrencyMath.toMinor(amount, currency);
    }
}
