package io.spendsense.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExchangeRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rates list --user NAME [--currency CODE] [--from D] [--to D] [--limit N]}: the known rates, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show the exchange rates, newest first.")
final class RatesListCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--currency", paramLabel = "CODE", description = "Only this currency, e.g. EUR.")
    String currency;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    LocalDate to;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N rates"
            + " (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            var list = services.rates().list(who, currency, from, to, limit);
            if (list.isEmpty()) {
                env.out().println("No exchange rates" + (currency == null ? "" : " of " + currency.toUpperCase(
                        java.util.Locale.ROOT)) + ". Import some with: spendsense rates import FILE");
                return Cli.OK;
            }
            var table = new TextTable("Date", "Currency", "Rate", "Source").rightAligned(2);
            for (ExchangeRate r : list) {
                table.add(r.date().toString(), r.currency(), "1 " + r.currency() + " = "
                        + CurrencyMath.rateText(r.rate()) + " " + r.quote(), r.source().wireName());
            }
            table.print(env.out());
            env.out().println(list.size() + (list.size() == 1 ? " rate" : " rates") + " shown.");
            return Cli.OK;
        });
    }
}
