package io.spendsense.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.DatabaseFiles;
import io.spendsense.service.Failures;
import io.spendsense.service.ServerProblem;
import io.spendsense.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --db FILE|URL}, shared by every subcommand: the database is the option, else {@code SPENDSENSE_DB}, else the
 * platform's data folder. A PostgreSQL address names a household server (decision 0017), whose password comes from
 * {@code SPENDSENSE_DB_PASSWORD}, {@code ~/.pgpass} or the console without echo — never from the command line. Also
 * the way a command reaches its environment and opens the services.
 */
public final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "Database file, or a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE"
                    + "[?sslmode=require] (default: $SPENDSENSE_DB, else the per-user data folder). A server's"
                    + " password: $SPENDSENSE_DB_PASSWORD, else ~/.pgpass, else asked.")
    String db;

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

    /**
     * The database file for this environment: --db, else its SPENDSENSE_DB, else the platform's data folder. A user
     * error when they name a server: the commands that work on the file itself (backup, restore, db-check) say so.
     */
    public Path file(CliEnvironment env) {
        var location = where(env);
        if (location instanceof DatabaseLocation.File f) {
            return f.path();
        }
        throw new UserException("this command works on a database file, and " + location.describe()
                + " is a server");
    }

    /** Where the database is, without its password: a file or a server. */
    public DatabaseLocation where(CliEnvironment env) {
        return where(db, env);
    }

    /** Where {@code given} (a file or a server address; null: SPENDSENSE_DB, else the data folder's file) is. */
    static DatabaseLocation where(String given, CliEnvironment env) {
        return DatabaseFiles.where(given, env.env(), System.getProperty("os.name"), System.getProperty("user.home"),
                System.getProperty("user.name"));
    }

    /** Where the database is; a server with its password ({@code SPENDSENSE_DB_PASSWORD}, ~/.pgpass or asked). */
    public DatabaseLocation location(CliEnvironment env) {
        return withPassword(where(env), env);
    }

    /** {@code location} with its password when it is a server ({@code SPENDSENSE_DB_PASSWORD}, ~/.pgpass or asked). */
    static DatabaseLocation withPassword(DatabaseLocation location, CliEnvironment env) {
        return DatabaseFiles.withPassword(location, env.env(), System.getProperty("os.name"),
                System.getProperty("user.home"), () -> prompt(env, location));
    }

    /** The per-user data folder (where the database file is by default), whatever SPENDSENSE_DB says. */
    static Path dataFolder(CliEnvironment env) {
        var variables = new HashMap<>(env.env());
        variables.remove("SPENDSENSE_DB");
        var file = (DatabaseLocation.File) DatabaseFiles.where(null, variables, System.getProperty("os.name"),
                System.getProperty("user.home"), System.getProperty("user.name"));
        return file.path().toAbsolutePath().getParent();
    }

    /** The password typed at the console without echo; null when there is no console (then none is sent). */
    private static String prompt(CliEnvironment env, DatabaseLocation location) {
        Console console = System.console();
        if (!env.interactive() || console == null) {
            return null;
        }
        char[] typed = console.readPassword("Password for %s: ", location.describe());
        if (typed == null) {
            return null;
        }
        String password = new String(typed);
        Arrays.fill(typed, ' ');
        return password;
    }

    /** Opens (creating and migrating when needed) the database; the caller closes the services. */
    public Services open() {
        return open(env());
    }

    /** As {@link #open()}, with the given environment's variables and clock. */
    public Services open(CliEnvironment env) {
        DatabaseLocation location = location(env);
        try {
            return root().servicesFactory().open(location, env.clock());
        } catch (RuntimeException e) {
            if (location instanceof DatabaseLocation.Server server) {
                // the same classification as the desktop's sign-in: which of password, host, database, TLS
                var problem = ServerProblem.of(e, server);
                if (problem.isPresent()) {
                    throw new UserException(problem.get().describe(server));
                }
            }
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
            throw new UserException("cannot open the database " + location.describe() + ": " + cause.getMessage());
        }
    }
}
