package io.spendsense.cli;

import io.spendsense.domain.BudgetCrossing;
import io.spendsense.domain.BudgetLevel;
import io.spendsense.domain.Money;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Command;

/** {@code spendsense budget ...}: monthly limits per category and overall. */
@Command(name = "budget", mixinStandardHelpOptions = true, description = "Monthly budgets per category and overall.",
        subcommands = {BudgetSetCommand.class, BudgetListCommand.class, BudgetRemoveCommand.class})
final class BudgetCommand {

    /** "Budget Dining passed 80% this month: $170.00 of $200.00 (85.0%)." */
    static String notice(BudgetCrossing c, String currency) {
        var s = c.after();
        String passed = c.reached() == BudgetLevel.EXCEEDED ? "100%" : "80%";
        return "Budget " + s.budget().name() + " passed " + passed + " in " + s.month() + ": "
                + Money.format(s.spent(), currency) + " of " + Money.format(s.effectiveLimit(), currency)
                + (s.percent() == null ? "" : " (" + s.percent().toPlainString() + "%)") + ".";
    }

    /** The id of a category named on the command line (any case), or a user error naming the choices. */
    static long categoryId(Services services, SignedInUser who, String name) {
        return services.categories().findByName(who, name)
                .orElseThrow(() -> new UserException("no category named '" + name + "'; yours: " + String.join(", ",
                        services.categories().list(who).stream().map(c -> c.name()).toList())))
                .id();
    }
}
