package io.spendsense.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.spendsense.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: opens a copy of the backup as SpendSense starts (refusing it, with the reason, when that
 * fails), then swaps it in, keeping the database it replaced in the backups folder.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Replace the database with the backup"
        + " FILE after opening a copy of it as SpendSense starts; the database it replaces is kept as"
        + " backups/before-restore-<timestamp>.db (the last " + BackupService.KEPT_GENERATIONS + " are kept)."
        + " Close the app first.")
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
            env.out().println("The database it replaced is kept as " + restored.previous() + " (the last "
                    + BackupService.KEPT_GENERATIONS + " are kept).");
        }
        return Cli.OK;
    }
}
