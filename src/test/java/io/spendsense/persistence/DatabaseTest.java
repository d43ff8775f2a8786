package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void connectionsUseWalForeignKeysAndABusyTimeout() throws SQLException {
        try (var db = Database.open(dir.resolve("p.db")); Connection c = db.dataSource().getConnection()) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(c, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
        }
    }

    @Test
    void reopeningAMigratedFileKeepsItsData() {
        var file = dir.resolve("r.db");
        try (var db = Database.open(file)) {
            db.transactions().run(() -> new UserRepository(db.transactions())
                    .create("alice", "Alice", null, "h", "USD", java.time.Instant.EPOCH));
        }
        try (var db = Database.open(file)) {
            assertThat(db.transactions().inTransaction(() -> new UserRepository(db.transactions()).list())).hasSize(1);
        }
    }

    @Test
    void theSchemaVersionIsTheNewestMigrations() throws Exception {
        int newest = 0;
        for (String folder : List.of("migration", "sqlite", "postgresql")) {
            newest = Math.max(newest, versions(folder).last());
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION after adding a migration").isEqualTo(newest);
    }

    /**
     * Every version is either shared (db/migration) or written once per vendor (db/sqlite and db/postgresql), so that
     * both databases go through the same versions (decision 0017).
     */
    @Test
    void everyVersionIsSharedOrWrittenForBothVendors() throws Exception {
        var shared = versions("migration");
        var sqlite = versions("sqlite");
        var postgres = versions("postgresql");
        assertThat(sqlite).as("the vendors' own versions").isEqualTo(postgres);
        assertThat(shared).as("shared and vendor versions").doesNotContainAnyElementsOf(sqlite);
    }

    private static SortedSet<Integer> versions(String folder) throws Exception {
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        Path path = Path.of(DatabaseTest.class.getResource("/db/" + folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void onlyADatabaseAtTheNewestSchemaSkipsFlyway() throws SQLException {
        Path file = dir.resolve("c.db");
        var url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations(Database.MIGRATIONS).target("3").load().migrate();
        assertThat(Database.isCurrent(dataSourceOf(file))).as("an older schema").isFalse();

        Database.open(file).close();   // migrates
        assertThat(Database.isCurrent(dataSourceOf(file))).as("migrated").isTrue();
        assertThat(Database.isCurrent(dataSourceOf(dir.resolve("new.db")))).as("a new file").isFalse();

        try (Connection c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.executeUpdate("update flyway_schema_history set success = 0 where version = '3'");
        }
        assertThat(Database.isCurrent(dataSourceOf(file))).as("a failed migration in the history").isFalse();
    }

    @Test
    void aDatabaseOfANewerSpendSenseIsLeftToFlyway() throws SQLException {
        Path file = dir.resolve("n.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) values (99, '"
                    + (Database.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V99__future.sql', 0, 'x',"
                    + " '2026-01-01 00:00:00', 1, 1)");
        }
        assertThat(Database.isCurrent(dataSourceOf(file))).isFalse();
        // Flyway decides, as before the shortcut: it ignores a future migration that the mapped tables survive
        Database.open(file).close();
    }

    private static org.sqlite.SQLiteDataSource dataSourceOf(Path file) {
        var ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    @Test
    void theSchemaRejectsAnExpenseOfAnUnknownCategory() throws SQLException {
        try (var db = Database.open(dir.resolve("f.db")); Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("insert into users (id, username, username_key, display_name, password_hash,"
                    + " created_at, updated_at) values (1, 'a', 'a', 'A', 'h', 0, 0)");
            assertThatThrownBy(() -> c.createStatement().execute("insert into expenses (user_id, category_id,"
                    + " amount_cents, expense_date, created_at, updated_at) values (1, 42, 100, '2026-01-01', 0, 0)"))
                    .hasMessageContaining("FOREIGN KEY");
            c.createStatement().execute("insert into categories (id, user_id, name, name_key, color)"
                    + " values (1, 1, 'x', 'x', '#000000')");
            assertThatThrownBy(() -> c.createStatement().execute("insert into expenses (user_id, category_id,"
                    + " amount_cents, expense_date, created_at, updated_at) values (1, 1, 0, '2026-01-01', 0, 0)"))
                    .hasMessageContaining("CHECK");
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (var rs = c.createStatement().executeQuery("pragma " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
