package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir.resolve("cli.db"));
    }

    @Test
    void userAddCreatesAProfileThatUserListShows() {
        var added = cli.run("user", "add", "alice", "--display-name", "Alice Smith", "--email", "alice@example.com",
                "--currency", "eur");
        assertThat(added.code()).isZero();
        assertThat(added.out()).startsWith("Created profile alice (EUR)");
        assertThat(added.err()).isEmpty();
        cli.run("user", "add", "bob");
        var list = cli.run("user", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).isEqualTo("""
                Username  Display name  Email              Currency  Created
                alice     Alice Smith   alice@example.com  EUR       2026-03-20
                bob       bob                              USD       2026-03-20
                """);
    }

    @Test
    void userListOfAnEmptyDatabaseSaysHowToStart() {
        assertThat(cli.run("user", "list").out()).contains("user add NAME");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            al,       username must be 3 to 32
            'a b c',  username must be 3 to 32
            alice,    already taken
            """)
    void userAddRejectsBadOrTakenNamesWithOneLine(String name, String message) {
        cli.run("user", "add", "alice");
        var r = cli.run("user", "add", name);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("spendsense: ").contains(message);
    }

    @Test
    void userAddWithoutAPasswordSourceSaysToSetTheVariable() {
        cli.env.remove("SPENDSENSE_PASSWORD");
        var r = cli.run("user", "add", "alice");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("set SPENDSENSE_PASSWORD");
    }

    @Test
    void shortPasswordIsAUserError() {
        var r = cli.as("short", "user", "add", "alice");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at least 8 characters");
    }

    @Test
    void passwdChangesThePasswordGivenTheCurrentOne() {
        cli.run("user", "add", "alice");
        cli.env.put("SPENDSENSE_NEW_PASSWORD", "battery staple");
        var r = cli.run("user", "passwd", "alice");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Password of alice changed.\n");
        assertThat(cli.run("list", "--user", "alice").code()).as("old password").isEqualTo(1);
        assertThat(cli.as("battery staple", "list", "--user", "alice").code()).isZero();
    }

    @Test
    void passwdWithAWrongCurrentPasswordChangesNothing() {
        cli.run("user", "add", "alice");
        cli.env.put("SPENDSENSE_NEW_PASSWORD", "battery staple");
        var r = cli.as("wrong password", "user", "passwd", "alice");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: Unknown username or wrong password.\n");
    }

    @Test
    void deleteWithoutATerminalAndWithoutYesRefuses() {
        cli.run("user", "add", "alice");
        var r = cli.run("user", "delete", "alice");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("without confirmation").contains("--yes");
        assertThat(cli.run("user", "list").out()).contains("alice");
    }

    @Test
    void deleteWithYesAndThePasswordDeletesTheProfile() {
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
        var r = cli.run("user", "delete", "alice", "--yes");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Deleted profile alice.\n");
        assertThat(cli.run("user", "list").out()).doesNotContain("alice").contains("bob");
    }

    @Test
    void deleteAtATerminalAsksToTypeTheUsername() {
        cli.run("user", "add", "alice");
        var declined = cli.interactive("no\n", "user", "delete", "alice");
        assertThat(declined.code()).isEqualTo(1);
        assertThat(declined.out()).contains("Delete profile alice and its 0 expenses for good?");
        assertThat(declined.err()).isEqualTo("spendsense: not confirmed; nothing deleted\n");
        assertThat(cli.run("user", "list").out()).contains("alice");
        var confirmed = cli.interactive("alice\n", "user", "delete", "alice");
        assertThat(confirmed.code()).isZero();
        assertThat(confirmed.out()).endsWith("Deleted profile alice.\n");
    }

    @Test
    void deleteWithAWrongPasswordDeletesNothing() {
        cli.run("user", "add", "alice");
        var r = cli.as("not the password", "user", "delete", "alice", "--yes");
        assertThat(r.code()).isEqualTo(1);
        assertThat(cli.run("user", "list").out()).contains("alice");
    }

    @Test
    void versionAndHelpExitZero() {
        var version = cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("SpendSense ");
        var help = cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("user", "import", "export", "list", "summary", "bench");
        assertThat(cli.run("import", "--help").out()).contains("--date-format", "--unknown-category", "--db");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            frobnicate
            user add
            user
            list
            summary --user alice --month 2026-13
            list --user alice --limit 0
            list --user alice --sort cost
            summary --user alice --month 2026-01 --year 2026
            list --user alice --month 2026-01 --from 2026-01-01
            """)
    void badUsageExitsTwoWithAHint(String args) {
        cli.run("user", "add", "alice");
        var r = cli.run(args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("spendsense: ").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotADatabaseIsOneLine() throws java.io.IOException {
        var notDb = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "date,description\n".repeat(100));
        var r = cli.run("user", "list", "--db", notDb.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("spendsense: cannot open the database")
                .contains("not a database");
    }

    @Test
    void everySubcommandAcceptsDb() {
        var other = dir.resolve("other.db").toString();
        assertThat(cli.run("user", "add", "carol", "--db", other).code()).isZero();
        assertThat(cli.run("user", "list", "--db", other).out()).contains("carol");
        assertThat(cli.run("user", "list").out()).doesNotContain("carol");
        cli.env.put("SPENDSENSE_DB", other);
        assertThat(cli.run("summary", "--user", "carol", "--db", other).code()).isZero();
    }
}
