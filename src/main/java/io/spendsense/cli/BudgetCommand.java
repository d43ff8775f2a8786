package io.spendsense.cli;

import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Command;

/** {@code spendsense budget ...}: monthly limits per category and overall. */
@Command(name = "budget", mixinStandardHelpOptions = true, description = "Monthly budgets per category and overall.",
        subcommands = {BudgetSetCommand.class, BudgetListCommand.class, BudgetRemoveCommand.class})
final class BudgetCommand {

    /** The id of a category named on the command line (any case), or a user error naming the choices. */
    static long categoryId(Services services, SignedInUser who, String name) {
        return services.categories().findByName(who, name)
                .orElseThrow(() -> new UserException("no category named '" + name + "'; yours: " + String.join(", ",
                        services.categories().list(who).stream().map(c -> c.name()).toList())))
                .id();
    }
}
