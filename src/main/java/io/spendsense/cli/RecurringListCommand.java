package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringCandidate;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.UpcomingExpense;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recurring list --user NAME}: the templates, what is due in the next 30 days, and suggested templates. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show recurring expenses, what is coming up"
        + " and payees that look like monthly bills.")
final class RecurringListCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--days", paramLabel = "N", defaultValue = "30", description = "Upcoming window in days"
            + " (default ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            String cur = who.currency();
            var templates = services.recurring().list(who);
            var out = env.out();
            if (templates.isEmpty()) {
                out.println("No recurring expenses yet: add one with 'spendsense recurring add'.");
            } else {
                var table = new TextTable("Id", "Payee", "Description", "Category", "Amount", "Schedule", "From", "To")
                        .rightAligned(0, 4);
                for (RecurringTemplate t : templates) {
                    table.add(Long.toString(t.id()), TextTable.clip(t.payee(), 24), TextTable.clip(t.description(), 30),
                            t.categoryName(), Money.format(t.amount(), cur), t.schedule().describe(t.start()),
                            t.start().toString(), t.end() == null ? "" : t.end().toString());
                }
                table.print(out);
                var upcoming = services.recurring().upcoming(who, days);
                out.println();
                out.println("Upcoming in the next " + days + " days: " + (upcoming.isEmpty() ? "nothing." : ""));
                for (UpcomingExpense u : upcoming) {
                    out.println("  " + u.date() + "  " + Money.format(u.template().amount(), cur) + "  "
                            + u.template().payee() + " (" + u.template().categoryName() + ")");
                }
            }
            var candidates = services.recurring().candidates(who);
            if (!candidates.isEmpty()) {
                out.println();
                out.println("Look like monthly bills (add with 'recurring add'):");
                for (RecurringCandidate c : candidates) {
                    var d = c.suggested();
                    out.println("  " + c.payee() + ": " + Money.format(d.amount(), cur) + " " + c.times()
                            + " times, last on " + c.lastDate() + " -> --schedule " + d.schedule().code()
                            + " --start " + d.start());
                }
            }
            return Cli.OK;
        });
    }
}
