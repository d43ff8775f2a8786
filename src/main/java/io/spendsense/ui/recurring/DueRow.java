package io.spendsense.ui.recurring;

/** One occurrence due in the next 30 days: "Sun, Apr 5", "Netflix", "$15.49", "in 16 days". */
public record DueRow(String date, String title, String amount, String when) {
}
