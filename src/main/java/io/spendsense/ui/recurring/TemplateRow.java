package io.spendsense.ui.recurring;

/**
 * One recurring template as the list shows it: "Netflix", "Standard plan" (or "" when it says nothing more than the
 * title), "Subscriptions", "$15.49", "Monthly on day 5",
 * "Next: Apr 5, 2026" (or "Ended"), "Since Jan 5, 2026 until Dec 31, 2026" ("" for a template that has not started
 * and has no end); {@code due} is false when no date comes any more.
 */
public record TemplateRow(long id, String title, String description, String category, String color, String amount,
                          String schedule, String next, String span, boolean due) {
}
