package io.spendsense.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.spendsense.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: checks a backup, then swaps it in, keeping the previous database. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Replace the database with the backup"
        + " FILE after checking it; the previous database is kept as <database>.before-restore. Close the app first.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "FILE", description = "A backup made by 'spendsense backup' (or a SpendSense database).")
    Path backup;

    @Override
    public Integer call() {
        var env = database.env();
        var restored = new BackupService(env.clock()).restore(database.file(), backup);
        env.out().println("Restored " + restored.database() + " from " + restored.from()
                + (restored.schemaVersion() == null ? "" : " (schema version " + restored.schemaVersion() + ")"));
        if (restored.previous() != null) {
            env.out().println("The previous database is kept as " + restored.previous());
        }
        return Cli.OK;
    }
}
