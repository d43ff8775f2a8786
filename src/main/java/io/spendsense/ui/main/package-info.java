/** The main window: header with the profile menu, the Expenses and Charts tabs, and the chat column. */
package io.spendsense.ui.main;
