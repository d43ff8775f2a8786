package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.Money;
import io.spendsense.service.ExpenseService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list --user NAME [filters]}: matching expenses as a table, with their count and total. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List expenses, newest first.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Mixin
    FilterOptions filters;
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "One calendar month.")
    YearMonth month;
    @Option(names = "--payee", paramLabel = "TEXT", description = "Payee or description contains TEXT.")
    String payee;
    @Option(names = "--search", paramLabel = "TEXT", description = "Description, payee or notes contain TEXT.")
    String search;
    @Option(names = "--min", paramLabel = "AMOUNT", description = "At least AMOUNT.")
    BigDecimal min;
    @Option(names = "--max", paramLabel = "AMOUNT", description = "At most AMOUNT.")
    BigDecimal max;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N rows (1 to "
            + ExpenseService.MAX_PAGE + ", default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "date", description = "date, amount, description,"
            + " payee or category (default ${DEFAULT-VALUE}).")
    ExpenseSort.Field sort;
    @Option(names = "--asc", description = "Ascending (default: descending, newest or largest first).")
    boolean ascending;
    @Option(names = "--ids", description = "Show each expense's id (what `attach ID FILE` takes) and how many files"
            + " it has attached.")
    boolean ids;
    @Option(names = "--currency", paramLabel = "CODE", description = "Only expenses paid in this currency, e.g. EUR"
            + " (the profile's own: those without another).")
    String currency;

    @Override
    public Integer call() {
        if (limit < 1 || limit > ExpenseService.MAX_PAGE) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be 1 to " + ExpenseService.MAX_PAGE);
        }
        if (min != null && max != null && max.compareTo(min) < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max is below --min");
        }
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            String code = currency == null ? null : io.spendsense.domain.CurrencyMath.code(currency);
            if (currency != null && code == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--currency '" + currency
                        + "' is not an ISO 4217 currency code such as EUR or JPY");
            }
            var filter = filters.filter(services, who, month).withPayee(payee).withText(search)
                    .withMin(min, false).withMax(max, false).withCurrency(code);
            var page = services.expenses().page(who, filter, new ExpenseSort(sort, ascending), 0, limit);
            var totals = services.summaries().totals(who, filter);
            // the amount paid in another currency shows beside the converted one (* an estimated rate)
            boolean foreign = page.items().stream().anyMatch(Expense::isForeign);
            var headers = new ArrayList<>(List.of("Date", "Category", "Payee", "Description", "Amount"));
            if (foreign) {
                headers.add("Paid");
            }
            if (ids) {
                headers.add(0, "ID");
                headers.add("Files");
            }
            var table = new TextTable(headers.toArray(String[]::new));
            table = ids ? table.rightAligned(0, 5, 6, foreign ? 7 : 6) : table.rightAligned(4, foreign ? 5 : 4);
            for (Expense e : page.items()) {
                var cells = new ArrayList<>(List.of(e.date().toString(), e.categoryName(),
                        TextTable.clip(e.payee(), 28), TextTable.clip(e.description(), 40),
                        Money.format(e.amount(), who.currency())));
                if (foreign) {
                    cells.add(ExpenseText.original(e));
                }
                if (ids) {
                    cells.add(0, String.valueOf(e.id()));
                    cells.add(e.attachmentCount() == 0 ? "" : String.valueOf(e.attachmentCount()));
                }
                table.add(cells.toArray(String[]::new));
            }
            if (!page.items().isEmpty()) {
                table.print(env.out());
            }
            String shown = totals.count() > page.items().size()
                    ? "Showing " + page.items().size() + " of " + totals.count() + " expenses"
                    : totals.count() + (totals.count() == 1 ? " expense" : " expenses");
            env.out().println(shown + ", total " + Money.format(totals.total(), who.currency())
                    + (foreign && page.items().stream().anyMatch(e -> e.isForeign() && e.foreign().estimated())
                    ? " (* converted at an estimated rate)" : ""));
            return Cli.OK;
        });
    }
}
