package io.spendsense.cli;

import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Option;

/**
 * {@code --user NAME}: the profile a command acts for, signed in with its password. {@link #runSignedIn} (commands that
 * change data) and {@link #runSignedInToRead} (commands that only read) are the preludes of the commands that act for
 * a profile: open the database, sign in, run the command's own work, close.
 */
public final class UserOptions {
    @Option(names = {"-u", "--user"}, required = true, paramLabel = "NAME", description = "Profile to use.")
    String user;

    /** A command's own work once its profile is open; returns the exit code. */
    @FunctionalInterface
    public interface SignedInWork<X extends Exception> {
        int run(Services services, SignedInUser who) throws X;
    }

    /** The options of a command whose profile is optional ({@code bench-forecast --user NAME}). */
    public static UserOptions of(String name) {
        var options = new UserOptions();
        options.user = name;
        return options;
    }

    public String username() {
        return user;
    }

    /**
     * For a command that changes data: opens the database, signs in with the password from {@code SPENDSENSE_PASSWORD}
     * or the console, creates the recurring expenses that fell due since the profile was last opened (as the desktop
     * app does when it opens a profile; in their own short write transaction, and only when something is due), then
     * runs {@code work}. The services are closed afterwards, also when signing in fails.
     */
    public <X extends Exception> int runSignedIn(DatabaseOptions database, SignedInWork<X> work) throws X {
        return run(database, Start.GENERATE_DUE, work);
    }

    /**
     * For a command that only reads ({@code list}, {@code summary}, {@code ask}, {@code export}, ...): as
     * {@link #runSignedIn}, but nothing is written and no write lock is taken — the work runs read-only (SQLite
     * {@code query_only}; only a write the service layer declares, such as an expense {@code ask --yes} saves, may
     * write) and due recurring expenses are left to the next command that changes data. So it never waits for a
     * writer in another window or process, nor makes one wait. (A sign-in still records a wrong password.)
     */
    public <X extends Exception> int runSignedInToRead(DatabaseOptions database, SignedInWork<X> work) throws X {
        return run(database, Start.READ_ONLY, work);
    }

    /** As {@link #runSignedIn}, but leaves the due recurring expenses to {@code work} (which reports them). */
    public <X extends Exception> int runSignedInWithoutGeneratingDue(DatabaseOptions database, SignedInWork<X> work)
            throws X {
        return run(database, Start.PLAIN, work);
    }

    private enum Start { GENERATE_DUE, READ_ONLY, PLAIN }

    private <X extends Exception> int run(DatabaseOptions database, Start start, SignedInWork<X> work) throws X {
        var env = database.env();
        try (var services = database.open(env)) {
            SignedInUser who = services.auth().signIn(user, Passwords.current(env, user));
            if (start == Start.GENERATE_DUE) {
                services.recurring().generateDue(who);
            }
            if (start == Start.READ_ONLY) {
                return services.readOnly(() -> work.run(services, who));
            }
            return work.run(services, who);
        }
    }
}
