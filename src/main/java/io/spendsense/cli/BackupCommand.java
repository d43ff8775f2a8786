package io.spendsense.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.spendsense.service.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup [FILE]}: a consistent copy of the database, safe while the app is running. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Copy the database to FILE (default: a"
        + " timestamped file in the backups/ folder next to the database). Safe while the app is running.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write the backup; must not exist.")
    Path target;

    @Override
    public Integer call() throws java.io.IOException {
        var env = database.env();
        Path file = new BackupService(env.clock()).backup(database.file(), target);
        env.out().printf(Locale.ROOT, "Backed up %s to %s (%,d KiB)%n", database.file(), file,
                Files.size(file) / 1024);
        return Cli.OK;
    }
}
