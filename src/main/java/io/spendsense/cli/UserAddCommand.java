package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add NAME}: creates a profile with the default categories. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Create a profile (the password comes from"
        + " SPENDSENSE_PASSWORD or is asked twice).")
final class UserAddCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "NAME", description = "Username: 3 to 32 letters, digits, '.', '_' or '-'.")
    String name;
    @Option(names = "--display-name", paramLabel = "TEXT", description = "Name to show (default: the username).")
    String displayName;
    @Option(names = "--email", paramLabel = "ADDRESS", description = "Optional e-mail address.")
    String email;
    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD", description = "ISO 4217 currency"
            + " (default: ${DEFAULT-VALUE}).")
    String currency;

    @Override
    public Integer call() {
        var env = database.env();
        String password = Passwords.chosen(env, Passwords.VARIABLE, name);
        try (var services = database.open()) {
            var user = services.auth().register(name, displayName, email, password, currency);
            env.out().println("Created profile " + user.username() + " (" + user.currency() + ") in "
                    + services.location().describe());
        }
        return Cli.OK;
    }
}
