package io.spendsense.domain;

import java.time.LocalDate;

/** A recurring expense's occurrence that is still to come. */
public record UpcomingExpense(RecurringTemplate template, LocalDate date) {
}
