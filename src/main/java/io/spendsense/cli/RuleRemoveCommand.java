package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rule remove --user NAME ID}: deletes a rule; expenses it changed stay as they are. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a rule.")
final class RuleRemoveCommand implements Callable<Integer> {
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
            services.rules().remove(who, id);
            env.out().println("Removed rule " + id + ".");
            return Cli.OK;
        });
    }
}
