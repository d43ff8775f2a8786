package io.spendsense.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.DataLocation;
import io.spendsense.persistence.DatabaseCheck;
import io.spendsense.persistence.ServerPasswords;
import io.spendsense.persistence.ServerProbe;

/**
 * Where the database is, for the desktop app and the commands — a file, or a PostgreSQL server with its password —
 * and whether a file is sound, without their knowing the persistence layer.
 */
public final class DatabaseFiles {
    /** The file's name in the platform's data folder. */
    public static final String FILE_NAME = DataLocation.FILE_NAME;
    /** The variable that names the database, a file or a server (as {@code --db} does). */
    public static final String DATABASE_VARIABLE = "SPENDSENSE_DB";
    /** The variable that holds a server's password. */
    public static final String PASSWORD_VARIABLE = ServerPasswords.VARIABLE;

    private DatabaseFiles() {
    }

    /**
     * {@code explicit} ({@code --db FILE}) when given, else {@code SPENDSENSE_DB} from {@code env}, else the
     * platform's per-user data folder for {@code osName} and {@code userHome}.
     */
    public static Path locate(Path explicit, Map<String, String> env, String osName, String userHome) {
        return DataLocation.resolve(explicit, env, osName, userHome);
    }

    /**
     * The database {@code explicit} ({@code --db FILE|URL}) names, else {@code SPENDSENSE_DB}'s, else the file in the
     * platform's data folder; a server address without a user is the user {@code systemUser}'s. A malformed server
     * address is a {@link ServiceException} that says what is wrong.
     */
    public static DatabaseLocation where(String explicit, Map<String, String> env, String osName, String userHome,
                                         String systemUser) {
        try {
            return DataLocation.locate(explicit, env, osName, userHome, systemUser);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(Texts.format("database.badAddress", e.getMessage()), e);
        }
    }

    /**
     * A server location with its password: {@value ServerPasswords#VARIABLE} from {@code env}, else the password file
     * ({@code PGPASSFILE} or {@code ~/.pgpass}), else what {@code prompt} returns (null: nobody to ask, no password). A
     * file location is returned as it is.
     */
    public static DatabaseLocation withPassword(DatabaseLocation location, Map<String, String> env, String osName,
                                                String userHome, Supplier<String> prompt) {
        return ServerPasswords.resolve(location, env, osName, userHome, prompt);
    }

    /**
     * Tries {@code server} as the app would open it, changing nothing on it (no migration): its PostgreSQL version
     * and whether it already holds SpendSense's data. A failure's chain tells which problem it was
     * ({@link ServerProblem#of}). Slow (a network round trip, up to the connect timeout): not on the FX thread.
     */
    public static ServerCheck testServer(DatabaseLocation.Server server) {
        var result = ServerProbe.test(server);
        return new ServerCheck(result.serverVersion(), result.hasSchema());
    }

    /** What {@link #testServer} found: the server's version, and whether SpendSense's tables are there already. */
    public record ServerCheck(String serverVersion, boolean hasData) {
    }

    /**
     * Looks at {@code file} without opening it as the app does (no migration, nothing written): SQLite's integrity
     * check, the row count of every table, and whether the month totals add up to the expenses.
     */
    public static CheckReport check(Path file) {
        var report = DatabaseCheck.check(file);
        return new CheckReport(report.integrity(), report.rows(), report.expenseDigest(), report.problems());
    }

    /** What {@link #check} found: {@code integrity} is "ok" when SQLite found nothing wrong. */
    public record CheckReport(String integrity, Map<String, Long> rows, long expenseDigest, List<String> problems) {
        public boolean ok() {
            return "ok".equals(integrity) && problems.isEmpty();
        }
    }
}
