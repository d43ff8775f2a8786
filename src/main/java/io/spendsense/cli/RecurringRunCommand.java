package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code recurring run --user NAME}: creates what fell due up to today and says how many. Signing in does it
 * already; this command reports it (for a scheduled job, say).
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Create the recurring expenses due up to today.")
final class RecurringRunCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedInWithoutGeneratingDue(database, (services, who) -> {
            int created = services.recurring().generateDue(who);
            env.out().println("Created " + created + (created == 1 ? " expense" : " expenses")
                    + " from recurring templates.");
            return Cli.OK;
        });
    }
}
