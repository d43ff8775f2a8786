package io.spendsense.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * What a restore proves about a candidate before it replaces the database: it opens through the real start-up path
 * (the migrations it lacks run, Flyway validates the ones applied, Hibernate validates the mapped tables), its schema
 * holds every table (with its columns), index, trigger and view that this version's migrations make, and one row of
 * every table and every mapped entity can be read. Runs on a copy: the migrations change it.
 */
final class SchemaCheck {
    private static volatile Map<String, Set<String>> reference;

    private SchemaCheck() {
    }

    /**
     * Opens {@code copy} as SpendSense starts and checks it; returns its schema version, or throws a
     * {@link DatabaseException} whose message is the reason, in a few words. {@code scratch} is a folder for the
     * reference schema (made once per run of the program).
     */
    static String verify(Path copy, Path scratch) {
        try (Database db = Database.openCandidate(copy)) {
            missing(describe(db.dataSource()), reference(scratch)).ifPresent(what -> {
                throw new DatabaseException("it lacks the " + what + " that this version of SpendSense needs", null);
            });
            readOneRowOfEach(db);
        } catch (DatabaseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DatabaseException(reason(e), e);
        }
        return currentVersion(copy);
    }

    /** The first line of the deepest cause's message, at most 200 characters: what Flyway or Hibernate objected to. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return "SpendSense cannot open it: " + firstLine(cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage());
    }

    /** The first non-blank line of a library's message, at most 200 characters: a reason fit for one line. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        var lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String line = lines.isEmpty() ? "" : lines.get(0);
        // Flyway's validation names what failed on its second line ("Migration checksum mismatch for ...")
        if (line.startsWith("Validate failed") && lines.size() > 1) {
            line = line + " (" + lines.get(1) + ")";
        }
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static java.util.Optional<String> missing(Map<String, Set<String>> actual, Map<String,
            Set<String>> wanted) {
        // tables first: a missing table is the cause of its missing indexes and triggers
        var ordered = new ArrayList<>(wanted.entrySet());
        ordered.sort(java.util.Comparator.comparing((Map.Entry<String, Set<String>> e) -> !e.getKey()
                .startsWith("table "))
                .thenComparing(Map.Entry::getKey));
        for (var e : ordered) {
            Set<String> have = actual.get(e.getKey());
            if (have == null) {
                return java.util.Optional.of(e.getKey());
            }
            var columns = new TreeSet<>(e.getValue());
            columns.removeAll(have);
            if (!columns.isEmpty()) {
                return java.util.Optional.of("column" + (columns.size() == 1 ? " " : "s ") + String.join(", ", columns)
                        + " of " + e.getKey());
            }
        }
        return java.util.Optional.empty();
    }

    /** Every schema object as "table users", "index x", "trigger y", "view v", with a table's column names. */
    private static Map<String, Set<String>> describe(DataSource dataSource) {
        var objects = new TreeMap<String, Set<String>>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var tables = new ArrayList<String>();
            try (ResultSet rs = s.executeQuery("select type, name from sqlite_master where name not like 'sqlite_%'"
                    + " and type in ('table', 'index', 'trigger', 'view')")) {
                while (rs.next()) {
                    objects.put(rs.getString(1) + " " + rs.getString(2), new TreeSet<>());
                    if ("table".equals(rs.getString(1))) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select name from pragma_table_info('" + table.replace("'", "''")
                        + "')")) {
                    while (rs.next()) {
                        objects.get("table " + table).add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(reason(e), e);
        }
        return objects;
    }

    /** The schema a new database gets from this version's migrations; made once, in a scratch file. */
    private static Map<String, Set<String>> reference(Path scratch) {
        var known = reference;
        if (known != null) {
            return known;
        }
        Path file = scratch.resolve("reference.db");
        try {
            Files.deleteIfExists(file);
            var ds = plain(file);
            Flyway.configure().dataSource(ds).locations(Database.MIGRATIONS).load().migrate();
            known = describe(ds);
        } catch (IOException e) {
            throw new DatabaseException("Cannot check the backup: " + e.getMessage(), e);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException ignored) {
                    // a scratch file: its folder is deleted afterwards
                }
            }
        }
        reference = known;
        return known;
    }

    /** A test query per table and view (every column of one row), then one row of each mapped entity. */
    private static void readOneRowOfEach(Database db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            var names = new ArrayList<String>();
            try (ResultSet rs = s.executeQuery("select name from sqlite_master where type in ('table', 'view')"
                    + " and name not like 'sqlite_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("select * from \"" + name.replace("\"", "\"\"") + "\" limit 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(reason(e), e);
        }
        db.transactions().readOnly(() -> db.transactions().inTransaction(() -> {
            var session = db.transactions().session();
            for (Class<?> entity : Database.ENTITIES) {
                var query = session.getCriteriaBuilder().createQuery(entity);
                query.from(entity);
                session.createQuery(query).setMaxResults(1).getResultList();
            }
            return null;
        }));
    }

    private static String currentVersion(Path file) {
        try (Connection c = plain(file).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(cast(version as integer)) from flyway_schema_history"
                     + " where success = 1 and version is not null")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new DatabaseException(reason(e), e);
        }
    }

    private static SQLiteDataSource plain(Path file) {
        var config = new SQLiteConfig();
        config.setBusyTimeout(Database.busyTimeoutMillis());
        var ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
