package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecurringCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
    }

    @Test
    void addCreatesWhatIsDueAndOpeningTheProfileLaterCreatesTheRest() {
        var add = cli.run("recurring", "add", "--user", "alice", "--amount", "1475", "--category", "Housing",
                "--payee", "Oakwood Apartments", "--description", "Rent", "--schedule", "monthly:31", "--start",
                "2026-01-31");
        assertThat(add.code()).isZero();
        assertThat(add.out()).isEqualTo("Recurring expense 1: $1,475.00 monthly on day 31 from 2026-01-31; 2 expenses"
                + " created up to today.\n");
        assertThat(cli.run("list", "--user", "alice").out()).contains("2026-02-28").contains("2026-01-31")
                .contains("2 expenses, total $2,950.00");

        var list = cli.run("recurring", "list", "--user", "alice");
        assertThat(list.out()).contains("Oakwood Apartments").contains("monthly on day 31")
                .contains("Upcoming in the next 30 days: \n  2026-03-31  $1,475.00  Oakwood Apartments (Housing)");

        cli.clock.advance(Duration.ofDays(12));
        // any command that opens the profile creates what fell due meanwhile
        assertThat(cli.run("list", "--user", "alice").out()).contains("2026-03-31").contains("3 expenses");
        assertThat(cli.run("recurring", "run", "--user", "alice").out())
                .isEqualTo("Created 0 expenses from recurring templates.\n");
    }

    @Test
    void runReportsWhatItCreatedAndRemoveKeepsTheExpenses() {
        cli.run("recurring", "add", "--user", "alice", "--amount", "9.99", "--category", "Subscriptions",
                "--payee", "Cloud", "--schedule", "weekly:fri", "--start", "2026-03-25");
        cli.clock.advance(Duration.ofDays(14));
        assertThat(cli.run("recurring", "run", "--user", "alice").out())
                .isEqualTo("Created 2 expenses from recurring templates.\n");
        assertThat(cli.run("recurring", "remove", "--user", "bob", "1").err())
                .isEqualTo("spendsense: No recurring expense with id 1.\n");
        assertThat(cli.run("recurring", "remove", "--user", "alice", "1").out())
                .isEqualTo("Removed recurring expense 1; the expenses it created stay.\n");
        assertThat(cli.run("list", "--user", "alice").out()).contains("2 expenses, total $19.98");
        assertThat(cli.run("recurring", "list", "--user", "alice").out())
                .startsWith("No recurring expenses yet");
    }

    @Test
    void aBadScheduleIsAUsageError() {
        var r = cli.run("recurring", "add", "--user", "alice", "--amount", "5", "--category", "Dining",
                "--schedule", "fortnightly");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("spendsense: --schedule: 'fortnightly' is not a schedule");
    }

    @Test
    void budgetForecastIncludesRecurringExpensesStillDueThisMonth() {
        cli.run("budget", "set", "--user", "alice", "--category", "Housing", "--limit", "1500");
        cli.run("recurring", "add", "--user", "alice", "--amount", "1475", "--category", "Housing",
                "--payee", "Landlord", "--schedule", "monthly:25", "--start", "2026-03-25");
        // nothing spent yet: the forecast is the rent still due on the 25th
        assertThat(cli.run("budget", "list", "--user", "alice").out()).contains("OK     $1,475.00\n")
                .doesNotContain("likely over");
        cli.run("budget", "set", "--user", "alice", "--category", "Housing", "--limit", "1475");
        assertThat(cli.run("budget", "list", "--user", "alice").out()).contains("$1,475.00 (likely over)");
        cli.run("budget", "set", "--user", "alice", "--category", "Housing", "--limit", "1475.01");
        assertThat(cli.run("budget", "list", "--user", "alice").out()).doesNotContain("likely over");
    }
}
