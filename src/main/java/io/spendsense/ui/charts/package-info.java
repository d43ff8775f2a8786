/** The insights screen: monthly stacked bars by category, the month's donut, a category trend and headline figures. */
package io.spendsense.ui.charts;
