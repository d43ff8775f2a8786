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

    private void addThreeRules() {
        cli.run("rule", "add", "--user", "alice", "--pattern", "uber", "--category", "Transport", "--set-payee",
                "Uber");
        cli.run("rule", "add", "--user", "alice", "--match", "equals", "--pattern", "Blue Bottle", "--category",
                "Dining");
        cli.run("rule", "add", "--user", "alice", "--field", "description", "--pattern", "ride", "--category",
                "Transport", "--min", "10", "--max", "20");
    }

    private String rules(String who) {
        var out = cli.run("rule", "list", "--user", who).out();
        int suggested = out.indexOf("Suggested from your history:");
        return suggested < 0 ? out : out.substring(0, suggested);
    }

    @Test
    void editChangesOnlyTheOptionsGivenAndKeepsThePlaceInTheOrder() {
        addThreeRules();
        var edit = cli.run("rule", "edit", "--user", "alice", "1", "--category", "Nope");
        assertThat(edit.code()).as(edit.err()).isEqualTo(1);
        assertThat(edit.err()).startsWith("spendsense: no category named 'Nope'; yours: ");

        edit = cli.run("rule", "edit", "--user", "alice", "1", "--match", "regex", "--pattern", "^uber \\*trip");
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(edit.out()).isEqualTo("""
                1. payee regex '^uber \\*trip' -> Transport (payee 'Uber')
                It would change 2 existing expenses (run 'rule apply 1 --yes' to change them):
                  2026-03-02  UBER *TRIP 1 (Other) -> Uber (Transport)
                  2026-03-03  UBER *TRIP 2 (Other) -> Uber (Transport)
                """);
        assertThat(cli.run("rule", "edit", "--user", "alice", "3", "--no-min", "--max", "12.5", "--category",
                "Other").out()).startsWith("3. description contains 'ride' and …..12.50 -> Other\n");
        assertThat(cli.run("rule", "edit", "--user", "alice", "1", "--set-payee", "").out())
                .startsWith("1. payee regex '^uber \\*trip' -> Transport\n");
        assertThat(rules("alice")).isEqualTo("""
                1. payee regex '^uber \\*trip' -> Transport
                2. payee equals 'Blue Bottle' -> Dining
                3. description contains 'ride' and …..12.50 -> Other
                """);
        // editing never changes existing expenses by itself
        assertThat(cli.run("list", "--user", "alice", "--category", "Transport").out())
                .isEqualTo("0 expenses, total $0.00\n");
    }

    @Test
    void moveUpDownAndToAPositionPrintsTheNewOrder() {
        addThreeRules();
        var up = cli.run("rule", "move", "--user", "alice", "3", "--up");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).isEqualTo("""
                1. payee contains 'uber' -> Transport (payee 'Uber')
                3. description contains 'ride' and 10.00..20.00 -> Transport
                2. payee equals 'Blue Bottle' -> Dining
                """);
        assertThat(cli.run("rule", "move", "--user", "alice", "1", "--down").out())
                .startsWith("3. description").contains("\n1. payee contains")
                .endsWith("2. payee equals 'Blue Bottle' -> Dining\n");
        assertThat(cli.run("rule", "move", "--user", "alice", "2", "--to", "1").out())
                .startsWith("2. payee equals").contains("\n3. description")
                .endsWith("1. payee contains 'uber' -> Transport (payee 'Uber')\n");
        // a move past either end stops there
        assertThat(cli.run("rule", "move", "--user", "alice", "2", "--up").out()).startsWith("2. payee equals");
        assertThat(cli.run("rule", "move", "--user", "alice", "2", "--to", "3").out())
                .endsWith("2. payee equals 'Blue Bottle' -> Dining\n");
        assertThat(rules("alice")).isEqualTo("""
                3. description contains 'ride' and 10.00..20.00 -> Transport
                1. payee contains 'uber' -> Transport (payee 'Uber')
                2. payee equals 'Blue Bottle' -> Dining
                """);
    }

    @Test
    void editAndMoveOfAnUnknownRuleOrAnotherUsersRuleAreUserErrors() {
        addThreeRules();
        for (var args : new String[][] {
            {"rule", "edit", "--user", "alice", "9", "--pattern", "x"},
            {"rule", "move", "--user", "alice", "9", "--up"},
            {"rule", "move", "--user", "alice", "9", "--to", "1"},
        }) {
            var r = cli.run(args);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("spendsense: No rule with id 9.\n");
        }
        var bob = cli.run("rule", "edit", "--user", "bob", "1", "--category", "Dining");
        assertThat(bob.code()).isEqualTo(1);
        assertThat(bob.err()).isEqualTo("spendsense: No rule with id 1.\n");
        assertThat(cli.run("rule", "move", "--user", "bob", "3", "--up").err())
                .isEqualTo("spendsense: No rule with id 3.\n");
        cli.run("rule", "add", "--user", "bob", "--pattern", "tea", "--category", "Dining");
        assertThat(cli.run("rule", "move", "--user", "bob", "4", "--to", "2").err())
                .isEqualTo("spendsense: --to must be between 1 and 1 (you have 1 rule)\n");
        assertThat(rules("alice")).startsWith("1. payee contains 'uber' -> Transport (payee 'Uber')\n2.");
    }

    @Test
    void badEditAndMoveValuesAreUserErrorsOrUsageErrors() {
        addThreeRules();
        var regex = cli.run("rule", "edit", "--user", "alice", "2", "--match", "regex", "--pattern", "(x");
        assertThat(regex.code()).isEqualTo(1);
        assertThat(regex.err()).startsWith("spendsense: pattern is not a valid regular expression");
        assertThat(cli.run("rule", "edit", "--user", "alice", "3", "--min", "30").code()).isEqualTo(1);
        assertThat(cli.run("rule", "move", "--user", "alice", "3", "--to", "0").code()).isEqualTo(1);
        assertThat(cli.run("rule", "edit", "--user", "alice", "3", "--match", "fuzzy").code()).isEqualTo(2);
        assertThat(cli.run("rule", "edit", "--user", "alice", "3", "--min", "5", "--no-min").code()).isEqualTo(2);
        var noWhere = cli.run("rule", "move", "--user", "alice", "3");
        assertThat(noWhere.code()).isEqualTo(2);
        assertThat(noWhere.errLines()).containsExactly("spendsense: Error: Missing required argument (specify one of"
                + " these): (--up | --down | --to=POSITION)", "Try 'spendsense rule move --help' for usage.");
        assertThat(cli.run("rule", "move", "--user", "alice", "3", "--up", "--down").code()).isEqualTo(2);
        assertThat(cli.run("rule", "move", "--user", "alice", "3", "--to", "first").code()).isEqualTo(2);
        assertThat(rules("alice")).endsWith("3. description contains 'ride' and 10.00..20.00 -> Transport\n");
    }
}
