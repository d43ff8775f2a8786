package io.spendsense.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.DatabaseFiles;
import io.spendsense.service.ServerSettings;
import io.spendsense.service.Services;

/**
 * The databases the desktop app may open (decision 0022): this computer's file, and the household server kept in
 * {@link ServerSettings}. At launch {@code SPENDSENSE_DB} wins (a file or a server, as for the commands), else the
 * kept server when the app last used it, else the file. A server's password is the one remembered or typed, else
 * {@code SPENDSENSE_DB_PASSWORD}, else {@code ~/.pgpass}; nobody is prompted.
 */
final class Databases {
    private final Map<String, String> env;
    private final String osName;
    private final String userHome;
    private final String systemUser;
    private final ServerSettings settings;
    private final BiFunction<DatabaseLocation, Clock, Services.Prepared> prepare;
    private final Clock clock;
    /** The kept server as last read or written (read once at launch, off the FX thread). */
    private volatile Optional<ServerSettings.Saved> saved = Optional.empty();

    Databases(Map<String, String> env, String osName, String userHome, String systemUser, ServerSettings settings,
              BiFunction<DatabaseLocation, Clock, Services.Prepared> prepare, Clock clock) {
        this.env = env;
        this.osName = osName;
        this.userHome = userHome;
        this.systemUser = systemUser;
        this.settings = settings;
        this.prepare = prepare;
        this.clock = clock;
    }

    /** This process's user, environment and settings, opened with the production bcrypt cost. */
    static Databases forUser(Clock clock) {
        return new Databases(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"),
                System.getProperty("user.name"), ServerSettings.forUser(), Services::prepare, clock);
    }

    /**
     * Where to start: {@code SPENDSENSE_DB}, else the kept server if it is in use, else the file. Reads the settings
     * file: not on the FX thread. A malformed {@code SPENDSENSE_DB} is a {@code ServiceException} that says why.
     */
    DatabaseLocation atLaunch() {
        saved = settings.load();
        String fromEnv = env.get(DatabaseFiles.DATABASE_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return DatabaseFiles.where(null, env, osName, userHome, systemUser);
        }
        return saved.filter(ServerSettings.Saved::inUse).<DatabaseLocation>map(ServerSettings.Saved::server)
                .orElseGet(this::file);
    }

    /** This computer's file: the one {@code SPENDSENSE_DB} names, else the one in the platform's data folder. */
    DatabaseLocation file() {
        try {
            if (DatabaseFiles.where(null, env, osName, userHome, systemUser) instanceof DatabaseLocation.File f) {
                return f;
            }
        } catch (RuntimeException e) {
            // a malformed server address: the file is the data folder's, as when it names a server
        }
        var copy = new HashMap<>(env);
        copy.remove(DatabaseFiles.DATABASE_VARIABLE);
        return DatabaseFiles.where(null, copy, osName, userHome, systemUser);
    }

    /** {@code location} with the password it needs: a server's from the environment or ~/.pgpass if it has none. */
    DatabaseLocation withPassword(DatabaseLocation location) {
        return DatabaseFiles.withPassword(location, env, osName, userHome, null);
    }

    /** Opens the first step of {@code location} (its password looked up first): on the boot thread. */
    Services.Prepared prepare(DatabaseLocation location) {
        return prepare.apply(withPassword(location), clock);
    }

    /** Tries a server as the dialog's "Test connection" does; changes nothing on it. */
    DatabaseFiles.ServerCheck test(DatabaseLocation.Server server) {
        return DatabaseFiles.testServer((DatabaseLocation.Server) withPassword(server));
    }

    /** Keeps {@code server} as the one this computer uses (the password only when asked). Writes a file. */
    void keep(DatabaseLocation.Server server, boolean rememberPassword) {
        settings.keep(server, rememberPassword);
        saved = settings.load();
    }

    /** The app goes back to the file; the server stays kept for the dialog. Writes a file. */
    void useFile() {
        settings.useFile();
        saved = settings.load();
    }

    /** The kept server, as read at launch or last written. */
    Optional<ServerSettings.Saved> saved() {
        return saved;
    }

    String systemUser() {
        return systemUser;
    }
}
