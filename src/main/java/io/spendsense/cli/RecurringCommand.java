package io.spendsense.cli;

import picocli.CommandLine.Command;

/** {@code spendsense recurring ...}: recurring expenses (bills, subscriptions, rent). */
@Command(name = "recurring", mixinStandardHelpOptions = true, description = "Recurring expenses.",
        subcommands = {RecurringAddCommand.class, RecurringListCommand.class, RecurringEditCommand.class,
            RecurringRemoveCommand.class, RecurringRunCommand.class})
final class RecurringCommand {
}
