package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.service.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code edit --user NAME ID [--amount A] [--currency CODE] [--rate R] [--date D] [--category NAME] [--payee P]
 * [--description T] [--notes N]}: changes only what is given. A new rate recomputes the amount in the profile's
 * currency; a new date or currency (without --rate) takes the rate known for it; otherwise the expense keeps its rate.
 */
@Command(name = "edit", mixinStandardHelpOptions = true, description = {"Change an expense: only the options given.",
    "--rate corrects the rate of an expense in another currency and recomputes its amount in the profile's."})
final class EditCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "ID", description = "The expense's id.")
    long id;
    @Option(names = "--amount", paramLabel = "AMOUNT", description = "What was paid (in its currency).")
    BigDecimal amount;
    @Option(names = "--currency", paramLabel = "CODE", description = "The currency paid in (the profile's: none).")
    String currency;
    @Option(names = "--rate", paramLabel = "RATE", description = "One unit of its currency in the profile's.")
    BigDecimal rate;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day.")
    LocalDate date;
    @Option(names = "--category", paramLabel = "NAME", description = "The category.")
    String category;
    @Option(names = "--payee", paramLabel = "TEXT", description = "Who was paid.")
    String payee;
    @Option(names = "--description", paramLabel = "TEXT", description = "What it was.")
    String description;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    String notes;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            var e = services.expenses().find(who, id)
                    .orElseThrow(() -> new NotFoundException("No expense with id " + id + "."));
            var f = e.foreign();
            String oldCurrency = f == null ? who.currency() : f.currency();
            String newCurrency = currency == null ? oldCurrency
                    : AddCommand.foreign(currency, BigDecimal.ONE, null).currency();
            BigDecimal paid = amount != null ? amount : f == null ? e.amount() : f.amount();
            LocalDate day = date != null ? date : e.date();
            if (rate != null && newCurrency.equals(who.currency())) {
                throw new UserException("--rate is for an expense in another currency than " + who.currency());
            }
            ForeignAmount foreign = null;
            if (!newCurrency.equals(who.currency())) {
                boolean same = f != null && newCurrency.equals(f.currency()) && day.equals(e.date());
                foreign = rate != null ? new ForeignAmount(newCurrency, paid, rate, false)
                        : same ? new ForeignAmount(newCurrency, paid, f.rate(), f.estimated())
                        : ForeignAmount.unrated(newCurrency, paid);
            }
            long categoryId = category == null ? e.categoryId() : BudgetCommand.categoryId(services, who, category);
            var draft = new ExpenseDraft(day, foreign == null ? paid : e.amount(), categoryId,
                    description != null ? description : e.description(), payee != null ? payee : e.payee(),
                    notes != null ? notes : e.notes(), foreign);
            var changed = services.expenses().update(who, id, draft);
            env.out().println("Changed " + ExpenseText.line(changed, who.currency()) + ".");
            return Cli.OK;
        });
    }
}
