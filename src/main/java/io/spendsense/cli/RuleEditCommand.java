package io.spendsense.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;

import io.spendsense.domain.CategoryRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rule edit --user NAME ID [--field F] [--match M] [--pattern TEXT] [--category NAME] [--min A | --no-min]
 * [--max A | --no-max] [--set-payee NAME]}: changes only the parts given; the rule keeps its place in the order and
 * existing expenses stay as they are (as {@code RuleService.update}); what it would change in them is shown, as after
 * {@code rule add}.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a rule; only the options given"
        + " change, and it keeps its place in the order.")
final class RuleEditCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID")
    long id;
    @Option(names = "--field", paramLabel = "FIELD", description = "payee, description or either.")
    CategoryRule.Field field;
    @Option(names = "--match", paramLabel = "HOW", description = "contains, equals or regex; case is ignored.")
    CategoryRule.Kind kind;
    @Option(names = "--pattern", paramLabel = "TEXT")
    String pattern;
    @Option(names = "--category", paramLabel = "NAME", description = "The category to set.")
    String category;
    @Option(names = "--min", paramLabel = "AMOUNT", description = "Only amounts of at least AMOUNT.")
    BigDecimal min;
    @Option(names = "--no-min", description = "No lower amount bound any more.")
    boolean noMin;
    @Option(names = "--max", paramLabel = "AMOUNT", description = "Only amounts of at most AMOUNT.")
    BigDecimal max;
    @Option(names = "--no-max", description = "No upper amount bound any more.")
    boolean noMax;
    @Option(names = "--set-payee", paramLabel = "NAME", description = "Also rename the payee (\"\" to stop"
            + " renaming).")
    String setPayee;

    @Override
    public Integer call() {
        if (min != null && noMin || max != null && noMax) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --min or --no-min (--max or --no-max),"
                    + " not both");
        }
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            CategoryRule old = services.rules().list(who).stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new UserException("No rule with id " + id + "."));
            long categoryId = category == null ? old.categoryId() : BudgetCommand.categoryId(services, who, category);
            var changed = new CategoryRule(id, old.position(), field != null ? field : old.field(),
                    kind != null ? kind : old.kind(), pattern != null ? pattern : old.pattern(),
                    noMin ? null : min != null ? min : old.min(), noMax ? null : max != null ? max : old.max(),
                    categoryId, null, setPayee != null ? setPayee : old.setPayee());
            var rule = services.rules().update(who, id, changed);
            env.out().println(RuleCommand.line(rule));
            RuleCommand.printPreview(env.out(), rule, services.rules().preview(who, rule));
            return Cli.OK;
        });
    }
}
