/** Settings of the desktop app kept outside the database (java.util.prefs): theme per profile, window bounds. */
package io.spendsense.ui.settings;
