package io.spendsense.cli;

import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Option;

/**
 * {@code --user NAME}: the profile a command acts for, signed in with its password. {@link #runSignedIn} is the one
 * prelude of the commands that act for a profile: open the database, sign in, run the command's own work, close.
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
    static UserOptions of(String name) {
        var options = new UserOptions();
        options.user = name;
        return options;
    }

    public String username() {
        return user;
    }

    /**
     * Opens the database, signs in with the password from {@code SPENDSENSE_PASSWORD} or the console, creates the
     * recurring expenses that fell due since the profile was last opened (as the desktop app does when it opens a
     * profile), then runs {@code work}. The services are closed afterwards, also when signing in fails.
     */
    public <X extends Exception> int runSignedIn(DatabaseOptions database, SignedInWork<X> work) throws X {
        return run(database, true, work);
    }

    /** As {@link #runSignedIn}, but leaves the due recurring expenses to {@code work} (which reports them). */
    public <X extends Exception> int runSignedInWithoutGeneratingDue(DatabaseOptions database, SignedInWork<X> work)
            throws X {
        return run(database, false, work);
    }

    private <X extends Exception> int run(DatabaseOptions database, boolean generateDue, SignedInWork<X> work)
            throws X {
        var env = database.env();
        try (var services = database.open(env)) {
            SignedInUser who = services.auth().signIn(user, Passwords.current(env, user));
            if (generateDue) {
                services.recurring().generateDue(who);
            }
            return work.run(services, who);
        }
    }
}
