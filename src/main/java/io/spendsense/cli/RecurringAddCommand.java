package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recurring add --user NAME --amount A --category C --schedule S [--payee P] [--start D] [--end D]}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a recurring expense; what is due up to"
        + " today is created at once.")
final class RecurringAddCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--amount", required = true, paramLabel = "AMOUNT")
    BigDecimal amount;
    @Option(names = "--category", required = true, paramLabel = "NAME")
    String category;
    @Option(names = "--schedule", required = true, paramLabel = "SCHEDULE", description = "monthly:DAY (the last day"
            + " when the month is shorter), weekly:WEEKDAY, weekly:WEEKDAY:N (every N weeks), yearly, days:N.")
    String schedule;
    @Option(names = "--payee", paramLabel = "TEXT")
    String payee;
    @Option(names = "--description", paramLabel = "TEXT")
    String description;
    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First possible day (default: today).")
    LocalDate start;
    @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "Last possible day (default: none).")
    LocalDate end;

    @Override
    public Integer call() {
        Schedule parsed;
        try {
            parsed = Schedule.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedule: " + e.getMessage());
        }
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            long categoryId = BudgetCommand.categoryId(services, who, category);
            LocalDate first = start != null ? start : LocalDate.now(env.clock());
            var t = services.recurring().create(who, new RecurringDraft(amount, categoryId, payee, description, parsed,
                    first, end));
            int created = services.recurring().generateDue(who);
            env.out().println("Recurring expense " + t.id() + ": " + Money.format(t.amount(), who.currency()) + " "
                    + parsed.describe(first) + " from " + first + (end == null ? "" : " to " + end) + "; "
                    + created + (created == 1 ? " expense" : " expenses") + " created up to today.");
            return Cli.OK;
        });
    }
}
