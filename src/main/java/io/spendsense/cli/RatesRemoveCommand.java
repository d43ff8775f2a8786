package io.spendsense.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rates remove --user NAME DATE CURRENCY}: forgets one rate; expenses converted with it keep it. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove the rate of a currency on a day"
        + " (expenses converted with it keep it).")
final class RatesRemoveCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(index = "0", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
    LocalDate date;
    @Parameters(index = "1", paramLabel = "CURRENCY", description = "The currency, e.g. EUR.")
    String currency;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            services.rates().remove(who, date, currency);
            env.out().println("Removed the rate of " + currency.toUpperCase(java.util.Locale.ROOT) + " on " + date
                    + ".");
            return Cli.OK;
        });
    }
}
