package io.spendsense.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rates import --user NAME FILE}: a rates file, ECB layout or date,currency,rate; all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
    "Import exchange rates from a CSV file, all or nothing:",
    "  the ECB's historical reference rates (Date,USD,JPY,... in units per euro, N/A where none), or",
    "  date,currency,rate (one unit of the currency in the profile's currency).",
    "A rate replaces the one you had for the same day and currency; stored expenses keep theirs."})
final class RatesImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "FILE", description = "The rates file.")
    Path file;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            var report = services.rates().importFile(who, file);
            env.out().println("Imported " + report.inWords() + " from " + report.source() + " ("
                    + report.format().label() + "), as rates to " + who.currency() + ".");
            return Cli.OK;
        });
    }
}
