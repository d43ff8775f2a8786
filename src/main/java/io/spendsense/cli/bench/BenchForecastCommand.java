package io.spendsense.cli.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.spendsense.cli.Cli;
import io.spendsense.cli.DatabaseOptions;
import io.spendsense.cli.UserException;
import io.spendsense.cli.UserOptions;
import io.spendsense.domain.MonthForecaster;
import io.spendsense.service.ExpenseGenerator;
import io.spendsense.service.ForecastBacktest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-forecast [--user NAME | --generated]}: replays past months and prints, for days 1, 3, 5, 10, 15, 20
 * and 25 of the month, the mean absolute percentage error of the month-end forecast beside the pace and the two
 * baselines, and how often the real total fell inside the forecast's range.
 */
@Command(name = "bench-forecast", mixinStandardHelpOptions = true,
        description = "Backtest the month-end forecast: replay every past month of a profile (--user) or of generated"
                + " data (--generated, the default) and print its error beside the straight-line pace, 'same as last"
                + " month' and 'spent so far + median of the rest of the last six months'.")
public final class BenchForecastCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Option(names = {"-u", "--user"}, paramLabel = "NAME", description = "Replay this profile's months.")
    String user;
    @Option(names = "--generated", description = "Replay generated expenses (the demo's generator; the default).")
    boolean generated;
    @Option(names = "--years", defaultValue = "5", description = "Years of generated expenses per seed (default"
            + " ${DEFAULT-VALUE}).")
    int years;
    @Option(names = "--seeds", defaultValue = "3", description = "Generated data sets (default ${DEFAULT-VALUE}).")
    int seeds;
    @Option(names = "--min-share", defaultValue = "0.8", description = "Categories spent on in fewer than this share"
            + " of the months are left out (default ${DEFAULT-VALUE}).")
    BigDecimal minShare;

    @Override
    public Integer call() {
        var env = database.env();
        var out = env.out();
        if (user != null && generated) {
            throw new UserException("Choose --user NAME or --generated, not both.");
        }
        if (user != null) {
            return UserOptions.of(user).runSignedInWithoutGeneratingDue(database, (services, who) -> {
                var set = services.forecasts().history(who);
                out.println("SpendSense bench-forecast: profile " + who.username() + ", " + set.rows().size()
                        + " expenses");
                print(out, ForecastBacktest.run(List.of(set), minShare));
                return Cli.OK;
            });
        }
        if (years < 1 || seeds < 1) {
            throw new UserException("--years and --seeds must be at least 1.");
        }
        var sets = new ArrayList<ForecastBacktest.DataSet>();
        LocalDate to = LocalDate.of(2025, 12, 31);
        LocalDate from = to.minusYears(years).plusDays(1);
        for (int seed = 1; seed <= seeds; seed++) {
            Map<String, Long> ids = new HashMap<>();
            Map<Long, String> names = new java.util.TreeMap<>();
            var rows = new ArrayList<MonthForecaster.Spend>();
            for (var g : new ExpenseGenerator(seed).generate(from, to)) {
                long id = ids.computeIfAbsent(g.category(), c -> (long) ids.size() + 1);
                names.put(id, g.category());
                rows.add(new MonthForecaster.Spend(g.date(), id, g.payee().isBlank() ? g.description() : g.payee(),
                        io.spendsense.domain.Money.toMinor(g.amount(), 2)));
            }
            // the generated data is in dollars: hundredths
            sets.add(new ForecastBacktest.DataSet(rows, names, 2));
        }
        out.println("SpendSense bench-forecast: generated " + years + " years (" + from + " to " + to + ") × " + seeds
                + " seeds; the first " + ForecastBacktest.WARM_UP_MONTHS + " months of each are history only");
        print(out, ForecastBacktest.run(sets, minShare));
        return Cli.OK;
    }

    private static void print(PrintWriter out, List<ForecastBacktest.Figure> figures) {
        String scope = null;
        int beaten = 0;
        for (var f : figures) {
            if (!f.scope().equals(scope)) {
                scope = f.scope();
                out.println(scope + " (" + f.months() + " months)");
            }
            beaten += f.beatsBaselines() ? 1 : 0;
            out.println("  day=" + f.day() + " forecast=" + f.forecast() + "% pace=" + f.pace() + "% lastmonth="
                    + f.lastMonth() + "% history=" + f.history() + "% inside-range=" + f.inside() + "%"
                    + (f.beatsBaselines() ? "" : "  (worse than a baseline)"));
        }
        out.println("forecast at or below the better baseline: " + beaten + " of " + figures.size() + " lines");
    }
}
