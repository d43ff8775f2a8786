/**
 * The Rules screen: the ordered categorization rules (add, edit, remove, move up / down), a preview of what a rule
 * would change in the existing expenses and Apply, and rules suggested from the history (over {@code RuleService}).
 */
package io.spendsense.ui.rules;
