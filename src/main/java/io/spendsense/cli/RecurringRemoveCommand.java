package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code recurring remove --user NAME ID}: stops a recurring expense; the expenses it created stay. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop a recurring expense (its expenses"
        + " stay).")
final class RecurringRemoveCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "ID")
    long id;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            services.recurring().remove(who, id);
            env.out().println("Removed recurring expense " + id + "; the expenses it created stay.");
            return Cli.OK;
        });
    }
}
