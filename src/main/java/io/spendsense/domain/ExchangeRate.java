package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A known rate: on {@code date}, one unit of {@code currency} was worth {@code rate} units of {@code quote} (the
 * profile's currency when it was stored).
 */
public record ExchangeRate(LocalDate date, String currency, String quote, BigDecimal rate, RateSource source) {
}
