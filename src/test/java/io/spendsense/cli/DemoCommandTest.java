package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir.resolve("cli.db"));
    }

    @Test
    void demoCreatesTheProfileOnceAndTheAssistantAnswersFromIt() {
        var r = cli.run("demo");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Created the demo profile 'demo' (Demo profile)").contains("demo-password")
                .contains("from 2024-09-21 to 2026-03-20");

        var again = cli.run("demo");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("already exists");

        var ask = cli.as("demo-password", "ask", "--user", "demo", "--today", "2026-03-20",
                "How much did I spend on rent in 2025?");
        assertThat(ask.code()).isZero();
        assertThat(ask.out()).contains("$17,700.00");
    }

    @Test
    void theDemoIsDeletedLikeAnyProfile() {
        cli.run("demo");
        var deleted = cli.as("demo-password", "user", "delete", "demo", "--yes");
        assertThat(deleted.code()).isZero();
        assertThat(cli.run("user", "list").out()).doesNotContain("demo");
    }
}
