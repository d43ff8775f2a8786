package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench-desktop} end to end, in a process of its own (it starts and stops the JavaFX toolkit): a small profile,
 * one run. Checks what it prints, never how fast.
 */
class BenchDesktopCommandTest {
    private static final List<String> FIGURES = List.of("signin-to-table-ms", "first-page-ms", "sort-date-ms",
            "sort-description-ms", "sort-payee-ms", "sort-category-ms", "sort-amount-ms", "search-ms",
            "filter-category-ms", "scroll-page-ms", "charts-tab-ms", "budgets-tab-ms", "insights-tab-ms", "heap-mib",
            "launch-to-profiles-ms", "launch-to-ready-ms");

    @TempDir
    Path dir;

    @Test
    void printsEveryFigureOnceAsANumberAndKeepsTheProfileForTheNextRun() {
        String db = dir.resolve("desktop.db").toString();
        var run = SpendSenseProcess.start(dir, Map.of(), List.of(), "bench-desktop", "--rows", "2000", "--runs", "1",
                "--db", db, "--timeout", "120").await(600);

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.toString()).allMatch(l -> l.matches("[a-z0-9-]+=\\d+(\\.\\d)?"));
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList())
                .containsExactlyInAnyOrderElementsOf(FIGURES);
        assertThat(run.err()).contains("generated and imported 2,000 expenses")
                .contains("no AppCDS launch: the class path has folders");

        // the profile stays in --db: a run asking for another size is told what is there
        var again = SpendSenseProcess.start(dir, Map.of(), List.of(), "bench-desktop", "--rows", "3000", "--db", db)
                .await(120);
        assertThat(again.code()).as(again.toString()).isEqualTo(Cli.USER_ERROR);
        assertThat(again.err()).contains("with 2,000 expenses, not 3,000");
        assertThat(again.out()).isEmpty();
    }
}
