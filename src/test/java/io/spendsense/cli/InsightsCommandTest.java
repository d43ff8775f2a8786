package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsCommandTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
        var csv = new StringBuilder("date,description,category,payee,amount\n");
        for (int m = 9; m <= 12; m++) {
            for (int d = 3; d <= 24; d += 7) {
                csv.append("2025-").append(m).append("-").append(String.format("%02d", d)).append(",Lunch,Dining,Cafe,")
                        .append(10 + d).append(".50\n");
            }
        }
        csv.append("2026-03-04,Feast,Dining,Cafe,160.00\n");
        csv.append("2026-03-05,Coffee,Dining,Cafe,12.50\n");
        csv.append("2026-03-07,Coffee,Dining,Cafe,12.50\n");
        Path file = dir.resolve("spending.csv");
        Files.writeString(file, csv);
        assertThat(cli.run("import", "--user", "alice", file.toString()).code()).isZero();
    }

    @Test
    void listsInsightsOfTheMonthWithReasonsAndDismissesByKey() {
        var r = cli.run("insights", "--user", "alice", "--month", "2026-03");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("unusual:17").contains("$160.00").contains("× your usual Dining expense")
                .contains("duplicate:19").contains("same amount at Cafe as on 2026-03-05")
                .endsWith("2 insights in 2026-03; hide one with --dismiss KEY.\n");
        assertThat(cli.run("insights", "--user", "bob", "--dismiss", "unusual:17").err())
                .isEqualTo("spendsense: No expense with id 17.\n");
        assertThat(cli.run("insights", "--user", "alice", "--dismiss", "unusual:17").out())
                .isEqualTo("Dismissed unusual:17.\n");
        assertThat(cli.run("insights", "--user", "alice", "--month", "2026-03").out())
                .doesNotContain("unusual:17").contains("duplicate:19");
        // this month (the clock says March 2026) is the default
        assertThat(cli.run("insights", "--user", "alice").out()).contains("1 insight in 2026-03");
        assertThat(cli.run("insights", "--user", "bob").out()).isEqualTo("Nothing unusual in 2026-03.\n");
    }

    @Test
    void aBadSensitivityIsAUserError() {
        var r = cli.run("insights", "--user", "alice", "--sensitivity", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("spendsense: sensitivity must be greater than 0\n");
    }
}
