package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ForeignAmount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code add --user NAME --amount A --category NAME [--date D] [--payee P] [--description T] [--notes N]
 * [--currency CODE [--rate R]]}: one expense, in the profile's currency or another one (converted at the rate given,
 * else at the rate known for the date, else the nearest earlier one, marked estimated).
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add one expense.",
    "In another currency (--currency EUR) it is converted to the profile's at --rate, else at the rate known for its"
        + " date, else at the nearest earlier rate (marked estimated); with no rate known it is refused."})
final class AddCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "What was paid, e.g. 12.50"
            + " (in --currency when given).")
    BigDecimal amount;
    @Option(names = "--category", required = true, paramLabel = "NAME", description = "The category.")
    String category;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
    LocalDate date;
    @Option(names = "--payee", paramLabel = "TEXT", description = "Who was paid.")
    String payee;
    @Option(names = "--description", paramLabel = "TEXT", description = "What it was.")
    String description;
    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    String notes;
    @Option(names = "--currency", paramLabel = "CODE", description = "The currency paid in, e.g. EUR or JPY"
            + " (default: the profile's).")
    String currency;
    @Option(names = "--rate", paramLabel = "RATE", description = "One unit of --currency in the profile's currency"
            + " (default: the known rate for the date).")
    BigDecimal rate;

    @Override
    public Integer call() {
        if (rate != null && currency == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate needs --currency");
        }
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            long categoryId = BudgetCommand.categoryId(services, who, category);
            LocalDate day = date != null ? date : LocalDate.now(services.clock());
            var draft = new ExpenseDraft(day, amount, categoryId, description, payee, notes,
                    foreign(currency, amount, rate));
            var e = services.expenses().create(who, draft, CategoryChoice.CHOSEN);
            env.out().println("Added " + ExpenseText.line(e, who.currency()) + ".");
            return Cli.OK;
        });
    }

    /** What was paid in another currency, or null for the profile's (the service treats its own code as none). */
    static ForeignAmount foreign(String currency, BigDecimal amount, BigDecimal rate) {
        if (currency == null) {
            return null;
        }
        String code = CurrencyMath.code(currency);
        if (code == null) {
            throw new UserException("'" + currency + "' is not an ISO 4217 currency code such as EUR or JPY");
        }
        return new ForeignAmount(code, amount, rate, false);
    }
}
