package io.spendsense.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.spendsense.domain.DatabaseLocation;

/**
 * Where the database lives: {@code --db FILE|URL}, else {@code SPENDSENSE_DB}, else the platform's per-user data
 * folder (Linux {@code $XDG_DATA_HOME/spendsense} or {@code ~/.local/share/spendsense}; macOS
 * {@code ~/Library/Application Support/SpendSense}; Windows {@code %APPDATA%\SpendSense}). A PostgreSQL address
 * ({@code postgresql://…}, {@code jdbc:postgresql:…}) names a server instead of a file ({@link ServerUrl}).
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
            if (ServerUrl.isServer(fromEnv)) {
                throw new IllegalArgumentException("SPENDSENSE_DB names a PostgreSQL server, which the desktop app"
                        + " does not open yet: use the command line (spendsense ... --db or SPENDSENSE_DB), or unset"
                        + " it");
            }
            return Path.of(fromEnv);
        }
        return dataFolder(env, osName, userHome).resolve(FILE_NAME);
    }

    /**
     * The database {@code explicit} names (a file name or a server address), else {@code SPENDSENSE_DB}'s, else the
     * file in the platform's data folder. A server's user defaults to {@code systemUser}. Throws an
     * {@link IllegalArgumentException} that says what is wrong with a malformed server address.
     */
    public static DatabaseLocation locate(String explicit, Map<String, String> env, String osName, String userHome,
                                          String systemUser) {
        String given = explicit != null && !explicit.isBlank() ? explicit : env.get("SPENDSENSE_DB");
        if (given == null || given.isBlank()) {
            return DatabaseLocation.file(dataFolder(env, osName, userHome).resolve(FILE_NAME));
        }
        if (ServerUrl.isServer(given)) {
            return ServerUrl.parse(given, systemUser);
        }
        return DatabaseLocation.file(Path.of(given));
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
