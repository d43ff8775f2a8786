package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask} end to end, in-process, over a temp database holding the development expenses. */
class AskCommandTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir.resolve("ask.db"));
        Path dev = dir.resolve("dev-expenses.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/spendsense/assistant/dev-expenses.csv")) {
            Files.copy(Objects.requireNonNull(in), dev);
        }
        cli.run("user", "add", "dana");
        assertThat(cli.run("import", "--user", "dana", dev.toString()).code()).isZero();
    }

    @Test
    void oneQuestionGetsOneSentence() {
        var r = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "How much did I spend last month?");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("You spent $3,960.55 last month (February 2026), in 51 expenses.\n");
    }

    @Test
    void jsonPrintsOneObjectWithTheContractFields() {
        var r = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "--json",
                "How much did I spend on groceries last month?");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        String line = r.out().strip();
        assertThat(line).startsWith("{\"query\":\"How much did I spend on groceries last month?\","
                + "\"intent\":\"total_spent\",\"from\":\"2026-02-01\",\"to\":\"2026-02-28\","
                + "\"category\":\"Groceries\",\"payee\":null,\"exclude_category\":null,\"exclude_payee\":null,"
                + "\"days\":null,\"amount_gt\":null,\"amount_lt\":null,"
                + "\"per\":null,\"from2\":null,\"to2\":null,\"category2\":null,\"payee2\":null,\"value\":\"847.83\",");
        assertThat(line).contains("\"explain\":[").contains("\"elapsed_ms\":").endsWith("}");
    }

    @Test
    void standardInputIsOneConversationAndAnEmptyLineStartsANewOne() {
        var r = cli.runWithInput("How much did I spend on groceries in January 2026?\nAnd in February?\n\n"
                + "And in February?\n", "ask", "--user", "dana", "--today", "2026-03-20", "--json");
        assertThat(r.code()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"value\":\"942.92\"");
        assertThat(lines.get(1)).contains("\"category\":\"Groceries\"").contains("\"value\":\"847.83\"");
        assertThat(lines.get(2)).contains("\"category\":null").contains("\"value\":\"3960.55\"");
    }

    @Test
    void addExpenseIsSavedOnlyWithYes() {
        var dry = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "I spent 12.50 on lunch at Chipotle today");
        assertThat(dry.out()).contains("I can add this expense: $12.50 at Chipotle").contains("--yes");
        var count = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "how many expenses today");
        assertThat(count.out()).startsWith("You have 4 expenses today");
        var saved = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "--yes",
                "I spent 12.50 on lunch at Chipotle today");
        assertThat(saved.code()).isZero();
        assertThat(saved.out()).startsWith("Saved: expense");
        assertThat(cli.run("ask", "--user", "dana", "--today", "2026-03-20", "how many expenses today").out())
                .startsWith("You have 5 expenses today");
    }

    @Test
    void unquotedWordsAreOneQuestion() {
        var r = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "how", "much", "last", "month");
        assertThat(r.out()).startsWith("You spent $3,960.55 last month");
    }

    @Test
    void unknownQuestionStillExitsZeroWithAnAnswer() {
        var r = cli.run("ask", "--user", "dana", "Tell me a joke");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Sorry, I can only answer questions about your expenses");
    }

    @Test
    void wrongPasswordIsAUserError() {
        var r = cli.as("wrong password", "ask", "--user", "dana", "How much did I spend?");
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("spendsense: ");
    }

    @Test
    void badDateIsAUsageError() {
        var r = cli.run("ask", "--user", "dana", "--today", "20-03-2026", "How much did I spend?");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void explainPrintsHowTheQuestionWasRead() {
        var r = cli.run("ask", "--user", "dana", "--today", "2026-03-20", "--explain", "groceris last month");
        assertThat(r.out()).contains("· category Groceries from 'groceris' (typo of 'groceries'");
    }
}
