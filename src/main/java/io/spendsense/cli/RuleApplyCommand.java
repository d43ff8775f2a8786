package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.service.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rule apply --user NAME ID [--yes]}: shows what the rule changes in existing expenses; with {@code --yes}
 * (the confirmation) changes them.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Apply a rule to existing expenses.")
final class RuleApplyCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "ID")
    long id;
    @Option(names = {"-y", "--yes"}, description = "Change the expenses (without it, only show what would change).")
    boolean yes;

    @Override
    public Integer call() {
        var env = database.env();
        UserOptions.SignedInWork<RuntimeException> work = (services, who) -> {
            var rule = services.rules().list(who).stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("No rule with id " + id + "."));
            if (yes) {
                int changed = services.rules().apply(who, id);
                env.out().println("Changed " + changed + (changed == 1 ? " expense." : " expenses."));
                return Cli.OK;
            }
            var changes = services.rules().preview(who, rule);
            env.out().println(changes.size() + (changes.size() == 1 ? " expense" : " expenses") + " would change"
                    + (changes.isEmpty() ? "." : " (run again with --yes to change them):"));
            RuleCommand.printChanges(env.out(), changes);
            return Cli.OK;
        };
        // without --yes it is a preview: it only reads
        return yes ? user.runSignedIn(database, work) : user.runSignedInToRead(database, work);
    }
}
