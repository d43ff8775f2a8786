/** The Insights panel: the month's unusual expenses with their reasons, dismissible, and the upcoming recurring
 * expenses. */
package io.spendsense.ui.insights;
