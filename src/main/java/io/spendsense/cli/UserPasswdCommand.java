package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code user passwd NAME}: changes a password, given the current one. */
@Command(name = "passwd", mixinStandardHelpOptions = true, description = "Change a profile's password: the current"
        + " one from SPENDSENSE_PASSWORD (or asked), the new one from SPENDSENSE_NEW_PASSWORD (or asked twice).")
final class UserPasswdCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        var env = database.env();
        try (var services = database.open()) {
            String current = Passwords.current(env, name);
            var who = services.auth().signIn(name, current);
            String next = Passwords.chosen(env, Passwords.NEW_VARIABLE, name);
            services.auth().changePassword(who, current, next);
            env.out().println("Password of " + who.username() + " changed.");
        }
        return Cli.OK;
    }
}
