package io.spendsense.cli;

import picocli.CommandLine.Command;

/** {@code spendsense rates ...}: the exchange rates expenses in other currencies are converted with. */
@Command(name = "rates", mixinStandardHelpOptions = true, description = {
    "Exchange rates to the profile's currency, for expenses paid in other currencies.",
    "A rate is what one unit of a currency is worth in the profile's currency. An expense keeps the rate it was"
        + " converted at: adding or importing rates later never changes it (edit --rate does)."},
        subcommands = {RatesListCommand.class, RatesAddCommand.class, RatesRemoveCommand.class,
            RatesImportCommand.class, RatesDownloadCommand.class, RatesSettingsCommand.class})
final class RatesCommand {
}
