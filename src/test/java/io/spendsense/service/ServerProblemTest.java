package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.persistence.DatabaseException;
import io.spendsense.testing.PostgresForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which problem a failure to use a server was: from the driver's SQLState or the network exception under it. */
class ServerProblemTest {
    static final DatabaseLocation.Server SERVER = new DatabaseLocation.Server("nas.local", 5432, "spendsense",
            "alice", Map.of("sslmode", "require"), "secret");

    @ParameterizedTest
    @CsvSource(textBlock = """
            28P01, WRONG_PASSWORD
            28000, NOT_ALLOWED
            3D000, NO_DATABASE
            08001, NO_ANSWER
            08006, LOST
            08003, LOST
            57P01, LOST
            """)
    void theSqlStateSaysWhich(String state, ServerProblem expected) {
        var failure = new DatabaseException("cannot open", new RuntimeException(new SQLException("x", state)));
        assertThat(ServerProblem.of(failure, SERVER)).contains(expected);
    }

    @Test
    void aRefusedPasswordWithoutOneIsAMissingPassword() {
        assertThat(ServerProblem.of(new SQLException("password authentication failed", "28P01"),
                SERVER.withPassword(null))).contains(ServerProblem.NO_PASSWORD);
        assertThat(ServerProblem.of(new SQLException("The server requested SCRAM-based authentication, but no"
                + " password was provided.", "08004"), SERVER.withPassword(null))).contains(ServerProblem.NO_PASSWORD);
    }

    @Test
    void aRejectedConnectionUnderRequiredTlsIsTlsNotOffered() {
        assertThat(ServerProblem.of(new SQLException("The server does not support SSL.", "08004"), SERVER))
                .contains(ServerProblem.NO_TLS);
    }

    @Test
    void theNetworkExceptionUnderTheDriversSaysWhichBeforeItsState() {
        assertThat(ServerProblem.of(new SQLException("x", "08001", new UnknownHostException("nas.local")), SERVER))
                .contains(ServerProblem.UNKNOWN_HOST);
        assertThat(ServerProblem.of(new SQLException("x", "08001", new ConnectException("Connection refused")),
                SERVER)).contains(ServerProblem.REFUSED);
        assertThat(ServerProblem.of(new SQLException("x", "08001", new ConnectException("Connection timed out")),
                SERVER)).contains(ServerProblem.NO_ANSWER);
        assertThat(ServerProblem.of(new SQLException("x", "08001", new SocketTimeoutException("connect timed out")),
                SERVER)).contains(ServerProblem.NO_ANSWER);
    }

    @Test
    void anythingElseIsNoServerProblem() {
        assertThat(ServerProblem.of(new IllegalStateException("a bug"), SERVER)).isEmpty();
        assertThat(ServerProblem.of(new SQLException("syntax error", "42601"), SERVER)).isEmpty();
    }

    @Test
    void aLostConnectionIsOnlyOnAServerAndOnlyForReachingIt() {
        var lost = new SQLTransientConnectionException("Connection is not available", "08003");
        assertThat(ServerProblem.isConnectionLost(lost, SERVER)).isTrue();
        assertThat(ServerProblem.isConnectionLost(new SQLException("x", "08001", new ConnectException("refused")),
                SERVER)).isTrue();
        assertThat(ServerProblem.isConnectionLost(new SQLException("bad password", "28P01"), SERVER)).isFalse();
        assertThat(ServerProblem.isConnectionLost(lost, DatabaseLocation.file(java.nio.file.Path.of("a.db"))))
                .isFalse();
    }

    @Test
    void everyKindHasItsSentence() {
        for (ServerProblem p : ServerProblem.values()) {
            assertThat(p.describe(SERVER)).isNotBlank().doesNotContain("{");
        }
        assertThat(ServerProblem.WRONG_PASSWORD.describe(SERVER)).contains("nas.local:5432").contains("alice");
        assertThat(ServerProblem.NO_DATABASE.describe(SERVER)).contains("spendsense").contains("README's");
    }

    /** The real driver against the tests' real server: each way of getting it wrong is told apart. */
    @Test
    void aRealServerTellsEachMistakeApart() {
        var good = PostgresForTests.server().location("postgres");
        assertThat(DatabaseFiles.testServer(good).serverVersion()).matches("\\d+.*");
        assertProblem(good.withPassword("not-the-password"), ServerProblem.WRONG_PASSWORD);
        assertProblem(new DatabaseLocation.Server(good.host(), good.port(), "spendsense_no_such_database",
                good.user(), good.properties(), good.password()), ServerProblem.NO_DATABASE);
        assertProblem(new DatabaseLocation.Server("no-such-host.invalid", good.port(), "x", good.user(),
                good.properties(), good.password()), ServerProblem.UNKNOWN_HOST);
        assertProblem(new DatabaseLocation.Server("127.0.0.1", 1, "x", good.user(), good.properties(),
                good.password()), ServerProblem.REFUSED);
    }

    private static void assertProblem(DatabaseLocation.Server server, ServerProblem expected) {
        assertThatThrownBy(() -> DatabaseFiles.testServer(server))
                .satisfies(e -> assertThat(ServerProblem.of(e, server)).contains(expected));
    }
}
