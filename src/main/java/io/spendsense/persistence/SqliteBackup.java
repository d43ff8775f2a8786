package io.spendsense.persistence;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite side of backup and restore. A backup is {@code VACUUM INTO} a new file: it reads one consistent
 * snapshot, so it works while the app (another connection, even in the middle of a write transaction) uses the
 * database, and it includes what is still in the WAL. A restore checks the candidate file ({@link #check}), copies
 * it next to the database ({@link #stage}), opens the copy through the real start-up path ({@link #verify}), and
 * only then swaps it in with an atomic rename ({@link #swapIn}).
 */
public final class SqliteBackup {
    static {
        SqliteNativeLibrary.prepare();   // before sqlite-jdbc loads its native library
    }

    /** Staging folders of a restore are named {@code .<database file name>.restore-<random>}. */
    private static final String STAGING = ".restore-";

    private SqliteBackup() {
    }

    /** What a check of a candidate database found. */
    public record Check(boolean ok, String problem, String schemaVersion) {
        static Check bad(String problem) {
            return new Check(false, problem, null);
        }
    }

    /** Copies {@code database} to {@code target} (which must not exist) as one consistent snapshot. */
    public static void backup(Path database, Path target) {
        if (!Files.isRegularFile(database)) {
            throw new DatabaseException("There is no database at " + database + ".", null);
        }
        if (Files.exists(target)) {
            throw new DatabaseException("The backup file " + target + " already exists; choose another name.", null);
        }
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder " + parent + ": " + e.getMessage(), e);
        }
        // Written under a temporary name and renamed, so a half-written backup never carries the final name.
        Path partial = parent.resolve(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Connection c = connection(database, false); Statement s = c.createStatement()) {
                s.execute("vacuum into '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Database.restrict(partial, "rw-------");
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new DatabaseException("Cannot back up " + database + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code file} is a sound SpendSense database that this version can open: readable by SQLite, passes
     * {@code pragma integrity_check}, has a Flyway history whose migrations all succeeded and none newer than ours,
     * and holds our tables. Opens it read-only: the file is not changed.
     */
    public static Check check(Path file) {
        if (!Files.isRegularFile(file)) {
            return Check.bad("there is no file " + file);
        }
        try (Connection c = connection(file, true); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("pragma integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(result)) {
                    return Check.bad("it is damaged (integrity check: " + result + ")");
                }
            }
            Set<String> tables = new HashSet<>();
            try (var rs = s.executeQuery("select name from sqlite_master where type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.contains("flyway_schema_history")) {
                return Check.bad("it is not a SpendSense database (no schema history)");
            }
            List<String> missing = new ArrayList<>(Database.tables());
            missing.removeAll(tables);
            if (!missing.isEmpty()) {
                return Check.bad("it is not a SpendSense database (missing tables: "
                + String.join(", ", missing.stream()
                        .sorted().toList()) + ")");
            }
        } catch (SQLException e) {
            return Check.bad("it is not a SpendSense database (" + SchemaCheck.firstLine(e.getMessage()) + ")");
        }
        return checkHistory(file);
    }

    private static Check checkHistory(Path file) {
        try {
            var info = Flyway.configure().dataSource(dataSource(file, true)).locations(Database.MIGRATIONS)
                    .load().info();
            for (MigrationInfo m : info.applied()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    return Check.bad("it was written by a newer SpendSense (schema version " + m.getVersion()
                            + "); update SpendSense first");
                }
                if (m.getState().isFailed()) {
                    return Check.bad("its schema migration " + m.getVersion() + " failed");
                }
            }
            if (info.applied().length == 0) {
                return Check.bad("it is not a SpendSense database (its schema history is empty)");
            }
            var current = info.current();
            return new Check(true, null, current == null ? null : current.getVersion().toString());
        } catch (RuntimeException e) {
            return Check.bad("its schema history cannot be read (" + SchemaCheck.firstLine(e.getMessage()) + ")");
        }
    }

    /**
     * A fresh, consistent copy of {@code backup} (its WAL included) in a new staging folder next to {@code database}
     * (so that the swap is a rename on one file system), for {@link #verify} and {@link #swapIn}. Staging folders a
     * killed restore left behind are removed first. {@link #discard} removes the copy.
     */
    public static Path stage(Path backup, Path database) {
        Path parent = database.toAbsolutePath().getParent();
        String prefix = "." + database.getFileName() + STAGING;
        try {
            Files.createDirectories(parent);
            try (var leftovers = Files.list(parent)) {
                for (Path p : leftovers.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                    deleteTree(p);
                }
            }
            Path dir = Files.createTempDirectory(parent, prefix);
            Database.restrict(dir, "rwx------");
            Path copy = dir.resolve(database.getFileName());
            try (Connection c = connection(backup, true); Statement s = c.createStatement()) {
                s.execute("vacuum into '" + sql(copy) + "'");
            }
            Database.restrict(copy, "rw-------");
            return copy;
        } catch (SQLException | IOException e) {
            throw new DatabaseException("Cannot copy " + backup + " next to " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a {@link #stage staged} copy through the real start-up path and checks it ({@link SchemaCheck}): the copy
     * is migrated to this version when it is older. Returns its schema version; throws with the reason otherwise.
     * Leaves the copy closed, its WAL folded in.
     */
    public static String verify(Path staged) {
        String version = SchemaCheck.verify(staged, staged.getParent());
        foldInWal(staged);
        return version;
    }

    /**
     * Replaces {@code database} with a {@link #verify verified} staged copy. The database it replaces (with its WAL
     * folded in) is first copied to {@code keepPrevious} (written under a temporary name and renamed, like a backup),
     * unless there is none or {@code keepPrevious} is null. Then SQLite's online backup writes the copy's pages into
     * the database in one write transaction: other windows and commands on the database wait for it like for any
     * writer and then see the restored data (a file rename would leave them writing to the replaced file), and a kill
     * at any moment leaves the old database or the new one, each complete. Only when there is no database yet, or
     * the copy's page size differs from the database's (SQLite cannot back up between page sizes in WAL mode), is the
     * file renamed into place instead.
     */
    public static void swapIn(Path staged, Path database, Path keepPrevious) {
        try {
            if (Files.isRegularFile(database)) {
                if (keepPrevious != null) {
                    // A write under way in another process finishes first (up to the busy timeout: then the restore
                    // is refused as busy, nothing changed), and none can commit while the copy is made.
                    try (Connection lock = connection(database, false); Statement s = lock.createStatement()) {
                        s.execute("begin immediate");
                        try {
                            backup(database, keepPrevious);
                        } finally {
                            s.execute("rollback");
                        }
                    }
                }
                if (pageSize(staged) == pageSize(database)) {
                    restoreInto(database, staged);
                    return;
                }
                try (Connection c = connection(database, false); Statement s = c.createStatement()) {
                    // Empty the WAL so no frame of the old database can be replayed onto the restored one.
                    s.execute("pragma wal_checkpoint(TRUNCATE)");
                }
            }
            Files.deleteIfExists(Path.of(database + "-wal"));
            Files.deleteIfExists(Path.of(database + "-shm"));
            try {
                Files.move(staged, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, database, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (SQLException | IOException e) {
            if (DatabaseBusyException.isBusy(e)) {
                throw new DatabaseBusyException(e);
            }
            throw new DatabaseException("Cannot restore " + database + ": " + e.getMessage(), e);
        }
    }

    /** Removes a staged copy and its folder (after a swap, only the folder is left). */
    public static void discard(Path staged) {
        try {
            deleteTree(staged.getParent());
        } catch (IOException ignored) {
            // best effort: the next restore removes leftovers
        }
    }

    private static void foldInWal(Path file) {
        try (Connection c = connection(file, false); Statement s = c.createStatement()) {
            s.execute("pragma wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new DatabaseException("Cannot prepare the restored copy: " + e.getMessage(), e);
        }
        try {
            Path wal = Path.of(file + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new DatabaseException("Cannot prepare the restored copy: its WAL could not be folded in", null);
            }
            Files.deleteIfExists(wal);
            Files.deleteIfExists(Path.of(file + "-shm"));
        } catch (IOException e) {
            throw new DatabaseException("Cannot prepare the restored copy: " + e.getMessage(), e);
        }
    }

    /**
     * SQLite's online backup from {@code staged} into {@code database}, all pages in one step (one write transaction
     * on the database); a writer holding the database is waited for up to the busy timeout.
     */
    private static void restoreInto(Path database, Path staged) throws SQLException {
        int sleepMillis = 50;
        int tries = Math.max(1, Database.busyTimeoutMillis() / sleepMillis);
        try (Connection c = connection(database, false)) {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().restore("main", staged.toAbsolutePath().toString(),
                    null, sleepMillis, tries, -1);
            if (rc != SQLiteErrorCode.SQLITE_OK.code && rc != SQLiteErrorCode.SQLITE_DONE.code) {
                throw new SQLException("the restore into the database stopped (SQLite result " + rc + ")", null, rc);
            }
        }
    }

    private static int pageSize(Path file) throws SQLException {
        try (Connection c = connection(file, true); Statement s = c.createStatement();
             var rs = s.executeQuery("pragma page_size")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static Connection connection(Path file, boolean readOnly) throws SQLException {
        return dataSource(file, readOnly).getConnection();
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.busyTimeoutMillis());
        if (readOnly) {
            config.setReadOnly(true);
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a leftover temporary file is harmless
        }
    }
}
