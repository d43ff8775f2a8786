package io.spendsense.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code backup [FILE]}: a consistent copy of the database, safe while the app is running. A server's is a portable
 * SQLite file, the format of a file's backup, made by copying every profile into it (decision 0023).
 */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Copy the database to FILE (default: a"
        + " timestamped file in the backups/ folder next to the database; for a PostgreSQL server, in"
        + " backups/HOST_PORT_DATABASE/ in the per-user data folder). Safe while the app is running. A server's"
        + " backup is an SQLite file like a file's: 'restore' takes it into a file or a server.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write the backup; must not exist.")
    Path target;

    @Override
    public Integer call() throws java.io.IOException {
        var env = database.env();
        if (database.where(env) instanceof DatabaseLocation.Server) {
            var server = (DatabaseLocation.Server) database.location(env);
            Path folder = BackupService.serverBackupsFolder(DatabaseOptions.dataFolder(env), server);
            env.out().println("Backing up " + server.describe());
            var backup = new BackupService(env.clock()).backup(server, target, folder, new CopyProgress(env.out()));
            Path file = ((DatabaseLocation.File) backup.to()).path();
            env.out().printf(Locale.ROOT, "Backed up %s to %s (%,d profiles, %,d rows, %,d KiB)%n",
                    server.describe(), file, backup.profiles().size(), backup.rows(), Files.size(file) / 1024);
            return Cli.OK;
        }
        Path file = new BackupService(env.clock()).backup(database.file(), target);
        env.out().printf(Locale.ROOT, "Backed up %s to %s (%,d KiB)%n", database.file(), file,
                Files.size(file) / 1024);
        return Cli.OK;
    }
}
