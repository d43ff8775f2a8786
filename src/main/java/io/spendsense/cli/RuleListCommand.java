package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.domain.CategoryRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rule list --user NAME}: the rules in the order they apply, and rules the history suggests. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show the rules in order, and suggestions.")
final class RuleListCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            var rules = services.rules().list(who);
            if (rules.isEmpty()) {
                env.out().println("No rules yet: add one with 'spendsense rule add'.");
            }
            for (CategoryRule r : rules) {
                env.out().println(RuleCommand.line(r));
            }
            var suggestions = services.rules().suggestions(who);
            if (!suggestions.isEmpty()) {
                env.out().println("Suggested from your history:");
                suggestions.stream().limit(10).forEach(s -> env.out().println("  rule add --field payee --match equals"
                        + " --pattern \"" + s.pattern() + "\" --category \"" + s.categoryName() + "\""));
            }
            return Cli.OK;
        });
    }
}
