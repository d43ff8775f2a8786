package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.testing.PostgresForTests;
import org.junit.jupiter.api.Test;

/** Reaching a server that is not there, a database that does not exist, or with a wrong password says which. */
class ServerConnectionTest {
    @Test
    void anUnreachableServerIsNamed() {
        var nowhere = new DatabaseLocation.Server("127.0.0.1", 1, "money", "alice", Map.of(), null);
        assertThatThrownBy(() -> Database.prepare(nowhere)).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot reach the PostgreSQL server at 127.0.0.1:1");
        var unknown = new DatabaseLocation.Server("no-such-host.invalid", 5432, "money", "alice", Map.of(), null);
        assertThatThrownBy(() -> Database.prepare(unknown)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("cannot reach the PostgreSQL server at no-such-host.invalid:5432");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        var missing = PostgresForTests.server().location("spendsense_no_such_database");
        assertThatThrownBy(() -> Database.prepare(missing)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("has no database spendsense_no_such_database");
    }

    /** Only where the tests' server checks passwords (the one .ci/run sets up; the embedded one trusts). */
    @Test
    void aWrongPasswordIsNamed() {
        var server = PostgresForTests.server().location("postgres");
        assumeTrue(server.password() != null, "the tests' server asks for no password");
        var wrong = server.withPassword(server.password() + "-wrong");
        assertThatThrownBy(() -> Database.prepare(wrong)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("refused the password of " + server.user());
        assertThat(PostgresVendor.connectionProblem(server.withPassword(null),
                new java.sql.SQLException("no password", "08004"))).contains("wants a password for " + server.user())
                .contains("SPENDSENSE_DB_PASSWORD");
    }
}
