package io.spendsense.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: opens a copy of the backup as SpendSense starts (refusing it, with the reason, when that
 * fails), then swaps it in, keeping the database it replaced in the backups folder. Into a server (with
 * {@code --yes}): the server's data is backed up to a file, then replaced by the backup's in one transaction.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Replace the database with the backup"
        + " FILE after opening a copy of it as SpendSense starts; the database it replaces is kept as"
        + " backups/before-restore-<timestamp>.db (the last " + BackupService.KEPT_GENERATIONS + " are kept)."
        + " Close the app first. Into a PostgreSQL server, --yes confirms that every profile on it is replaced (in"
        + " one transaction); what it held is kept as a backup file first.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "FILE", description = "A backup made by 'spendsense backup' (or a SpendSense database).")
    Path backup;
    @Option(names = {"-y", "--yes"}, description = "Confirm that a server's profiles are replaced (a server only).")
    boolean yes;

    @Override
    public Integer call() {
        var env = database.env();
        if (database.where(env) instanceof DatabaseLocation.Server where) {
            if (!yes) {
                throw new UserException("restoring into " + where.describe() + " replaces every profile on it"
                        + " (everyone's in the household): add --yes to confirm; nothing was changed");
            }
            var server = (DatabaseLocation.Server) database.location(env);
            Path keepIn = BackupService.serverBackupsFolder(DatabaseOptions.dataFolder(env), server);
            env.out().println("Restoring " + backup + " into " + server.describe());
            var restored = new BackupService(env.clock()).restore(server, backup, keepIn,
                    new CopyProgress(env.out()));
            env.out().println("Restored " + server.describe() + " from " + backup + " (schema version "
                    + restored.schemaVersion() + "): " + restored.profiles().size() + " profiles, checked per"
                    + " profile before committing.");
            env.out().println("What it replaced is kept as " + restored.previous() + " (the last "
                    + BackupService.KEPT_GENERATIONS + " are kept).");
            return Cli.OK;
        }
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
