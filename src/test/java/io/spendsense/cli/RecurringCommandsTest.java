package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

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
    void addCreatesWhatIsDueAndTheNextCommandThatChangesDataCreatesTheRest() {
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
        // a command that only reads leaves what fell due meanwhile; the next one that changes data creates it
        assertThat(cli.run("list", "--user", "alice").out()).doesNotContain("2026-03-31").contains("2 expenses");
        assertThat(cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "5000").code()).isZero();
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
        // nothing spent yet and no history: the forecast is what is known, the rent still due on the 25th
        assertThat(cli.run("budget", "list", "--user", "alice").out())
                .contains("OK     at least $1,475.00 (too little history)\n").doesNotContain("likely over");
        cli.run("budget", "set", "--user", "alice", "--category", "Housing", "--limit", "1474.99");
        assertThat(cli.run("budget", "list", "--user", "alice").out())
                .contains("at least $1,475.00 (too little history), likely over");
        cli.run("budget", "set", "--user", "alice", "--category", "Housing", "--limit", "1475");
        assertThat(cli.run("budget", "list", "--user", "alice").out()).doesNotContain("likely over");
    }

    @Test
    void editAppliesToOccurrencesStillToComeAndKeepsTheExpensesAlreadyCreated() {
        cli.run("recurring", "add", "--user", "alice", "--amount", "1475", "--category", "Housing",
                "--payee", "Oakwood Apartments", "--description", "Rent", "--schedule", "monthly:31", "--start",
                "2026-01-31");
        var edit = cli.run("recurring", "edit", "--user", "alice", "1", "--amount", "1500");
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(edit.out()).isEqualTo("""
                Recurring expense 1: $1,500.00 monthly on day 31 from 2026-01-31, Housing, payee 'Oakwood Apartments',\
                 description 'Rent'; next on 2026-03-31.
                Expenses already created stay as they were.
                """);
        assertThat(cli.run("list", "--user", "alice").out()).contains("2 expenses, total $2,950.00")
                .doesNotContain("1,500.00");
        assertThat(cli.run("recurring", "list", "--user", "alice").out())
                .contains("  2026-03-31  $1,500.00  Oakwood Apartments (Housing)");

        cli.clock.advance(Duration.ofDays(12));
        assertThat(cli.run("recurring", "run", "--user", "alice").out())
                .isEqualTo("Created 1 expense from recurring templates.\n");
        var list = cli.run("list", "--user", "alice").out();
        assertThat(list).contains("3 expenses, total $4,450.00");
        assertThat(list.lines().filter(l -> l.contains("2026-03-31")).findFirst().orElseThrow()).contains("1,500.00");
        assertThat(list.lines().filter(l -> l.contains("2026-02-28")).findFirst().orElseThrow()).contains("1,475.00");
    }

    @Test
    void editChangesOnlyTheOptionsGiven() {
        cli.run("recurring", "add", "--user", "alice", "--amount", "9.99", "--category", "Subscriptions",
                "--payee", "Cloud", "--schedule", "weekly:fri", "--start", "2026-03-25", "--end", "2026-12-31");
        assertThat(cli.run("recurring", "edit", "--user", "alice", "1", "--schedule", "monthly:1", "--payee", "",
                "--description", "Storage", "--no-end").out()).isEqualTo("""
                Recurring expense 1: $9.99 monthly on day 1 from 2026-03-25, Subscriptions, description 'Storage';\
                 next on 2026-04-01.
                Expenses already created stay as they were.
                """);
        assertThat(cli.run("recurring", "edit", "--user", "alice", "1", "--category", "Utilities", "--end",
                "2026-06-30").out()).startsWith("Recurring expense 1: $9.99 monthly on day 1 from 2026-03-25 to"
                + " 2026-06-30, Utilities, description 'Storage'; next on 2026-04-01.");
    }

    @Test
    void anEarlierStartCreatesWhatBecameDue() {
        cli.run("recurring", "add", "--user", "alice", "--amount", "20", "--category", "Utilities",
                "--payee", "Phone", "--schedule", "monthly:5", "--start", "2026-04-01");
        assertThat(cli.run("recurring", "edit", "--user", "alice", "1", "--start", "2026-03-01").out())
                .endsWith("next on 2026-04-05.\n1 expense newly due created up to today; expenses created before"
                        + " stay as they were.\n");
        assertThat(cli.run("list", "--user", "alice").out()).contains("2026-03-05").contains("1 expense");
    }

    @Test
    void editOfAnUnknownOrAnotherUsersTemplateAndBadValuesAreErrors() {
        cli.run("recurring", "add", "--user", "alice", "--amount", "9.99", "--category", "Subscriptions",
                "--payee", "Cloud", "--schedule", "weekly:fri", "--start", "2026-03-25");
        var unknown = cli.run("recurring", "edit", "--user", "alice", "7", "--amount", "5");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("spendsense: No recurring expense with id 7.\n");
        var bob = cli.run("recurring", "edit", "--user", "bob", "1", "--amount", "5");
        assertThat(bob.code()).isEqualTo(1);
        assertThat(bob.err()).isEqualTo("spendsense: No recurring expense with id 1.\n");

        var end = cli.run("recurring", "edit", "--user", "alice", "1", "--end", "2026-03-01");
        assertThat(end.code()).isEqualTo(1);
        assertThat(end.err()).contains("end date is before the start date");
        assertThat(cli.run("recurring", "edit", "--user", "alice", "1", "--amount", "-3").code()).isEqualTo(1);
        var category = cli.run("recurring", "edit", "--user", "alice", "1", "--category", "Nope");
        assertThat(category.code()).isEqualTo(1);
        assertThat(category.err()).startsWith("spendsense: no category named 'Nope'");

        var schedule = cli.run("recurring", "edit", "--user", "alice", "1", "--schedule", "fortnightly");
        assertThat(schedule.code()).isEqualTo(2);
        assertThat(schedule.err()).startsWith("spendsense: --schedule: 'fortnightly' is not a schedule");
        assertThat(cli.run("recurring", "edit", "--user", "alice", "1", "--end", "2026-12-31", "--no-end").code())
                .isEqualTo(2);
        assertThat(cli.run("recurring", "edit", "--user", "alice", "1", "--start", "soon").code()).isEqualTo(2);
        assertThat(cli.run("recurring", "list", "--user", "alice").out()).contains("$9.99").contains("Cloud");
    }
}
