package io.spendsense.service.rates;

import io.spendsense.domain.Texts;

/** The layouts of rates files SpendSense reads. */
public enum RatesFormat {
    /** The ECB's historical reference rates: {@code Date,USD,JPY,...}, one row per day, units per euro, N/A gaps. */
    ECB,
    /** {@code date,currency,rate}: one unit of the currency in the profile's currency. */
    SIMPLE;

    /** The header a simple rates file starts with: its name, the same in every language. */
    static final String SIMPLE_HEADER = "date,currency,rate";

    public String label() {
        return switch (this) {
            case ECB -> Texts.get("rates.format.ecb");
            case SIMPLE -> SIMPLE_HEADER;
        };
    }
}
