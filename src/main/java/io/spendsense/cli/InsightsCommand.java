package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import io.spendsense.domain.Insight;
import io.spendsense.domain.InsightFinder;
import io.spendsense.domain.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code insights --user NAME [--month YYYY-MM] [--sensitivity K] [--dismiss KEY]}: unusual spending in a month, each
 * with its reason and the key that dismisses it.
 */
@Command(name = "insights", mixinStandardHelpOptions = true, description = "Unusual spending in a month: expenses"
        + " high for their category, first-time payees with large amounts, possible duplicate charges.")
final class InsightsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: this month).")
    YearMonth month;
    @Option(names = "--sensitivity", paramLabel = "K", description = "How many robust standard deviations above the"
            + " usual amount is unusual (default 3.5; lower flags more).")
    BigDecimal sensitivity;
    @Option(names = "--dismiss", paramLabel = "KEY", description = "Hide an insight for good, by its key"
            + " (e.g. unusual:123).")
    String dismiss;

    @Override
    public Integer call() {
        var env = database.env();
        UserOptions.SignedInWork<RuntimeException> work = (services, who) -> {
            if (dismiss != null) {
                services.insights().dismiss(who, dismiss);
                env.out().println("Dismissed " + dismiss + ".");
                return Cli.OK;
            }
            YearMonth shown = month != null ? month : YearMonth.from(LocalDate.now(env.clock()));
            var found = services.insights().find(who, shown, sensitivity != null ? sensitivity
                    : InsightFinder.DEFAULT_K);
            if (found.isEmpty()) {
                env.out().println("Nothing unusual in " + shown + ".");
                return Cli.OK;
            }
            var table = new TextTable("Key", "Date", "Amount", "Payee", "Category", "Why").rightAligned(2);
            for (Insight i : found) {
                var e = i.expense();
                table.add(i.key(), e.date().toString(), Money.format(e.amount(), who.currency()),
                        TextTable.clip(e.payee(), 24), e.categoryName(), i.reason());
            }
            table.print(env.out());
            env.out().println(found.size() + (found.size() == 1 ? " insight" : " insights") + " in " + shown
                    + "; hide one with --dismiss KEY.");
            return Cli.OK;
        };
        // only --dismiss changes anything
        return dismiss != null ? user.runSignedIn(database, work) : user.runSignedInToRead(database, work);
    }
}
