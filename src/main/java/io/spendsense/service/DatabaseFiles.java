package io.spendsense.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.spendsense.persistence.DataLocation;
import io.spendsense.persistence.DatabaseCheck;

/**
 * The database as a file, for the desktop app and the commands: where it lives and whether it is sound, without
 * their knowing the persistence layer.
 */
public final class DatabaseFiles {
    /** The file's name in the platform's data folder. */
    public static final String FILE_NAME = DataLocation.FILE_NAME;

    private DatabaseFiles() {
    }

    /**
     * {@code explicit} ({@code --db FILE}) when given, else {@code SPENDSENSE_DB} from {@code env}, else the
     * platform's per-user data folder for {@code osName} and {@code userHome}.
     */
    public static Path locate(Path explicit, Map<String, String> env, String osName, String userHome) {
        return DataLocation.resolve(explicit, env, osName, userHome);
    }

    /** As {@link #locate(Path, Map, String, String)} for this process's environment. */
    public static Path locate(Path explicit) {
        return DataLocation.resolve(explicit);
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
