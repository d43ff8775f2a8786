/** The expense table with its filter bar and footer, the add / edit dialog, and undo / redo of changes. */
package io.spendsense.ui.expenses;
