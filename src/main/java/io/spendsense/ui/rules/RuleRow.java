package io.spendsense.ui.rules;

/**
 * One rule as the list shows it: its place (1 = checked first), "Payee contains “uber”", "amount is 5.00 to 50.00"
 * (or ""), the category it sets and its color, and "Rename the payee to “Uber”" (or "").
 */
public record RuleRow(long id, int position, String condition, String amountRange, String category, String color,
                      String rename) {
}
