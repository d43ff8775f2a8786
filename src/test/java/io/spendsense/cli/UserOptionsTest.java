package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The one prelude of the profile commands: open, sign in, catch up recurring expenses, run, close. */
class UserOptionsTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    final List<Services> opened = new ArrayList<>();
    final StringWriter err = new StringWriter();

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Mixin
        UserOptions user;
        boolean generateDue = true;
        long expensesSeen = -1;
        String signedInAs;

        @Override
        public Integer call() {
            UserOptions.SignedInWork<RuntimeException> work = (services, who) -> {
                signedInAs = who.username();
                expensesSeen = services.summaries().count(who, ExpenseFilter.ALL);
                return 7;
            };
            return generateDue ? user.runSignedIn(database, work)
                    : user.runSignedInWithoutGeneratingDue(database, work);
        }
    }

    @BeforeEach
    void aliceHasAMonthlyBillDue() {
        try (var services = Services.openForTests(db(), clock)) {
            var alice = TestUsers.signedUp(services, "alice");
            long housing = services.categories().findByName(alice, "Housing").orElseThrow().id();
            services.recurring().create(alice, new RecurringDraft(new BigDecimal("1000"), housing, "Landlord", "Rent",
                    Schedule.monthly(1), LocalDate.of(2026, 3, 1), null));
        }
    }

    @Test
    void runsTheWorkSignedInAfterCreatingDueRecurringExpensesAndCloses() {
        var probe = new Probe();
        assertThat(run(probe, CliHarness.PASSWORD)).isEqualTo(7);
        assertThat(probe.signedInAs).isEqualTo("alice");
        assertThat(probe.expensesSeen).isEqualTo(1);
        assertClosed();
    }

    @Test
    void withoutGeneratingDueLeavesTheRecurringExpensesToTheWork() {
        var probe = new Probe();
        probe.generateDue = false;
        assertThat(run(probe, CliHarness.PASSWORD)).isEqualTo(7);
        assertThat(probe.expensesSeen).isZero();
        assertClosed();
    }

    @Test
    void aFailedSignInRunsNothingAndStillClosesTheServices() {
        var probe = new Probe();
        assertThat(run(probe, "wrong password")).isEqualTo(Cli.USER_ERROR);
        assertThat(probe.signedInAs).isNull();
        assertThat(err.toString()).isEqualTo("spendsense: Unknown username or wrong password.\n");
        assertClosed();
    }

    private int run(Probe probe, String password) {
        var env = new CliEnvironment(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new BufferedReader(new StringReader("")), Map.of("SPENDSENSE_PASSWORD", password), clock, false);
        var cmd = new CommandLine(new SpendSenseCommand(env, (file, c) -> {
            var services = Services.openForTests(file, c);
            opened.add(services);
            return services;
        })).addSubcommand(probe);
        cmd.setErr(env.err());
        cmd.setExecutionExceptionHandler(new UserErrorHandler());
        int code = cmd.execute("probe", "--user", "alice", "--db", db().toString());
        env.err().flush();
        return code;
    }

    private void assertClosed() {
        assertThat(opened).hasSize(1);
        assertThatThrownBy(() -> opened.get(0).auth().listUsers()).isInstanceOf(IllegalStateException.class);
    }

    private Path db() {
        return dir.resolve("cli.db");
    }
}
