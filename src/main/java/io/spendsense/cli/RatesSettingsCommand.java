package io.spendsense.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rates settings --user NAME [--download on|off] [--url URL]}: shows or changes the download setting. */
@Command(name = "settings", mixinStandardHelpOptions = true, description = "Show or change whether rates may be"
        + " downloaded (off by default) and from where.")
final class RatesSettingsCommand implements Callable<Integer> {
    /** The two values of {@code --download}. */
    enum OnOff { ON, OFF }

    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--download", paramLabel = "on|off", description = "Allow rates download (default: off).")
    OnOff download;
    @Option(names = "--url", paramLabel = "URL", description = "Where to download from (default: the ECB's"
            + " eurofxref-hist.zip; empty: back to it).")
    String url;

    @Override
    public Integer call() {
        var env = database.env();
        if (download == null && url == null) {
            return user.runSignedInToRead(database, (services, who) -> {
                print(env, services.rates().downloadSettings(who));
                return Cli.OK;
            });
        }
        return user.runSignedIn(database, (services, who) -> {
            boolean on = download == null ? services.rates().downloadSettings(who).enabled() : download == OnOff.ON;
            print(env, services.rates().saveDownloadSettings(who, on, url));
            return Cli.OK;
        });
    }

    private static void print(CliEnvironment env, io.spendsense.service.RateService.DownloadSettings s) {
        env.out().println("Rates download: " + (s.enabled() ? "on" : "off") + ", from " + s.url());
    }
}
