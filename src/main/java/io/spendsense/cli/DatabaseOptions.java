package io.spendsense.cli;

import java.nio.file.Path;

import io.spendsense.service.DatabaseFiles;
import io.spendsense.service.Failures;
import io.spendsense.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db FILE}, shared by every subcommand: the database is the option, else {@code SPENDSENSE_DB}, else the
 * platform's data folder. Also the way a command reaches its environment and opens the services.
 */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: $SPENDSENSE_DB, else the per-user data folder).")
    Path db;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The root command, which holds the environment and the services factory. */
    private SpendSenseCommand root() {
        return (SpendSenseCommand) mixee.root().userObject();
    }

    public CliEnvironment env() {
        return root().env();
    }

    /** Whether {@code --db} was given (the benchmarks then keep their database there). */
    public boolean explicit() {
        return db != null;
    }

    public Path file() {
        return file(env());
    }

    /** The database file for this environment: --db, else its SPENDSENSE_DB, else the platform's data folder. */
    public Path file(CliEnvironment env) {
        return DatabaseFiles.locate(db, env.env(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** Opens (creating and migrating when needed) the database; the caller closes the services. */
    public Services open() {
        return open(env());
    }

    /** As {@link #open()}, with the given environment's variables and clock. */
    public Services open(CliEnvironment env) {
        Path file = file(env);
        try {
            return root().servicesFactory().open(file, env.clock());
        } catch (RuntimeException e) {
            if (Failures.speaksToTheUser(e)) {
                throw e;
            }
            if (Failures.isBusy(e)) {
                throw Failures.busy(e);   // a migration waited for another process past the timeout
            }
            // Not a SQLite file, a folder, no permission: Flyway reports these; the user needs the cause only.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new UserException("cannot open the database " + file + ": " + cause.getMessage());
        }
    }
}
