package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.spendsense.domain.User;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first step of opening (decision 0016): the file ready and its profiles listed, before Hibernate is built. */
class DatabasePrepareTest {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    @TempDir
    Path dir;

    @Test
    void theProfilesListedBeforeHibernateAreTheRepositorysListFieldForField() {
        Path file = dir.resolve("p.db");
        List<User> inTransaction;
        try (var db = Database.open(file)) {
            var users = new UserRepository(db.transactions());
            db.transactions().runWrite(() -> {
                users.create("bob", "Bob", "bob@example.com", "h", "EUR", NOW);
                User alice = users.create("Alice", "Alice A.", null, "h", "USD", NOW.plusSeconds(60));
                users.recordSignInAttempt(alice.id(), 0, NOW.plusSeconds(300));
                users.markDemo(users.create("demo", "Demo profile", null, "h", "USD", NOW).id());
            });
            inTransaction = db.transactions().inTransaction(users::list);
        }

        List<User> early = Database.prepare(file).listUsers();

        assertThat(early).isEqualTo(inTransaction);
        assertThat(early).extracting(User::username).containsExactly("Alice", "bob", "demo");
        assertThat(early.get(0).lockedUntil()).isEqualTo(NOW.plusSeconds(300));
        assertThat(early.get(1).lockedUntil()).isNull();
        assertThat(early.get(1).email()).isEqualTo("bob@example.com");
        assertThat(early.get(2).demo()).isTrue();
        assertThat(early.get(0).createdAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aNewFileIsMigratedByTheFirstStepAndHasNoProfiles() {
        Path file = dir.resolve("new.db");
        var prepared = Database.prepare(file);
        assertThat(prepared.listUsers()).isEmpty();
        assertThat(Database.isCurrent(plain(file))).isTrue();
        try (var db = prepared.open()) {
            assertThat(db.transactions().inTransaction(() -> new UserRepository(db.transactions()).list())).isEmpty();
        }
    }

    @Test
    void anOlderSchemaIsMigratedBeforeItsProfilesAreListed() {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(Database.MIGRATIONS).target("3")
                .load().migrate();
        assertThat(Database.isCurrent(plain(file))).isFalse();

        assertThat(Database.prepare(file).listUsers()).isEmpty();   // reads is_demo, a column of V10

        assertThat(Database.isCurrent(plain(file))).isTrue();
    }

    @Test
    void theListInATransactionIncludesWhatThatTransactionChangedBeforeIt() {
        try (var db = Database.open(dir.resolve("t.db"))) {
            var users = new UserRepository(db.transactions());
            long id = db.transactions().inWriteTransaction(() -> users.create("carol", "Carol", null, "h", "USD", NOW))
                    .id();
            List<User> seen = db.transactions().inWriteTransaction(() -> {
                users.recordSignInAttempt(id, 3, null);   // a change to the managed entity, not flushed yet
                return users.list();
            });
            assertThat(seen).singleElement().extracting(User::failedLogins).isEqualTo(3);
        }
    }

    private static org.sqlite.SQLiteDataSource plain(Path file) {
        var ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }
}
