package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What hostile text can do at the command line: nothing a terminal obeys gets printed, no message floods it. */
class HostileTextCommandTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
    }

    @Test
    void escapeSequencesInStoredTextArePrintedVisibly() throws Exception {
        // stored before the checks existed: straight into the database through the services
        try (var services =
                io.spendsense.service.Services.openForTests(dir.resolve("cli.db"), java.time.Clock.systemUTC())) {
            var who = services.auth().signIn("alice", CliHarness.PASSWORD);
            long dining = services.categories().findByName(who, "Dining").orElseThrow().id();
            var draft = new io.spendsense.domain.ExpenseDraft(java.time.LocalDate.of(2026, 3, 1),
                    new java.math.BigDecimal("5.00"), dining, "ok", "Cafe", null);
            services.expenses().create(who, draft);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("cli.db"));
             var st = c.prepareStatement("update expenses set payee = ?")) {
            st.setString(1, "Cafe\u001b]0;pwned\u0007\u001b[2J");
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        var list = cli.run("list", "--user", "alice");
        assertThat(list.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("Cafe␛]0;pwned␇␛[2J");
        var ask = cli.run("ask", "--user", "alice", "--today", "2026-03-20", "what was my biggest expense this month?");
        assertThat(ask.out()).doesNotContain("\u001b");
    }

    @Test
    void aControlCharacterIsRefusedOnTheWayInWithTheFieldNamed() {
        var r = cli.run("recurring", "add", "--user", "alice", "--amount", "5", "--category", "Dining", "--payee",
                "Bad\u001b[2Jpayee", "--schedule", "monthly:1");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("payee contains a control character (U+001B) at position 4")
                .doesNotContain("\u001b");
    }

    @Test
    void aHugeBadValueIsQuotedClipped() throws IOException {
        var r = cli.run("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "9".repeat(1_048_576));
        assertThat(r.err().length()).isLessThan(600);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "date,description,category,payee,amount\n2026-03-01,x,Dining,y," + "1".repeat(1_048_576)
                + "x\n");
        var imported = cli.run("import", "--user", "alice", csv.toString());
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err().length()).isLessThan(2_000);
    }
}
