package io.spendsense.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: {@code --db FILE}, else {@code SPENDSENSE_DB}, else the platform's per-user data folder
 * (Linux {@code $XDG_DATA_HOME/spendsense} or {@code ~/.local/share/spendsense}; macOS
 * {@code ~/Library/Application Support/SpendSense}; Windows {@code %APPDATA%\SpendSense}).
 */
public final class DataLocation {
    public static final String FILE_NAME = "spendsense.db";

    private DataLocation() {
    }

    public static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("SPENDSENSE_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return dataFolder(env, osName, userHome).resolve(FILE_NAME);
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming")).resolve("SpendSense");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SpendSense");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share"))
                .resolve("spendsense");
    }
}
