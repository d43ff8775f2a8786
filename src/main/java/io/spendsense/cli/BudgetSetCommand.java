package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.Money;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code budget set --user NAME (--category NAME | --overall) --limit AMOUNT [--rollover] [--start YYYY-MM]
 * [--from YYYY-MM]}. A changed limit applies from this month on (or from {@code --from}); earlier months keep theirs.
 */
@Command(name = "set", mixinStandardHelpOptions = true, description = "Create or change a monthly budget.")
final class BudgetSetCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;
    @Option(names = "--limit", required = true, paramLabel = "AMOUNT", description = "The monthly limit, e.g. 400 or"
            + " 350.50.")
    BigDecimal limit;
    @Option(names = "--rollover", description = "Carry what is left (or overspent) into the next month.")
    boolean rollover;
    @Option(names = "--start", paramLabel = "YYYY-MM", description = "The first month (rollover counts from here;"
            + " default: kept, or this month for a new budget).")
    YearMonth start;
    @Option(names = "--from", paramLabel = "YYYY-MM", description = "The month a changed limit applies from (default:"
            + " this month; earlier months keep their limits; the start month changes every month).")
    YearMonth from;

    /** Which budget: a category's or the overall one. */
    static final class Target {
        @Option(names = "--category", paramLabel = "NAME", description = "The category's budget.")
        String category;
        @Option(names = "--overall", description = "The overall budget (all spending).")
        boolean overall;
    }

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            Long categoryId = target.overall ? null : BudgetCommand.categoryId(services, who, target.category);
            var b = services.budgets().set(who, categoryId, limit, rollover, start, from);
            env.out().println("Budget " + b.name() + ": " + limits(b, who.currency()) + ", rollover "
                    + (b.rollover() ? "on" : "off") + " (id " + b.id() + ").");
            return Cli.OK;
        });
    }

    /** "$400.00 a month from 2026-01", then the earlier limits: "(before: $350.00 from 2026-01)". */
    static String limits(Budget b, String currency) {
        var all = b.limits();
        BudgetLimit last = all.get(all.size() - 1);
        String text = Money.format(last.limit(), currency) + " a month from " + last.from();
        if (all.size() == 1) {
            return text;
        }
        return text + " (before: " + String.join(", ", all.subList(0, all.size() - 1).stream()
                .map(l -> Money.format(l.limit(), currency) + " from " + l.from()).toList()) + ")";
    }
}
