/**
 * The Recurring screen: recurring expense templates (add, edit, remove), the next 30 days' due expenses, and payees
 * that look like monthly bills with a one-click "Make recurring" (over {@code RecurringService}).
 */
package io.spendsense.ui.recurring;
