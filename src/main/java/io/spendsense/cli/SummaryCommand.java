package io.spendsense.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary --user NAME [--month YYYY-MM | --year YYYY]}: totals, per category, per month, the biggest. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "Totals for a month (default: this month)"
        + " or a year: per category with its share, per month for a year, and the biggest expense.")
final class SummaryCommand implements Callable<Integer> {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "A calendar month.")
    YearMonth month;
    @Option(names = "--year", paramLabel = "YYYY", description = "A calendar year.")
    Year year;

    @Override
    public Integer call() {
        if (month != null && year != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --month or --year, not both");
        }
        var env = database.env();
        YearMonth m = month != null || year != null ? month : YearMonth.now(env.clock());
        Period period = m != null ? Period.month(m) : Period.year(year.getValue());
        String title = m != null ? MONTH.format(m) : String.valueOf(year.getValue());
        return user.runSignedInToRead(database, (services, who) -> {
            var filter = ExpenseFilter.of(period);
            var totals = services.summaries().totals(who, filter);
            var out = env.out();
            String cur = who.currency();
            out.println("Summary for " + who.username() + ", " + title);
            out.println("Total: " + Money.format(totals.total(), cur) + " in " + totals.count()
                    + (totals.count() == 1 ? " expense" : " expenses"));
            if (totals.count() == 0) {
                return Cli.OK;
            }
            var biggest = services.summaries().biggest(who, filter, 1).get(0);
            out.println("Biggest: " + Money.format(biggest.amount(), cur) + " on " + biggest.date() + ", "
                    + biggest.categoryName() + (biggest.payee().isEmpty() ? "" : ", " + biggest.payee())
                    + (biggest.description().isEmpty() ? "" : " (" + biggest.description() + ")"));
            out.println();
            var table = new TextTable("Category", "Total", "Share", "Count").rightAligned(1, 2, 3);
            for (var c : services.summaries().byCategory(who, filter)) {
                table.add(c.category(), Money.format(c.total(), cur), share(c.total(), totals.total()),
                        String.valueOf(c.count()));
            }
            table.print(out);
            if (m == null) {
                out.println();
                var months = new TextTable("Month", "Total", "Count").rightAligned(1, 2);
                for (var t : services.summaries().byMonth(who, filter)) {
                    months.add(t.month().toString(), Money.format(t.total(), cur), String.valueOf(t.count()));
                }
                months.print(out);
            }
            return Cli.OK;
        });
    }

    static String share(BigDecimal part, BigDecimal whole) {
        return part.movePointRight(2).divide(whole, 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
