package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.BackupService;
import io.spendsense.service.TestFiles;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate}, and {@code backup} / {@code restore} of the test's database (a PostgreSQL server, or an SQLite file
 * on the SQLite run), end to end on temporary databases: a file with two profiles and something of every kind goes
 * there and back, and what the commands show is the same.
 */
@BothDatabases
class MigrateCommandTest {
    private Path dir;
    private Path file;
    private CliHarness cli;

    @BeforeEach
    void aFileWithTwoProfiles() throws Exception {
        dir = Files.createTempDirectory("spendsense-migrate");
        file = dir.resolve("home.db");
        cli = new CliHarness(file);
        cli.env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        ok(cli.run("user", "add", "alice"));
        ok(cli.run("user", "add", "bob"));
        ok(cli.run("rates", "add", "--user", "alice", "2026-03-06", "EUR", "1.10"));
        ok(cli.run("rates", "settings", "--user", "alice", "--download", "on", "--url", "http://127.0.0.1:9/r.zip"));
        ok(cli.run("add", "--user", "alice", "--amount", "40", "--currency", "EUR", "--category", "Dining",
                "--date", "2026-03-08", "--payee", "Trattoria"));
        ok(cli.run("add", "--user", "alice", "--amount", "12.34", "--category", "Groceries", "--date",
                "2026-02-11", "--payee", "Market"));
        ok(cli.run("add", "--user", "bob", "--amount", "5", "--category", "Dining", "--date", "2026-03-01"));
        Path png = Files.write(dir.resolve("receipt.png"), TestFiles.png(Color.RED));
        ok(cli.run("attach", "--user", "alice", "1", png.toString()));
        ok(cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "100", "--start",
                "2026-02"));
        ok(cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "150"));
        ok(cli.run("recurring", "add", "--user", "alice", "--amount", "1475", "--category", "Housing", "--payee",
                "Oakwood", "--schedule", "monthly:31", "--start", "2026-01-31"));
        ok(cli.run("rule", "add", "--user", "alice", "--pattern", "market", "--category", "Groceries"));
    }

    @AfterEach
    void removeFiles() throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void migrateToTheDatabaseAndBackShowsTheSameProfiles(TestDatabase db) {
        String there = address(db);
        var to = cli.run("migrate", "--from", file.toString(), "--to", there);
        assertThat(to.err()).isEmpty();
        assertThat(to.code()).isZero();
        assertThat(to.out()).startsWith("Copying " + file + " to ").contains("  expenses               5 rows",
                "alice: 4 expenses, 1 attachments", "bob: 1 expenses, 0 attachments", "Done: 2 profiles");
        assertThat(shown(there)).isEqualTo(shown(file.toString()));

        Path back = dir.resolve("back.db");
        var from = cli.run("migrate", "--from", there, "--to", back.toString());
        assertThat(from.code()).as(from.err()).isZero();
        assertThat(shown(back.toString())).isEqualTo(shown(file.toString()));
        assertThat(cli.run("db-check", "--db", back.toString()).out()).endsWith("ok\n");
        assertThat(cli.run("attachments", "--user", "alice", "1", "--db", back.toString()).out())
                .contains("receipt.png");
        // the search index was rebuilt on both sides, and new rows get new ids
        for (String where : new String[] {there, back.toString()}) {
            assertThat(cli.run("list", "--user", "alice", "--search", "ttor", "--db", where).out())
                    .contains("Trattoria").contains("1 expense");
            var added = cli.run("add", "--user", "bob", "--amount", "7", "--category", "Dining", "--db", where);
            assertThat(added.out()).as(added.err()).startsWith("Added expense 6:");
        }
    }

    @Test
    void migrateIntoADatabaseWithProfilesIsRefusedNamingThem(TestDatabase db) {
        String there = address(db);
        ok(cli.run("migrate", "--from", file.toString(), "--to", there));
        var again = cli.run("migrate", "--from", file.toString(), "--to", there);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("Refused to copy into", "already holds the profiles alice, bob",
                "nothing was merged or changed");
        assertThat(cli.run("list", "--user", "alice", "--db", there).out()).contains("4 expenses");
    }

    @Test
    void aBackupOfTheDatabaseIsAFileThatRestoreAndDbCheckTake(TestDatabase db) {
        String there = address(db);
        ok(cli.run("migrate", "--from", file.toString(), "--to", there));
        Path backup = dir.resolve("copy.db");
        var r = cli.run("backup", backup.toString(), "--db", there);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Backed up ", backup.toString());
        assertThat(cli.run("db-check", "--db", backup.toString()).out()).endsWith("ok\n");
        Path restored = dir.resolve("restored.db");
        ok(cli.run("restore", backup.toString(), "--db", restored.toString()));
        assertThat(shown(restored.toString())).isEqualTo(shown(file.toString()));
    }

    @Test
    void restoreIntoTheDatabaseReplacesItsProfilesAndKeepsWhatItReplaced(TestDatabase db) throws Exception {
        String there = address(db);
        ok(cli.run("migrate", "--from", file.toString(), "--to", there));
        Path backup = dir.resolve("before-carol.db");
        ok(cli.run("backup", backup.toString(), "--db", there));
        ok(cli.run("user", "add", "carol", "--db", there));
        ok(cli.run("add", "--user", "alice", "--amount", "99", "--category", "Dining", "--db", there));

        String[] restore = db.postgres() ? new String[] {"restore", backup.toString(), "--db", there}
                : new String[] {"restore", backup.toString(), "--db", there, "--yes"};
        if (db.postgres()) {
            var unconfirmed = cli.run(restore);
            assertThat(unconfirmed.code()).isEqualTo(1);
            assertThat(unconfirmed.err()).contains("add --yes to confirm; nothing was changed");
            assertThat(cli.run("user", "list", "--db", there).out()).contains("carol");
            restore = new String[] {"restore", backup.toString(), "--db", there, "--yes"};
        }
        var r = cli.run(restore);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Restored ");
        assertThat(cli.run("user", "list", "--db", there).out()).contains("alice", "bob").doesNotContain("carol");
        assertThat(shown(there)).isEqualTo(shown(file.toString()));
        if (db.postgres()) {
            var server = (DatabaseLocation.Server) db.location();
            Path folder = BackupService.serverBackupsFolder(dir.resolve("data").resolve("spendsense"), server);
            var kept = BackupService.generationsIn(folder);
            assertThat(kept).singleElement();
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .isEqualTo("rwx------");
            assertThat(r.out()).contains("kept as " + kept.get(0));
            assertThat(cli.run("user", "list", "--db", kept.get(0).toString()).out()).contains("carol");
        }
    }

    @Test
    void aWrongPasswordForTheServerSaysSoAndNothingIsWritten(TestDatabase db) {
        Assumptions.assumeTrue(db.postgres(), "a server's password");
        String there = address(db);
        cli.env.put("SPENDSENSE_DB_PASSWORD", "not-the-password");
        var r = cli.run("migrate", "--from", file.toString(), "--to", there);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().contains("refused the password");
        address(db);
        assertThat(cli.run("user", "list", "--db", there).out()).doesNotContain("alice");
    }

    /** What the commands show of both profiles: their expenses, budgets, rules, recurring and rates. */
    private String shown(String where) {
        var all = new StringBuilder();
        for (String[] args : new String[][] {{"list", "--user", "alice"}, {"list", "--user", "bob"},
            {"budget", "list", "--user", "alice"}, {"rule", "list", "--user", "alice"},
            {"recurring", "list", "--user", "alice"}, {"rates", "list", "--user", "alice"},
            {"rates", "settings", "--user", "alice"}, {"attachments", "--user", "alice", "1"}, {"user", "list"}}) {
            var withDb = new java.util.ArrayList<>(java.util.List.of(args));
            withDb.add("--db");
            withDb.add(where);
            var r = cli.run(withDb.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
            all.append(r.out());
        }
        return all.toString();
    }

    private String address(TestDatabase db) {
        if (db.location() instanceof DatabaseLocation.Server server) {
            cli.env.put("SPENDSENSE_DB_PASSWORD", server.password() == null ? "" : server.password());
            return server.describe();
        }
        return db.file().toString();
    }

    private static void ok(CliHarness.Run r) {
        assertThat(r.code()).as(r.err()).isZero();
    }
}
