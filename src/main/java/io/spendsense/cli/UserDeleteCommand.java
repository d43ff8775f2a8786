package io.spendsense.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import io.spendsense.domain.ExpenseFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code user delete NAME}: deletes a profile with all its data, after its password and a confirmation. Without a
 * terminal to ask in, it refuses unless {@code --yes} says the question is answered.
 */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a profile and all its expenses.")
final class UserDeleteCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Parameters(paramLabel = "NAME")
    String name;
    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() throws IOException {
        var env = database.env();
        if (!yes && !env.interactive()) {
            throw new UserException("refusing to delete '" + name + "' without confirmation: run it in a terminal"
                    + " or add --yes");
        }
        try (var services = database.open()) {
            var who = services.auth().signIn(name, Passwords.current(env, name));
            if (!yes) {
                long count = services.summaries().count(who, ExpenseFilter.ALL);
                env.out().print("Delete profile " + who.username() + " and its " + count
                        + " expenses for good? Type the username to confirm: ");
                env.out().flush();
                String answer = env.in().readLine();
                if (answer == null || !answer.strip().equalsIgnoreCase(who.username())) {
                    throw new UserException("not confirmed; nothing deleted");
                }
            }
            services.auth().deleteAccount(who);
            env.out().println("Deleted profile " + who.username() + ".");
        }
        return Cli.OK;
    }
}
