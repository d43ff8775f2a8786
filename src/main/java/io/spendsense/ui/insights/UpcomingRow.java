package io.spendsense.ui.insights;

/** One upcoming recurring expense: "Dec 1 (Tue)", "Rent · Housing", "$1,200.00", "monthly on day 1". */
public record UpcomingRow(String date, String title, String amount, String schedule) {
}
