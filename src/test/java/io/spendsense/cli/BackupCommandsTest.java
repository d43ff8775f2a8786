package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.spendsense.service.BackupService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("data").resolve("spendsense.db");
        cli = new CliHarness(db);
        assertThat(cli.run("user", "add", "alice").code()).isZero();
    }

    @Test
    void backupWithoutAFileWritesATimestampedCopyInTheBackupsFolder() throws Exception {
        var r = cli.run("backup");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        try (var files = Files.list(dir.resolve("data").resolve("backups"))) {
            var list = files.toList();
            assertThat(list).singleElement().satisfies(f ->
                    assertThat(f.getFileName().toString()).matches("spendsense-\\d{8}-\\d{6}\\.db"));
            assertThat(r.out()).startsWith("Backed up ").contains(list.get(0).toString());
        }
    }

    @Test
    void restoreBringsBackTheBackedUpProfilesAndKeepsThePreviousDatabase() {
        Path backup = dir.resolve("before-bob.db");
        assertThat(cli.run("backup", backup.toString()).code()).isZero();
        cli.run("user", "add", "bob");

        var r = cli.run("restore", backup.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        Path previous = BackupService.generations(db).get(0);
        assertThat(r.out()).contains("Restored " + db).contains("kept as " + previous + " (the last 5 are kept)");
        var list = cli.run("user", "list").out();
        assertThat(list).contains("alice").doesNotContain("bob");
        assertThat(cli.run("user", "list", "--db", previous.toString()).out()).contains("alice", "bob");
    }

    @Test
    void restoreOfAFileThatIsNotASpendSenseDatabaseIsRefusedAndTheDatabaseKept() throws Exception {
        Path bad = Files.writeString(dir.resolve("holiday.jpg"), "not a database");
        var r = cli.run("restore", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString().startsWith("spendsense: Refused to restore")
                .contains("not a SpendSense database").contains("unchanged");
        assertThat(cli.run("user", "list").out()).contains("alice");
        assertThat(BackupService.generations(db)).isEmpty();
    }

    @Test
    void backupToAnExistingFileIsRefused() throws Exception {
        Path existing = Files.writeString(dir.resolve("taken.db"), "x");
        var r = cli.run("backup", existing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("x");
    }
}
