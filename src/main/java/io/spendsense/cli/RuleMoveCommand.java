package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.domain.CategoryRule;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rule move --user NAME ID (--up | --down | --to POSITION)}: changes where a rule comes in the order. */
@Command(name = "move", mixinStandardHelpOptions = true, description = "Move a rule earlier or later in the order"
        + " (the first rule that matches wins); prints the new order.")
final class RuleMoveCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "ID")
    long id;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--up", required = true, description = "One place earlier.")
        boolean up;
        @Option(names = "--down", required = true, description = "One place later.")
        boolean down;
        @Option(names = "--to", required = true, paramLabel = "POSITION", description = "To this place (1 is"
                + " first).")
        Integer to;
    }

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            int offset;
            if (where.to != null) {
                var rules = services.rules().list(who);
                int from = rules.stream().map(CategoryRule::id).toList().indexOf(id);
                if (from < 0) {
                    throw new UserException("No rule with id " + id + ".");
                }
                if (where.to < 1 || where.to > rules.size()) {
                    throw new UserException("--to must be between 1 and " + rules.size() + " (you have "
                            + rules.size() + (rules.size() == 1 ? " rule)" : " rules)"));
                }
                offset = where.to - 1 - from;
            } else {
                offset = where.up ? -1 : 1;
            }
            for (CategoryRule r : services.rules().move(who, id, offset)) {
                env.out().println(RuleCommand.line(r));
            }
            return Cli.OK;
        });
    }
}
