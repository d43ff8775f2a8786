package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
        Path csv = dir.resolve("march.csv");
        Files.writeString(csv, """
                date,description,category,payee,amount
                2026-02-10,Dinner,Dining,Bistro,130.00
                2026-03-02,Lunch,Dining,Cafe,45.00
                2026-03-05,Dinner,Dining,Bistro,60.00
                2026-03-06,Food,Groceries,Market,900.00
                """);
        assertThat(cli.run("import", "--user", "alice", csv.toString()).code()).isZero();
    }

    @Test
    void setListAndRemoveABudgetEndToEnd() {
        var set = cli.run("budget", "set", "--user", "alice", "--category", "dining", "--limit", "100", "--rollover",
                "--start", "2026-02");
        assertThat(set.code()).isZero();
        assertThat(set.out()).isEqualTo("Budget Dining: $100.00 a month from 2026-02, rollover on (id 1).\n");
        assertThat(cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "2000").out())
                .isEqualTo("Budget Overall: $2,000.00 a month from 2026-03, rollover off (id 2).\n");

        var list = cli.run("budget", "list", "--user", "alice");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Dining (rollover)").contains("-$30.00").contains("$70.00")
                .contains("$105.00").contains("-$35.00").contains("150.0").contains("EXCEEDED")
                .contains("$1,005.00").contains("50.3").contains(" 12 ")
                .endsWith("2 budgets in 2026-03, 1 exceeded.\n");

        var february = cli.run("budget", "list", "--user", "alice", "--month", "2026-02");
        assertThat(february.out()).contains("$130.00").contains("130.0")
                .contains("Budget Overall (id 2) starts in 2026-03.")
                .endsWith("1 budget in 2026-02, 1 exceeded.\n");

        var removed = cli.run("budget", "remove", "--user", "alice", "1");
        assertThat(removed.out()).isEqualTo("Removed budget Dining (id 1).\n");
        assertThat(cli.run("budget", "list", "--user", "alice").out()).doesNotContain("Dining");
    }

    @Test
    void aChangedLimitAppliesFromThisMonthOrFromTheMonthGivenWithFrom() {
        cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "100", "--start", "2026-02");
        var changed = cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "150");
        assertThat(changed.out()).isEqualTo("Budget Dining: $150.00 a month from 2026-03 (before: $100.00 from"
                + " 2026-02), rollover off (id 1).\n");
        // February keeps its 100.00 (130.00 spent: exceeded); March has 150.00 (105.00 spent)
        assertThat(cli.run("budget", "list", "--user", "alice", "--month", "2026-02").out())
                .contains("$100.00").contains("-$30.00").contains("EXCEEDED");
        assertThat(cli.run("budget", "list", "--user", "alice").out()).contains("$150.00").contains("$45.00")
                .contains("70.0").endsWith("1 budget in 2026-03, 0 exceeded.\n");

        var backDated = cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "140",
                "--from", "2026-02");
        assertThat(backDated.code()).isZero();
        assertThat(backDated.out()).isEqualTo("Budget Dining: $140.00 a month from 2026-02, rollover off (id 1).\n");
        assertThat(cli.run("budget", "list", "--user", "alice", "--month", "2026-02").out())
                .contains("$140.00").contains("$10.00").contains("WARNING");

        var tooEarly = cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "90",
                "--from", "2026-01");
        assertThat(tooEarly.code()).isEqualTo(1);
        assertThat(tooEarly.err()).isEqualTo("spendsense: the limit cannot apply from 2026-01: the budget starts in"
                + " 2026-02\n");
        assertThat(cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "90", "--from", "March")
                .code()).isEqualTo(2);
        // bob's own budget is not touched by alice's changes, and alice's --from does not reach it
        cli.run("budget", "set", "--user", "bob", "--category", "Dining", "--limit", "60", "--start", "2026-02");
        assertThat(cli.run("budget", "list", "--user", "bob", "--month", "2026-02").out()).contains("$60.00")
                .doesNotContain("$140.00");
    }

    @Test
    void theCurrentMonthShowsTheForecastAndMarksLikelyOverspending() throws IOException {
        cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "200");
        cli.run("budget", "set", "--user", "alice", "--category", "Groceries", "--limit", "1000");
        // without history: only what is known, never a guess (105.00 spent in 20 days is not "about 162.75")
        var list = cli.run("budget", "list", "--user", "alice");
        assertThat(list.out()).contains("at least $105.00 (too little history)\n")
                .contains("at least $900.00 (too little history)\n").doesNotContain("likely over");
        // bob has five months of a 6.00 coffee every day: about 186.00 in March (31 coffees)
        var csv = new StringBuilder("date,description,category,payee,amount\n");
        for (var d = java.time.LocalDate.of(2025, 10, 1); !d.isAfter(java.time.LocalDate.of(2026, 3, 20));
             d = d.plusDays(1)) {
            csv.append(d).append(",Coffee,Dining,Cafe,6.00\n");
        }
        Path coffee = dir.resolve("coffee.csv");
        Files.writeString(coffee, csv);
        assertThat(cli.run("import", "--user", "bob", coffee.toString()).code()).isZero();
        cli.run("budget", "set", "--user", "bob", "--category", "Dining", "--limit", "180");
        assertThat(cli.run("budget", "list", "--user", "bob").out()).contains("about $186.00, likely over");
        cli.run("budget", "set", "--user", "bob", "--category", "Dining", "--limit", "190");
        assertThat(cli.run("budget", "list", "--user", "bob").out()).contains("about $186.00\n")
                .doesNotContain("likely over");
    }

    @Test
    void anImportThatTakesABudgetPast80Or100PercentSaysSo() throws IOException {
        cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "130");
        cli.run("budget", "set", "--user", "alice", "--category", "Groceries", "--limit", "1000");
        cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "5000");
        Path more = dir.resolve("more.csv");
        Files.writeString(more, """
                date,description,category,payee,amount
                2026-03-10,Dinner,Dining,Bistro,30.00
                2026-03-11,Food,Groceries,Market,150.00
                """);
        var r = cli.run("import", "--user", "alice", more.toString());
        assertThat(r.out().lines().filter(l -> !l.startsWith("  ")).skip(1)).containsExactly(
                "Budget Dining passed 100% in 2026-03: $135.00 of $130.00 (103.8%).",
                "Budget Groceries passed 100% in 2026-03: $1,050.00 of $1,000.00 (105.0%).");
        Files.writeString(more, """
                date,description,category,payee,amount
                2026-03-12,Rent,Housing,Landlord,3000.00
                """);
        assertThat(cli.run("import", "--user", "alice", more.toString()).out().lines()
                .filter(l -> !l.startsWith("  ")).skip(1))
                .containsExactly("Budget Overall passed 80% in 2026-03: $4,185.00 of $5,000.00 (83.7%).");
    }

    @Test
    void userErrorsExitWith1AndBadUsageWith2() {
        var unknown = cli.run("budget", "set", "--user", "alice", "--category", "Pets", "--limit", "10");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("spendsense: no category named 'Pets'; yours: ");
        var zero = cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "0");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err()).isEqualTo("spendsense: limit must be greater than 0\n");
        assertThat(cli.run("budget", "set", "--user", "alice", "--limit", "10").code()).isEqualTo(2);
        assertThat(cli.run("budget", "set", "--user", "alice", "--overall", "--category", "Dining", "--limit", "10")
                .code()).isEqualTo(2);
        assertThat(cli.run("budget", "list", "--user", "bob").out())
                .isEqualTo("No budgets yet: add one with 'spendsense budget set'.\n");
    }

    @Test
    void anotherUserCannotRemoveABudgetById() {
        cli.run("budget", "set", "--user", "alice", "--overall", "--limit", "500");
        var r = cli.run("budget", "remove", "--user", "bob", "1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: No budget with id 1.\n");
        assertThat(cli.run("budget", "list", "--user", "alice").out()).contains("Overall");
    }
}
