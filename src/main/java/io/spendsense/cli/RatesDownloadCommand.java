package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.service.RateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rates download --user NAME}: fetches the ECB's reference rates, only when the profile turned downloading on
 * ({@code rates settings --download on}); the one network call SpendSense makes.
 */
@Command(name = "download", mixinStandardHelpOptions = true, description = {
    "Download the ECB's reference rates and import them (the one network call SpendSense makes).",
    "Refused until you turn it on: spendsense rates settings --download on"})
final class RatesDownloadCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            try {
                var report = services.rates().download(who);
                env.out().println("Downloaded " + report.inWords() + " from " + report.source() + ", as rates to "
                        + who.currency() + ".");
                return Cli.OK;
            } catch (RateService.DownloadOffException e) {
                throw new UserException(e.getMessage() + " Turn it on with: spendsense rates settings --user "
                        + who.username() + " --download on");
            }
        });
    }
}
