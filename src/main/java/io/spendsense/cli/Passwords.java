package io.spendsense.cli;

import java.io.Console;
import java.util.Arrays;

/**
 * Where a password comes from: the environment variable when set (scripts, tests), else the console without echo,
 * else nowhere, which is a user error that says what to do.
 */
final class Passwords {
    static final String VARIABLE = "SPENDSENSE_PASSWORD";
    static final String NEW_VARIABLE = "SPENDSENSE_NEW_PASSWORD";

    private Passwords() {
    }

    /** The password of an existing profile. */
    static String current(CliEnvironment env, String username) {
        String fromEnv = env.env().get(VARIABLE);
        if (fromEnv != null) {
            return fromEnv;
        }
        return prompt(env, "Password for " + username + ": ");
    }

    /** A new password from {@code variable}, or typed twice at the console. */
    static String chosen(CliEnvironment env, String variable, String username) {
        String fromEnv = env.env().get(variable);
        if (fromEnv != null) {
            return fromEnv;
        }
        String first = prompt(env, "New password for " + username + ": ", variable);
        String second = prompt(env, "Repeat the password: ", variable);
        if (!first.equals(second)) {
            throw new UserException("the two passwords differ; nothing changed");
        }
        return first;
    }

    private static String prompt(CliEnvironment env, String prompt) {
        return prompt(env, prompt, VARIABLE);
    }

    private static String prompt(CliEnvironment env, String prompt, String variable) {
        Console console = System.console();
        if (!env.interactive() || console == null) {
            throw new UserException("no password: set " + variable + " or run in a terminal to be asked");
        }
        char[] typed = console.readPassword(prompt);
        if (typed == null) {
            throw new UserException("no password given");
        }
        String password = new String(typed);
        Arrays.fill(typed, ' ');
        return password;
    }
}
