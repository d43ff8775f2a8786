package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three kinds of transaction over SQLite in WAL mode, with another connection writing beside them. */
class TransactionsTest {
    @TempDir
    Path dir;
    Database db;
    UserRepository users;

    @BeforeEach
    void open() {
        System.setProperty(Database.BUSY_TIMEOUT_PROPERTY, "2000");
        db = Database.open(dir.resolve("tx.db"));
        users = new UserRepository(db.transactions());
    }

    @AfterEach
    void close() {
        db.close();
        System.clearProperty(Database.BUSY_TIMEOUT_PROPERTY);
    }

    @Test
    void aTransactionThatReadBeforeAnotherConnectionWroteIsRunAgainAsAWriter() {
        var attempts = new AtomicInteger();
        long id = db.transactions().inTransaction(() -> {
            users.list();   // a read: the transaction's snapshot begins here
            if (attempts.incrementAndGet() == 1) {
                insertElsewhere("sneaky");   // another process commits meanwhile
            }
            return users.create("late", "Late", null, "h", "USD", Instant.EPOCH).id();
        });
        assertThat(attempts).hasValue(2);
        assertThat(db.transactions().inTransaction(users::list)).extracting(u -> u.username())
                .containsExactlyInAnyOrder("sneaky", "late");
        assertThat(id).isPositive();
    }

    @Test
    void aWriteTransactionWaitsForTheOtherWriterAndThenRuns() throws Exception {
        var holder = new WriteLockHolder(db.file());
        var release = CompletableFuture.runAsync(() -> {
            sleep(600);
            try {
                holder.commit();
                holder.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        db.transactions().runWrite(() -> {
            users.list();
            users.create("after", "After", null, "h", "USD", Instant.EPOCH);
        });
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(500);
        release.get();
        assertThat(db.transactions().inTransaction(users::list)).hasSize(2);
    }

    @Test
    void pastTheBusyTimeoutAWriterGetsThePlainBusyMessage() throws Exception {
        try (var holder = new WriteLockHolder(db.file())) {
            assertThatThrownBy(() -> db.transactions().runWrite(() ->
                    users.create("blocked", "B", null, "h", "USD", Instant.EPOCH)))
                    .isInstanceOf(DatabaseBusyException.class)
                    .hasMessage("the database is busy with another SpendSense window or command; try again");
            assertThatThrownBy(() -> db.transactions().run(() ->
                    users.create("blocked", "B", null, "h", "USD", Instant.EPOCH)))
                    .isInstanceOf(DatabaseBusyException.class);
        }
    }

    @Test
    void insideReadOnlyATransactionCannotWriteButADeclaredWriteCanAndReadsDoNotWait() throws Exception {
        assertThatThrownBy(() -> db.transactions().readOnly(() -> db.transactions().inTransaction(() ->
                users.create("sneaky", "S", null, "h", "USD", Instant.EPOCH))))
                .hasStackTraceContaining("readonly");
        db.transactions().readOnly(() -> {
            db.transactions().runWrite(() -> users.create("declared", "D", null, "h", "USD", Instant.EPOCH));
            return null;
        });
        try (var holder = new WriteLockHolder(db.file())) {
            long start = System.nanoTime();
            var listed = db.transactions().readOnly(() -> db.transactions().inTransaction(users::list));
            assertThat(listed).extracting(u -> u.username()).containsExactly("declared");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
        }
    }

    private void insertElsewhere(String name) {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
            c.createStatement().executeUpdate("insert into users (username, username_key, display_name, password_hash,"
                    + " created_at, updated_at) values ('" + name + "', '" + name + "', 'X', 'h', 0, 0)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
