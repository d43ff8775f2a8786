package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.spendsense.testing.PostgresForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that cannot be used says which problem it is, in the same classification as the desktop's sign-in. */
class ServerFailureCommandTest {
    @TempDir
    Path dir;

    @Test
    void aWrongPasswordAndAMissingDatabaseAreToldApart() {
        var server = PostgresForTests.server().location("postgres");
        var cli = new CliHarness(dir.resolve("unused.db"));
        String where = server.host() + ":" + server.port();

        cli.env.put("SPENDSENSE_DB_PASSWORD", "not-the-password");
        var wrong = cli.run("user", "list", "--db", "postgresql://" + server.user() + "@" + where + "/postgres"
                + "?sslmode=disable");
        assertThat(wrong.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(wrong.err().strip()).isEqualTo("spendsense: the PostgreSQL server at " + where
                + " refused the password of " + server.user());

        cli.env.put("SPENDSENSE_DB_PASSWORD", server.password());
        var missing = cli.run("user", "list", "--db", "postgresql://" + server.user() + "@" + where
                + "/spendsense_no_such_database?sslmode=disable");
        assertThat(missing.err().strip()).isEqualTo("spendsense: the PostgreSQL server at " + where
                + " has no database spendsense_no_such_database (create it as the README's \"Household server\""
                + " says)");
    }
}
