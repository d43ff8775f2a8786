package io.spendsense.service.rates;

/** The layouts of rates files SpendSense reads. */
public enum RatesFormat {
    /** The ECB's historical reference rates: {@code Date,USD,JPY,...}, one row per day, units per euro, N/A gaps. */
    ECB("ECB reference rates (units per euro)"),
    /** {@code date,currency,rate}: one unit of the currency in the profile's currency. */
    SIMPLE("date,currency,rate");

    private final String label;

    RatesFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
