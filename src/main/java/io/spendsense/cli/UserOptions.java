package io.spendsense.cli;

import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Option;

/** {@code --user NAME}: the profile a command acts for, signed in with its password. */
public final class UserOptions {
    @Option(names = {"-u", "--user"}, required = true, paramLabel = "NAME", description = "Profile to use.")
    String user;

    public String username() {
        return user;
    }

    /**
     * Signs in with the password from {@code SPENDSENSE_PASSWORD} or the console, and creates the recurring expenses
     * that fell due since the profile was last opened (as the desktop app does when it opens a profile).
     */
    public SignedInUser signIn(Services services, CliEnvironment env) {
        SignedInUser who = services.auth().signIn(user, Passwords.current(env, user));
        services.recurring().generateDue(who);
        return who;
    }
}
