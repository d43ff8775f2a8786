package io.spendsense.ui.recurring;

import io.spendsense.domain.RecurringDraft;

/**
 * A payee that looks like a monthly bill: "Netflix", "$15.49", "Monthly on day 5 · 4 charges, the last on Mar 5", and
 * the template "Make recurring" creates.
 */
public record CandidateRow(String payee, String amount, String detail, RecurringDraft draft) {
}
