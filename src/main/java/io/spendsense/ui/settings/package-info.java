/**
 * Settings of the desktop app: those kept outside the database (java.util.prefs: theme per profile, window bounds)
 * and the profile menu's backup and restore of the database.
 */
package io.spendsense.ui.settings;
