package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCommandsTest {
    @TempDir
    Path dir;
    CliHarness cli;
    Path csv;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
        csv = dir.resolve("bank.csv");
        Files.writeString(csv, """
                date,description,category,payee,amount
                2026-03-02,Ride,Other,UBER *TRIP 1,12.00
                2026-03-03,Ride,Other,UBER *TRIP 2,15.00
                2026-03-04,Coffee,Dining,Blue Bottle,4.50
                2026-03-05,Coffee,Dining,Blue Bottle,4.75
                2026-03-06,Coffee,Dining,Blue Bottle,5.00
                """);
        assertThat(cli.run("import", "--user", "alice", csv.toString()).code()).isZero();
    }

    @Test
    void addPreviewsApplyNeedsConfirmationAndChangesTheExpenses() {
        var add = cli.run("rule", "add", "--user", "alice", "--pattern", "uber", "--category", "Transport",
                "--set-payee", "Uber");
        assertThat(add.out()).isEqualTo("""
                Rule 1: payee contains 'uber' -> Transport (payee 'Uber').
                It would change 2 existing expenses (run 'rule apply 1 --yes' to change them):
                  2026-03-02  UBER *TRIP 1 (Other) -> Uber (Transport)
                  2026-03-03  UBER *TRIP 2 (Other) -> Uber (Transport)
                """);
        assertThat(cli.run("rule", "apply", "--user", "alice", "1").out())
                .startsWith("2 expenses would change (run again with --yes to change them):");
        assertThat(cli.run("list", "--user", "alice", "--payee", "Uber").out()).contains("UBER *TRIP 1");
        assertThat(cli.run("rule", "apply", "--user", "alice", "1", "--yes").out()).isEqualTo("Changed 2 expenses.\n");
        assertThat(cli.run("list", "--user", "alice", "--payee", "uber").out()).contains("Transport")
                .doesNotContain("TRIP").contains("2 expenses, total $27.00");
        assertThat(cli.run("rule", "apply", "--user", "alice", "1").out()).isEqualTo("0 expenses would change.\n");
    }

    @Test
    void listShowsRulesInOrderAndSuggestionsAndRemoveDeletes() {
        cli.run("rule", "add", "--user", "alice", "--field", "description", "--match", "regex", "--pattern", "^ride$",
                "--category", "Transport", "--min", "10", "--max", "20");
        var list = cli.run("rule", "list", "--user", "alice");
        assertThat(list.out()).isEqualTo("""
                1. description regex '^ride$' and 10.00..20.00 -> Transport
                Suggested from your history:
                  rule add --field payee --match equals --pattern "Blue Bottle" --category "Dining"
                """);
        assertThat(cli.run("rule", "remove", "--user", "bob", "1").err()).isEqualTo("spendsense: No rule with id 1.\n");
        assertThat(cli.run("rule", "remove", "--user", "alice", "1").out()).isEqualTo("Removed rule 1.\n");
        assertThat(cli.run("rule", "list", "--user", "alice").out()).startsWith("No rules yet");
    }

    @Test
    void badInputIsAUserErrorOrAUsageError() {
        var regex = cli.run("rule", "add", "--user", "alice", "--match", "regex", "--pattern", "(x", "--category",
                "Dining");
        assertThat(regex.code()).isEqualTo(1);
        assertThat(regex.err()).startsWith("spendsense: pattern is not a valid regular expression");
        assertThat(cli.run("rule", "add", "--user", "alice", "--match", "fuzzy", "--pattern", "x", "--category",
                "Dining").code()).isEqualTo(2);
    }
}
