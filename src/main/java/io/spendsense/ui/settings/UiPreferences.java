package io.spendsense.ui.settings;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Look-and-feel settings kept on this machine with {@link Preferences} (not in the database, which holds only the
 * user's data): the theme per profile, the window's bounds, the last profile used. On Linux the store is
 * {@code ~/.java/.userPrefs/io/spendsense/ui}, on Windows the registry, on macOS a plist.
 */
public final class UiPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The app's own node under the user's preferences. */
    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node("io/spendsense/ui"));
    }

    public boolean darkTheme(String username) {
        return node.getBoolean("theme.dark." + username, false);
    }

    public void setDarkTheme(String username, boolean dark) {
        node.putBoolean("theme.dark." + username, dark);
        flush();
    }

    /** The insights sensitivity a profile chose (an enum name), if any. */
    public Optional<String> insightSensitivity(String username) {
        return Optional.ofNullable(node.get("sensitivity." + username, null));
    }

    public void setInsightSensitivity(String username, String value) {
        node.put("sensitivity." + username, value);
    }

    public Optional<String> lastProfile() {
        return Optional.ofNullable(node.get("profile.last", null));
    }

    public void setLastProfile(String username) {
        node.put("profile.last", username);
        flush();
    }

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w < 200 || h < 200) {
            return Optional.empty();
        }
        return Optional.of(
                new WindowBounds(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                w, h, node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
        flush();
    }

    public boolean chatVisible() {
        return node.getBoolean("chat.visible", true);
    }

    public void setChatVisible(boolean visible) {
        node.putBoolean("chat.visible", visible);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing a window size is not worth bothering the user about.
            LOG.debug("Could not save preferences", e);
        }
    }

    /** Where the main window was and how big; x and y are NaN when unknown. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
