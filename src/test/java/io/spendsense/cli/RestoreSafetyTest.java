package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;

import io.spendsense.service.BackupService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code restore} swaps in only what SpendSense can open: a copy of the candidate goes through the real start-up path
 * first (migrations, Hibernate's validation, this version's tables, columns, indexes and triggers, a row of each
 * table), and anything that fails is refused with the reason while the database stays byte for byte as it was. What
 * a restore replaces is kept, the last five generations.
 */
class RestoreSafetyTest {
    @TempDir
    Path dir;
    CliHarness cli;
    Path db;

    @BeforeEach
    void aliceAndBob() {
        db = dir.resolve("data").resolve("spendsense.db");
        cli = new CliHarness(db);
        assertThat(cli.run("user", "add", "alice").code()).isZero();
        assertThat(cli.run("user", "add", "bob").code()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            tables without their schema history (history emptied)  | delete from flyway_schema_history                        | schema history is empty
            a dropped table                                          | drop table budget_limits                                  | budget_limits
            a dropped table no entity maps                           | drop table expense_month_totals                           | expense_month_totals
            a dropped trigger                                        | drop trigger expense_month_totals_insert                  | trigger expense_month_totals_insert
            a dropped column no entity maps                          | drop index ix_recurring_occurrences_expense; alter table recurring_occurrences drop column expense_id | column expense_id of table recurring_occurrences
            a migration that no longer matches                       | update flyway_schema_history set checksum = 1 where version = '3' | checksum mismatch for migration version 3
            a newer version                                          | insert into flyway_schema_history select 999, '999', 'future', type, 'V999__future.sql', 0, installed_by, installed_on, 1, 1 from flyway_schema_history where installed_rank = 1 | newer SpendSense
            another program's SQLite file                            | drop table flyway_schema_history                          | no schema history
            """)
    // CHECKSTYLE.ON: LineLength
    void aCandidateSpendSenseCannotOpenIsRefusedWithTheReasonAndTheDatabaseIsUntouched(String what, String damage,
            String reason) throws Exception {
        Path candidate = dir.resolve("candidate.db");
        assertThat(cli.run("backup", candidate.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + candidate)) {
            for (String statement : damage.split(";")) {
                c.createStatement().execute(statement);
            }
        }
        assertRefused(candidate, reason);
    }

    @Test
    void aFileThatIsNotSqliteIsRefused() throws Exception {
        assertRefused(Files.writeString(dir.resolve("holiday.jpg"), "not a database ".repeat(500)),
                "not a SpendSense database");
    }

    @Test
    void anOlderBackupIsMigratedOnTheCopyBeforeTheSwapAndTheBackupFileIsLeftAsItWas() throws Exception {
        Path old = dir.resolve("v1.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration",
                "classpath:db/sqlite")
                .target("1").load().migrate();
        String before = sha256(old);

        var r = cli.run("restore", old.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Restored " + db);
        assertThat(sha256(old)).isEqualTo(before);
        // the swapped-in file is already at this version: opening it needs no migration (and makes no backup of it)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select max(cast(version as integer)) from"
                     + " flyway_schema_history where success = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThan(1);
        }
        assertThat(cli.run("user", "list").out()).contains("No profiles yet");
        assertThat(BackupService.generations(db)).hasSize(1);
        try (var files = Files.list(db.getParent().resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("pre-migration"));
        }
    }

    @Test
    void restoreKeepsTheLastFiveGenerationsOfWhatItReplacedAndSaysWhereEachWent() throws Exception {
        Path backup = dir.resolve("two-users.db");
        assertThat(cli.run("backup", backup.toString()).code()).isZero();
        for (int i = 1; i <= 7; i++) {
            assertThat(cli.run("user", "add", "user" + i).code()).isZero();
            cli.clock.advance(java.time.Duration.ofMinutes(1));
            var r = cli.run("restore", backup.toString());
            assertThat(r.code()).isZero();
            Path kept = BackupService.generations(db).get(0);
            assertThat(r.out()).contains("The database it replaced is kept as " + kept + " (the last 5 are kept).");
            // the newest generation is the database just replaced: it has the profile added before this restore
            assertThat(cli.run("user", "list", "--db", kept.toString()).out()).contains("user" + i);
        }
        var generations = BackupService.generations(db);
        assertThat(generations).hasSize(5);
        for (int g = 0; g < 5; g++) {
            assertThat(cli.run("user", "list", "--db", generations.get(g).toString()).out())
                    .contains("user" + (7 - g)).doesNotContain("user" + (6 - g));
        }
        assertThat(cli.run("user", "list").out()).contains("alice", "bob").doesNotContain("user");
        try (var left = Files.list(db.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".restore-"));
        }
    }

    private void assertRefused(Path candidate, String reason) throws Exception {
        String before = sha256(db);
        var r = cli.run("restore", candidate.toString());
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("spendsense: Refused to restore " + candidate)
                .contains(reason).endsWith("The current database is unchanged.");
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(BackupService.generations(db)).isEmpty();
        try (var left = Files.list(db.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".restore-"));
        }
        var users = cli.run("user", "list");
        assertThat(users.code()).isZero();
        assertThat(users.out()).contains("alice", "bob");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
