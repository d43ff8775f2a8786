package io.spendsense.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;

import io.spendsense.domain.BudgetForecast;
import io.spendsense.domain.BudgetStatus;
import io.spendsense.domain.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code budget list --user NAME [--month YYYY-MM]}: every budget's status in a month; for the current month also
 * the month-end forecast, with budgets likely to be exceeded marked.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show budgets and how each month is going.")
final class BudgetListCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month (default: this month).")
    YearMonth month;

    @Override
    public Integer call() {
        var env = database.env();
        YearMonth current = YearMonth.from(LocalDate.now(env.clock()));
        YearMonth shown = month == null ? current : month;
        return user.runSignedInToRead(database, (services, who) -> {
            var budgets = services.budgets().list(who);
            if (budgets.isEmpty()) {
                env.out().println("No budgets yet: add one with 'spendsense budget set'.");
                return Cli.OK;
            }
            var statuses = services.budgets().status(who, shown);
            Map<Long, BudgetForecast> forecasts = new java.util.HashMap<>();
            if (shown.equals(current)) {
                services.budgets().forecast(who).forEach(f -> forecasts.put(f.status().budget().id(), f));
            }
            var table = new TextTable("Id", "Budget", "Limit", "Carry", "Effective", "Spent", "Left", "%", "Days left",
                    "Level", "Forecast").rightAligned(0, 2, 3, 4, 5, 6, 7, 8, 10);
            String cur = who.currency();
            for (BudgetStatus s : statuses) {
                var f = forecasts.get(s.budget().id());
                table.add(Long.toString(s.budget().id()),
                        s.budget().name() + (s.budget().rollover() ? " (rollover)" : ""),
                        Money.format(s.limit(), cur), Money.format(s.carry(), cur),
                        Money.format(s.effectiveLimit(), cur), Money.format(s.spent(), cur),
                        Money.format(s.remaining(), cur), s.percent() == null ? "-" : s.percent().toPlainString(),
                        Integer.toString(s.daysLeft()), s.level().name(), f == null ? "" : forecast(f, cur));
            }
            if (!statuses.isEmpty()) {
                table.print(env.out());
            }
            budgets.stream().filter(b -> b.startMonth().isAfter(shown)).forEach(b -> env.out().println(
                    "Budget " + b.name() + " (id " + b.id() + ") starts in " + b.startMonth() + "."));
            long exceeded = statuses.stream().filter(BudgetStatus::exceeded).count();
            env.out().println(statuses.size() + (statuses.size() == 1 ? " budget" : " budgets") + " in " + shown
                    + ", " + exceeded + " exceeded.");
            return Cli.OK;
        });
    }

    /**
     * "about $1,655.00 ($1,610.00–$1,720.00)"; with too little history for a range, what is known: "at least $105.00
     * (too little history)"; ", likely over" when even the least the month will cost is over the limit.
     */
    private static String forecast(BudgetForecast f, String currency) {
        var m = f.forecast();
        String over = f.likelyExceeded() && !f.status().exceeded() ? ", likely over" : "";
        if (!m.enoughHistory()) {
            return "at least " + Money.format(m.expected(), currency) + " (too little history)" + over;
        }
        String range = m.low().compareTo(m.high()) == 0 ? ""
                : " (" + Money.format(m.low(), currency) + "–" + Money.format(m.high(), currency) + ")";
        return "about " + Money.format(m.expected(), currency) + range + over;
    }
}
