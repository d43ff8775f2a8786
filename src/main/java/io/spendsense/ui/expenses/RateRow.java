package io.spendsense.ui.expenses;

/** One line of the rates dialog: the day, the currency, "1 EUR = 1.0842 USD", and where the rate came from. */
public record RateRow(String date, String currency, String rate, String source) {
}
