package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

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
