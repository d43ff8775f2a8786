package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.Schedule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recurring edit --user NAME ID [--amount A] [--category C] [--schedule S] [--payee P] [--description D]
 * [--start D] [--end D | --no-end]}: changes only the parts given. As {@code RecurringService.update}, the change
 * applies to the occurrences still to come; expenses already created stay as they are.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a recurring expense; only the options"
        + " given change. Expenses already created stay as they are.")
final class RecurringEditCommand implements Callable<Integer> {
    /** How far ahead the next occurrence is looked for (a yearly schedule's next date is within a year). */
    private static final int NEXT_WITHIN_DAYS = 800;
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID")
    long id;
    @Option(names = "--amount", paramLabel = "AMOUNT")
    BigDecimal amount;
    @Option(names = "--category", paramLabel = "NAME")
    String category;
    @Option(names = "--schedule", paramLabel = "SCHEDULE", description = "monthly:DAY (the last day when the month"
            + " is shorter), weekly:WEEKDAY, weekly:WEEKDAY:N (every N weeks), yearly, days:N.")
    String schedule;
    @Option(names = "--payee", paramLabel = "TEXT", description = "\"\" for none.")
    String payee;
    @Option(names = "--description", paramLabel = "TEXT", description = "\"\" for none.")
    String description;
    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First possible day.")
    LocalDate start;
    @Option(names = "--end", paramLabel = "YYYY-MM-DD", description = "Last possible day.")
    LocalDate end;
    @Option(names = "--no-end", description = "No last day any more.")
    boolean noEnd;

    @Override
    public Integer call() {
        Schedule parsed = null;
        if (schedule != null) {
            try {
                parsed = Schedule.parse(schedule);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--schedule: " + e.getMessage());
            }
        }
        if (end != null && noEnd) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --end or --no-end, not both");
        }
        Schedule newSchedule = parsed;
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            RecurringTemplate old = services.recurring().list(who).stream().filter(t -> t.id() == id).findFirst()
                    .orElseThrow(() -> new UserException("No recurring expense with id " + id + "."));
            long categoryId = category == null ? old.categoryId() : BudgetCommand.categoryId(services, who, category);
            var t = services.recurring().update(who, id, new RecurringDraft(amount != null ? amount : old.amount(),
                    categoryId, payee != null ? payee : old.payee(),
                    description != null ? description : old.description(),
                    newSchedule != null ? newSchedule : old.schedule(), start != null ? start : old.start(),
                    noEnd ? null : end != null ? end : old.end()));
            // an earlier start may make days due that were not before, as on add
            int created = services.recurring().generateDue(who);
            LocalDate tomorrow = LocalDate.now(env.clock()).plusDays(1);
            var next = t.schedule().dates(t.start(), t.end(), tomorrow, tomorrow.plusDays(NEXT_WITHIN_DAYS)).stream()
                    .findFirst();
            env.out().println("Recurring expense " + t.id() + ": " + Money.format(t.amount(), who.currency()) + " "
                    + t.schedule().describe(t.start()) + " from " + t.start()
                    + (t.end() == null ? "" : " to " + t.end()) + ", " + t.categoryName()
                    + (blank(t.payee()) ? "" : ", payee '" + t.payee() + "'")
                    + (blank(t.description()) ? "" : ", description '" + t.description() + "'") + "; "
                    + next.map(d -> "next on " + d).orElse("no occurrence to come") + ".");
            env.out().println(created == 0 ? "Expenses already created stay as they were."
                    : created + (created == 1 ? " expense" : " expenses") + " newly due created up to today; expenses"
                    + " created before stay as they were.");
            return Cli.OK;
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
