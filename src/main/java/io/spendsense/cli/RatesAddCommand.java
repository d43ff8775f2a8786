package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.domain.CurrencyMath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rates add --user NAME DATE CURRENCY RATE}: enters one rate (replacing that day's). */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Enter the rate of a currency on a day"
        + " (replaces the one you had for that day).")
final class RatesAddCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(index = "0", paramLabel = "DATE", description = "The day, YYYY-MM-DD.")
    LocalDate date;
    @Parameters(index = "1", paramLabel = "CURRENCY", description = "The currency, e.g. EUR.")
    String currency;
    @Parameters(index = "2", paramLabel = "RATE", description = "One unit of CURRENCY in the profile's currency,"
            + " e.g. 1.0842.")
    BigDecimal rate;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            var r = services.rates().add(who, date, currency, rate);
            env.out().println("Rate on " + r.date() + ": 1 " + r.currency() + " = " + CurrencyMath.rateText(r.rate())
                    + " " + r.quote() + ".");
            return Cli.OK;
        });
    }
}
