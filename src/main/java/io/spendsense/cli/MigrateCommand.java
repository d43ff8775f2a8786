package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.service.MigrationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code migrate [--from FILE|URL] --to URL|FILE}: every profile and everything it owns into a new, empty database —
 * a file onto a household server, or a server into a file (decision 0023). One transaction on the target, verified
 * per profile before it commits; a target that holds a profile is refused.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Copy every profile with all its data"
        + " (expenses, categories, budgets and their history, recurring, rules, rates, attachments, preferences)"
        + " from one database to another, e.g. a file to a PostgreSQL server or back. The target must be new or"
        + " empty; it is written in one transaction and checked per profile before it is committed.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Option(names = "--from", paramLabel = "FILE|URL", description = "The database to copy (default: --db, else"
            + " $SPENDSENSE_DB, else the per-user data folder's file).")
    String from;
    @Option(names = "--to", paramLabel = "URL|FILE", required = true, description = "The new database: a"
            + " postgresql:// address or a file; it must hold no profile.")
    String to;

    @Override
    public Integer call() {
        var env = database.env();
        var source = DatabaseOptions.withPassword(from != null ? DatabaseOptions.where(from, env)
                : database.where(env), env);
        var target = DatabaseOptions.withPassword(DatabaseOptions.where(to, env), env);
        env.out().println("Copying " + source.describe() + " to " + target.describe());
        env.out().flush();
        long start = System.nanoTime();
        var migrated = new MigrationService(new CopyProgress(env.out())).migrate(source, target);
        CopyProgress.summary(env.out(), migrated, (System.nanoTime() - start) / 1_000_000);
        return Cli.OK;
    }
}
