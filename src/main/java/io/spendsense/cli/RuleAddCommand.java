package io.spendsense.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

import io.spendsense.domain.CategoryRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rule add --user NAME --pattern TEXT --category NAME [--field F] [--match M] [--min A] [--max A]
 * [--set-payee NAME]}: appends a rule and shows what it would change in existing expenses (changed only by
 * {@code rule apply}).
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a rule (last in order) and preview it.")
final class RuleAddCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--field", defaultValue = "payee", paramLabel = "FIELD", description = "payee, description or"
            + " either (default ${DEFAULT-VALUE}).")
    CategoryRule.Field field;
    @Option(names = "--match", defaultValue = "contains", paramLabel = "HOW", description = "contains, equals or regex"
            + " (default ${DEFAULT-VALUE}); case is ignored.")
    CategoryRule.Kind kind;
    @Option(names = "--pattern", required = true, paramLabel = "TEXT")
    String pattern;
    @Option(names = "--category", required = true, paramLabel = "NAME", description = "The category to set.")
    String category;
    @Option(names = "--min", paramLabel = "AMOUNT", description = "Only amounts of at least AMOUNT.")
    BigDecimal min;
    @Option(names = "--max", paramLabel = "AMOUNT", description = "Only amounts of at most AMOUNT.")
    BigDecimal max;
    @Option(names = "--set-payee", paramLabel = "NAME", description = "Also rename the payee.")
    String setPayee;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            long categoryId = BudgetCommand.categoryId(services, who, category);
            var rule = services.rules().add(who, new CategoryRule(0, 0, field, kind, pattern, min, max, categoryId,
                    null, setPayee));
            var changes = services.rules().preview(who, rule);
            env.out().println("Rule " + rule.id() + ": " + rule.describe() + ".");
            RuleCommand.printPreview(env.out(), rule, changes);
            return Cli.OK;
        });
    }
}
