package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.persistence.Database;
import io.spendsense.persistence.DatabaseBusyException;
import io.spendsense.persistence.WriteLockHolder;
import io.spendsense.service.BackupService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * While another window or command holds the write lock past the busy timeout, every command that changes data ends
 * with exit code 1 and one plain line — never a stack trace — and changes nothing.
 */
class BusyDatabaseTest {
    static final String BUSY = "spendsense: " + DatabaseBusyException.MESSAGE + "\n";
    @TempDir
    Path dir;
    CliHarness cli;
    Path db;

    @BeforeEach
    void aliceWithAnExpense() throws Exception {
        System.setProperty(Database.BUSY_TIMEOUT_PROPERTY, "400");
        db = dir.resolve("busy.db");
        cli = new CliHarness(db);
        assertThat(cli.run("user", "add", "alice").code()).isZero();
        Files.writeString(dir.resolve("one.csv"), "date,description,category,payee,amount\n"
                + "2026-03-01,Lunch,Dining,Cafe,12.50\n");
        assertThat(cli.run("import", "--user", "alice", dir.resolve("one.csv").toString()).code()).isZero();
        Files.writeString(dir.resolve("two.csv"), "date,description,category,payee,amount\n"
                + "2026-03-02,Dinner,Dining,Bistro,40.00\n");
    }

    @AfterEach
    void defaultTimeout() {
        System.clearProperty(Database.BUSY_TIMEOUT_PROPERTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"import|--user|alice|@two.csv", "budget|set|--user|alice|--overall|--limit|900",
        "user|add|bob", "rule|add|--user|alice|--pattern|Cafe|--category|Shopping",
        "recurring|add|--user|alice|--amount|9|--category|Dining|--schedule|monthly:1|--start|2026-01-01",
        "insights|--user|alice|--dismiss|unusual:1", "ask|--user|alice|--yes|I spent 5 on coffee today",
        "user|passwd|alice"})
    void aWriterBlockedPastTheBusyTimeoutSaysSoInOneLineAndChangesNothing(String command) throws Exception {
        var args = new ArrayList<String>();
        for (String a : command.split("\\|")) {
            args.add(a.startsWith("@") ? dir.resolve(a.substring(1)).toString() : a);
        }
        cli.env.put("SPENDSENSE_NEW_PASSWORD", "new password 1");
        String before = cli.run("db-check").out();
        CliHarness.Run r;
        try (var holder = new WriteLockHolder(db)) {
            r = cli.run(args.toArray(String[]::new));
        }
        assertThat(r.err()).isEqualTo(BUSY);
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.run("db-check").out()).isEqualTo(before);
    }

    @Test
    void aRestoreWhileAnotherWriterHoldsTheLockIsRefusedAsBusyAndChangesNothing() throws Exception {
        Path backup = dir.resolve("copy.db");
        assertThat(cli.run("backup", backup.toString()).code()).isZero();
        String before = cli.run("db-check").out();
        CliHarness.Run r;
        try (var holder = new WriteLockHolder(db)) {
            r = cli.run("restore", backup.toString());
        }
        assertThat(r.err()).isEqualTo(BUSY);
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(cli.run("db-check").out()).isEqualTo(before);
        assertThat(BackupService.generations(db)).isEmpty();
        assertThat(cli.run("restore", backup.toString()).code()).isZero();
    }

    @Test
    void aWriterWaitsForAShortWriteInsteadOfFailing() throws Exception {
        System.setProperty(Database.BUSY_TIMEOUT_PROPERTY, "5000");
        var holder = new WriteLockHolder(db);
        var release = new Thread(() -> {
            try {
                Thread.sleep(700);
                holder.commit();
                holder.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        release.start();
        var r = cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "900");
        release.join();
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(cli.run("user", "list").out()).contains("held");
        assertThat(List.of(cli.run("budget", "list", "--user", "alice").out().split("\n")))
                .anyMatch(line -> line.contains("900"));
    }
}
