/** The Budgets screen: each budget's month with progress, forecast and history, the budget editor, and the alerts
 * shown when a change takes a budget past 80% or 100%. */
package io.spendsense.ui.budgets;
