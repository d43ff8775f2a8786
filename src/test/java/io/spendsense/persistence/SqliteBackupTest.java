package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteBackupTest {
    @TempDir
    Path dir;

    @Test
    void backupWhileAnotherConnectionHoldsAnOpenWriteTransactionCopiesTheCommittedState() throws Exception {
        Path file = dir.resolve("live.db");
        try (var db = Database.open(file)) {
            addUser(db, "alice");
            try (Connection writer = db.dataSource().getConnection()) {
                writer.setAutoCommit(false);
                writer.createStatement().execute("insert into users (username, username_key, display_name,"
                        + " password_hash, created_at, updated_at) values ('bob', 'bob', 'Bob', 'h', 0, 0)");
                // The write transaction is still open (and holds the write lock) while the backup runs.
                Path backup = dir.resolve("copy.db");
                SqliteBackup.backup(file, backup);
                writer.commit();

                assertThat(SqliteBackup.check(backup).ok()).isTrue();
                assertThat(usernames(backup)).containsExactly("alice");
            }
            assertThat(usernames(file)).containsExactlyInAnyOrder("alice", "bob");
        }
    }

    @Test
    void backupRefusesToOverwriteAnExistingFile() throws Exception {
        Path file = dir.resolve("a.db");
        Database.open(file).close();
        Path existing = Files.writeString(dir.resolve("keep.txt"), "precious");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteBackup.backup(file, existing))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void checkAcceptsABackupAndRefusesWhatIsNotASpendSenseDatabase() throws Exception {
        Path file = dir.resolve("ok.db");
        Database.open(file).close();
        var good = SqliteBackup.check(file);
        assertThat(good.ok()).isTrue();
        assertThat(good.schemaVersion()).isNotBlank();

        Path text = Files.writeString(dir.resolve("notes.db"), "just some text, not SQLite at all ".repeat(200));
        assertThat(SqliteBackup.check(text).problem()).contains("not a SpendSense database");

        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("create table t (x)");
        }
        assertThat(SqliteBackup.check(other).problem()).contains("no schema history");

        assertThat(SqliteBackup.check(dir.resolve("missing.db")).ok()).isFalse();
        assertThat(Files.exists(dir.resolve("missing.db"))).isFalse();
    }

    @Test
    void checkRefusesADatabaseWrittenByANewerVersion() throws Exception {
        Path file = dir.resolve("future.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("insert into flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, installed_on, execution_time, success)"
                    + " select 999, '999', 'from the future', type, 'V999__future.sql', 0, installed_by,"
                    + " installed_on, 1, 1 from flyway_schema_history where installed_rank = 1");
        }
        assertThat(SqliteBackup.check(file).problem()).contains("newer SpendSense");
    }

    @Test
    void restoreSwapsTheBackupInAndKeepsThePreviousDatabase() throws Exception {
        Path file = dir.resolve("main.db");
        Path backup = dir.resolve("b.db");
        try (var db = Database.open(file)) {
            addUser(db, "alice");
            SqliteBackup.backup(file, backup);
            addUser(db, "bob");
        }
        Path staged = SqliteBackup.stage(backup, file);
        assertThat(SqliteBackup.verify(staged)).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
        Path previous = dir.resolve("kept.db");
        SqliteBackup.swapIn(staged, file, previous);
        SqliteBackup.discard(staged);

        assertThat(usernames(previous)).containsExactlyInAnyOrder("alice", "bob");
        try (var db = Database.open(file)) {
            assertThat(db.transactions().inTransaction(() -> new UserRepository(db.transactions()).list()))
                    .extracting(io.spendsense.domain.User::username).containsExactly("alice");
        }
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(staged.getParent().getFileName()
                    .toString());
        }
    }

    @Test
    void openingADatabaseWithPendingMigrationsBacksItUpFirst() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(Database.MIGRATIONS).target("1")
                .load().migrate();
        Database.open(file).close();

        Path backups = dir.resolve(Database.BACKUPS);
        try (var list = Files.list(backups)) {
            var files = list.toList();
            assertThat(files).hasSize(1);
            assertThat(files.get(0).getFileName().toString()).matches("pre-migration-V1-\\d{8}-\\d{6}\\.db");
            var check = SqliteBackup.check(files.get(0));
            assertThat(check.ok()).isTrue();
            assertThat(check.schemaVersion()).isEqualTo("1");
        }
        // Up to date now: opening again makes no new backup.
        Database.open(file).close();
        try (var list = Files.list(backups)) {
            assertThat(list.count()).isEqualTo(1);
        }
    }

    @Test
    void aNewDatabaseIsNotBackedUp() {
        Database.open(dir.resolve("new.db")).close();
        assertThat(Files.exists(dir.resolve(Database.BACKUPS))).isFalse();
    }

    @Test
    void backupFileNamesNeverCollide() throws Exception {
        Path file = dir.resolve("x.db");
        var when = LocalDateTime.of(2026, 3, 20, 10, 0, 0);
        Path first = Database.backupFile(file, "spendsense-", when);
        Files.createFile(first);
        Path second = Database.backupFile(file, "spendsense-", when);
        assertThat(first.getFileName()).hasToString("spendsense-20260320-100000.db");
        assertThat(second.getFileName()).hasToString("spendsense-20260320-100000-2.db");
    }

    /**
     * A window or command that has the database open while another process restores it sees the restored data next,
     * and what it writes then lands in the restored database (a file rename would leave it writing to the replaced
     * file, a write reported done and lost).
     */
    @Test
    void aDatabaseOpenDuringARestoreSeesTheRestoredDataAndItsLaterWritesAreKept() throws Exception {
        Path live = dir.resolve("live.db");
        Path other = dir.resolve("other.db");
        try (var db = Database.open(other)) {
            addUser(db, "carol");
        }
        Path backup = dir.resolve("carol.db");
        SqliteBackup.backup(other, backup);
        try (var open = Database.open(live); Connection held = open.dataSource().getConnection()) {
            addUser(open, "alice");
            held.createStatement().executeQuery("select count(*) from users").close();   // the file is open
            Path staged = SqliteBackup.stage(backup, live);
            SqliteBackup.verify(staged);
            SqliteBackup.swapIn(staged, live, dir.resolve("before.db"));
            SqliteBackup.discard(staged);

            assertThat(open.transactions().inTransaction(() -> new UserRepository(open.transactions())
                    .find("carol")).isPresent()).isTrue();
            addUser(open, "dave");
            held.createStatement().execute("insert into users (username, username_key, display_name, password_hash,"
                    + " created_at, updated_at) values ('erin', 'erin', 'Erin', 'h', 0, 0)");
        }
        assertThat(usernames(live)).containsExactly("carol", "dave", "erin");
        assertThat(usernames(dir.resolve("before.db"))).containsExactly("alice");
        assertThat(SqliteBackup.check(live).ok()).isTrue();
    }

    private static void addUser(Database db, String name) {
        db.transactions().run(() -> new UserRepository(db.transactions())
                .create(name, name, null, "h", "USD", Instant.EPOCH));
    }

    private static java.util.List<String> usernames(Path file) throws SQLException {
        var names = new java.util.ArrayList<String>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("select username from users order by id")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
