package io.spendsense.service.rates;

import io.spendsense.domain.Texts;

/** The layouts of rates files SpendSense reads. */
public enum RatesFormat {
    /** The ECB's historical reference rates: {@code Date,USD,JPY,...}, one row per day, units per euro, N/A gaps. */
    ECB,
    /** {@code date,currency,rate}: one unit of the currency in the profile's currency. */
    SIMPLE;

    /** The layout in words, for a report. */
    public String label() {
        return switch (this) {
            case ECB -> Texts.get("rates.format.ecb");
            case SIMPLE -> Texts.get("rates.format.simple");
        };
    }
}
