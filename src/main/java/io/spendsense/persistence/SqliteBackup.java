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
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite side of backup and restore. A backup is {@code VACUUM INTO} a new file: it reads one consistent
 * snapshot, so it works while the app (another connection, even in the middle of a write transaction) uses the
 * database, and it includes what is still in the WAL. A restore checks the candidate file first, then swaps it in
 * with an atomic rename, keeping the previous database beside it.
 */
public final class SqliteBackup {
    /** The suffix of the copy of the previous database that a restore keeps. */
    public static final String BEFORE_RESTORE = ".before-restore";

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
                return Check.bad("it is not a SpendSense database (missing tables: " + String.join(", ", missing.stream()
                        .sorted().toList()) + ")");
            }
        } catch (SQLException e) {
            return Check.bad("it is not a SpendSense database (" + e.getMessage() + ")");
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
            var current = info.current();
            return new Check(true, null, current == null ? null : current.getVersion().toString());
        } catch (RuntimeException e) {
            return Check.bad("its schema history cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Replaces {@code database} with a copy of {@code backup}, after {@link #check} accepted it. The previous
     * database (with its WAL folded in) is kept as {@code database + ".before-restore"}. Returns that copy, or null
     * when there was no previous database. Close the app first: a restore under a running app is not supported.
     */
    public static Path restore(Path backup, Path database) {
        Path parent = database.toAbsolutePath().getParent();
        Path incoming = parent.resolve(database.getFileName() + ".restoring");
        Path previous = parent.resolve(database.getFileName() + BEFORE_RESTORE);
        try {
            Files.createDirectories(parent);
            Files.deleteIfExists(incoming);
            // A fresh, consistent copy of the backup (its own WAL included), under a name next to the target.
            try (Connection c = connection(backup, true); Statement s = c.createStatement()) {
                s.execute("vacuum into '" + sql(incoming) + "'");
            }
            Database.restrict(incoming, "rw-------");
            boolean hadPrevious = Files.isRegularFile(database);
            if (hadPrevious) {
                Files.deleteIfExists(previous);
                try (Connection c = connection(database, false); Statement s = c.createStatement()) {
                    s.execute("vacuum into '" + sql(previous) + "'");
                    Database.restrict(previous, "rw-------");
                    // Empty the WAL so no frame of the old database can be replayed onto the restored one.
                    s.execute("pragma wal_checkpoint(TRUNCATE)");
                }
            }
            Files.deleteIfExists(Path.of(database + "-wal"));
            Files.deleteIfExists(Path.of(database + "-shm"));
            try {
                Files.move(incoming, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(incoming, database, StandardCopyOption.REPLACE_EXISTING);
            }
            return hadPrevious ? previous : null;
        } catch (SQLException | IOException e) {
            deleteQuietly(incoming);
            throw new DatabaseException("Cannot restore " + database + " from " + backup + ": " + e.getMessage(), e);
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
        config.setBusyTimeout(10_000);
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
