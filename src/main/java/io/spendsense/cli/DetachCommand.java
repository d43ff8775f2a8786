package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code detach --user NAME ID N}: deletes the N-th file of an expense, as {@code attachments ID} numbers them. */
@Command(name = "detach", mixinStandardHelpOptions = true,
        description = "Delete attachment number N (as `attachments ID` lists them) of expense ID.")
final class DetachCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(index = "0", paramLabel = "ID", description = "The expense.")
    long expenseId;
    @Parameters(index = "1", paramLabel = "N", description = "The attachment's number.")
    int number;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            var a = services.attachments().detach(who, expenseId, number);
            env.out().println("Detached " + a.fileName() + " (number " + number + ") from expense " + expenseId + ".");
            return Cli.OK;
        });
    }
}
