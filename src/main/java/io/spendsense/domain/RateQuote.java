package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The rate used for an expense on {@code day}: the rate known for that day, else the nearest earlier one, which is
 * then {@link #estimated()}. {@code rateDate} is the day of the rate used. No rate at all (none on or before the day)
 * is no quote: an expense is never converted with a later rate or a made-up one.
 */
public record RateQuote(BigDecimal rate, LocalDate rateDate, LocalDate day) {
    public boolean estimated() {
        return rateDate.isBefore(day);
    }

    /** The quote for {@code day} from one currency's rates by date, or empty when none is on or before it. */
    public static Optional<RateQuote> from(NavigableMap<LocalDate, BigDecimal> rates, LocalDate day) {
        Map.Entry<LocalDate, BigDecimal> e = rates == null ? null : rates.floorEntry(day);
        return e == null ? Optional.empty() : Optional.of(new RateQuote(e.getValue(), e.getKey(), day));
    }
}
