package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code budget remove --user NAME ID}: deletes one of the user's budgets by the id {@code budget list} shows. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a budget.")
final class BudgetRemoveCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "ID", description = "The budget's id (see budget list).")
    long id;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            var b = services.budgets().find(who, id);
            services.budgets().remove(who, id);
            env.out().println("Removed budget " + b.name() + " (id " + id + ").");
            return Cli.OK;
        });
    }
}
