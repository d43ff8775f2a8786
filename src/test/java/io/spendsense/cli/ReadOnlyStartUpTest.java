package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HexFormat;

import io.spendsense.persistence.WriteLockHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command that only reads writes nothing at start-up (nor later) and takes no write lock: it runs while another
 * connection holds the write lock, and the file is byte for byte what it was. Due recurring expenses wait for the
 * next command that changes data.
 */
class ReadOnlyStartUpTest {
    @TempDir
    Path dir;
    CliHarness cli;
    Path db;

    @BeforeEach
    void aliceHasAWeeklyBillWithFiveOccurrencesDue() {
        db = dir.resolve("ro.db");
        cli = new CliHarness(db);
        assertThat(cli.run("user", "add", "alice").code()).isZero();
        assertThat(cli.run("recurring", "add", "--user", "alice", "--amount", "40", "--category", "Health",
                "--payee", "Gym", "--schedule", "weekly:mon", "--start", "2026-03-02").code()).isZero();
        assertThat(cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "300").code())
                .isZero();
        assertThat(cli.run("rule", "add", "--user", "alice", "--pattern", "Gym", "--category", "Shopping").code())
                .isZero();
        cli.clock.advance(Duration.ofDays(31));   // 2026-04-20: Mar 23, 30, Apr 6, 13 and 20 are due
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "summary", "ask|How much did I spend this month?", "export", "insights",
        "budget|list", "recurring|list", "rule|list", "rule|apply|1", "ask|--json|what are my recurring expenses?"})
    void aReadCommandNeitherWaitsForAWriterNorWritesAnything(String command) throws Exception {
        String before = sha256(db);
        long expenses = expenses();
        var args = new java.util.ArrayList<>(java.util.List.of(command.split("\\|")));
        args.addAll(java.util.List.of("--user", "alice"));
        CliHarness.Run r;
        long start = System.nanoTime();
        try (var writer = new WriteLockHolder(db)) {
            r = cli.run(args.toArray(String[]::new));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        // the busy timeout is 15 s: a command that wanted the write lock would still be waiting
        assertThat(millis).isLessThan(5_000);
        assertThat(expenses()).isEqualTo(expenses);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void theNextCommandThatChangesDataCreatesTheDueRecurringExpensesFirst() throws Exception {
        long expenses = expenses();
        assertThat(cli.run("list", "--user", "alice").code()).isZero();
        assertThat(expenses()).isEqualTo(expenses);
        assertThat(cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "350").code())
                .isZero();
        assertThat(expenses()).isEqualTo(expenses + 5);
    }

    @Test
    void aWrongPasswordInAReadCommandStillCounts() throws Exception {
        assertThat(cli.as("wrong password", "list", "--user", "alice").code()).isEqualTo(Cli.USER_ERROR);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select failed_logins from users where username = 'alice'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private long expenses() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select count(*) from expenses")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
