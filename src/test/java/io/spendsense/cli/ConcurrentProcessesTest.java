package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.spendsense.persistence.Database;
import io.spendsense.persistence.DatabaseBusyException;
import io.spendsense.persistence.DatabaseCheck;
import io.spendsense.persistence.WriteLockHolder;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.Services;
import io.spendsense.service.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several SpendSense processes on one database file, as when the app is open beside a command or two commands run
 * at once: readers never wait for a writer, a writer waits for another (and past the busy timeout says so in one
 * plain line), and no write is lost. Each command is a real {@code java} process; the "long write" is either a
 * transaction held open by this test (a real SQLite write lock on the file) or an import of a large file.
 */
class ConcurrentProcessesTest {
    private static final String BUSY_LINE = "spendsense: " + DatabaseBusyException.MESSAGE + "\n";
    @TempDir
    static Path dir;
    static Path db;
    static Map<String, String> env;

    @BeforeAll
    static void aliceWithAYearOfExpenses() throws IOException {
        db = dir.resolve("shared.db");
        env = Map.of("SPENDSENSE_PASSWORD", TestUsers.PASSWORD, "SPENDSENSE_DB", db.toString());
        try (var services = Services.openForTests(db, Clock.systemDefaultZone())) {
            var alice = TestUsers.signedUp(services, "alice");
            services.importer().importFile(alice, csv("year.csv", 1_000, "seed"), ImportOptions.DEFAULT);
        }
    }

    @Test
    void readCommandsFinishWhileAnotherProcessHoldsAWriteTransactionAndThatWriteIsKept() throws Exception {
        long users = count("users");
        try (var holder = new WriteLockHolder(db)) {
            var reads = List.of(
                    start("list", "--user", "alice", "--limit", "5"),
                    start("ask", "--user", "alice", "How much did I spend on dining in 2025?"),
                    start("summary", "--user", "alice", "--year", "2025"));
            for (var read : reads) {
                var r = read.await(60);
                assertThat(r.code()).as("%s", r).isZero();
                assertThat(r.err()).as("%s", r).isEmpty();
                // finished while the write lock was held: they did not wait for it (the busy timeout is 15 s)
                assertThat(holder.holding()).isTrue();
            }
            holder.commit();
        }
        assertThat(count("users")).isEqualTo(users + 1);
    }

    @Test
    void aWriterWaitsForTheOtherWriterAndThenSucceedsWithBothWritesKept() throws Exception {
        long users = count("users");
        try (var holder = new WriteLockHolder(db)) {
            var write = start("budget", "set", "--user", "alice", "--category", "Dining", "--limit", "321");
            Thread.sleep(2_500);   // the process starts, signs in and waits for the lock
            assertThat(write.isAlive()).isTrue();
            holder.commit();
            var r = write.await(60);
            assertThat(r.code()).as("%s", r).isZero();
            assertThat(r.err()).as("%s", r).isEmpty();
        }
        assertThat(count("users")).isEqualTo(users + 1);
        assertThat(scalar("select count(*) from budget_limits where limit_cents = 32100")).isEqualTo(1);
    }

    @Test
    void writersBlockedPastTheBusyTimeoutSayTheDatabaseIsBusyInOnePlainLine() throws Exception {
        Path file = csv("blocked.csv", 50, "blocked");
        long expenses = count("expenses");
        try (var holder = new WriteLockHolder(db)) {
            var quick = List.of("-D" + Database.BUSY_TIMEOUT_PROPERTY + "=1000");
            var writers = List.of(
                    SpendSenseProcess.start(dir, env, quick, "budget", "set", "--user", "alice", "--overall",
                            "--limit", "2000"),
                    SpendSenseProcess.start(dir, env, quick, "import", "--user", "alice", file.toString()));
            for (var w : writers) {
                var r = w.await(60);
                assertThat(r.code()).as("%s", r).isEqualTo(Cli.USER_ERROR);
                assertThat(r.err()).as("%s", r).isEqualTo(BUSY_LINE);
                assertThat(r.out()).as("%s", r).isEmpty();
            }
        }
        assertThat(count("expenses")).isEqualTo(expenses);
        assertThat(start("import", "--user", "alice", file.toString()).await(60).code()).isZero();
        assertThat(count("expenses")).isEqualTo(expenses + 50);
    }

    @Test
    void readsSucceedDuringALongImportInAnotherProcessAndTheImportIsWhole() throws Exception {
        Path big = csv("big.csv", 40_000, "big");
        long expenses = count("expenses");
        var importer = start("import", "--user", "alice", big.toString());
        // the readers start while the importer reads its file and then inserts (about 2 s each, one after another)
        var reads = new ArrayList<SpendSenseProcess>();
        for (String command : List.of("list", "ask", "summary")) {
            Thread.sleep(700);
            reads.add(switch (command) {
                case "list" -> start("list", "--user", "alice", "--limit", "3");
                case "ask" -> start("ask", "--user", "alice", "What did I spend this year?");
                default -> start("summary", "--user", "alice");
            });
        }
        for (var read : reads) {
            var r = read.await(60);
            assertThat(r.code()).as("%s", r).isZero();
            assertThat(r.err()).as("%s", r).isEmpty();
        }
        var imported = importer.await(120);
        assertThat(imported.code()).as("%s", imported).isZero();
        assertThat(count("expenses")).isEqualTo(expenses + 40_000);
        assertThat(consistentMonthTotals()).isTrue();
    }

    @Test
    void simultaneousImportsOfTheSameFileImportItExactlyOnceAndAnotherWriterBesideThemLands() throws Exception {
        Path file = csv("same.csv", 2_000, "same");
        long expenses = count("expenses");
        var imports = new ArrayList<SpendSenseProcess>();
        var budgets = new ArrayList<SpendSenseProcess>();
        for (int i = 0; i < 3; i++) {
            imports.add(start("import", "--user", "alice", file.toString()));
        }
        budgets.add(start("budget", "set", "--user", "alice", "--category", "Groceries", "--limit", "777"));
        int whole = 0;
        for (var p : imports) {
            var r = p.await(120);
            assertThat(r.code()).as("%s", r).isZero();
            assertThat(r.err()).as("%s", r).isEmpty();
            assertThat(r.out()).as("%s", r).matches("(?s)Imported (2000|0) expenses from same\\.csv.*");
            whole += r.out().startsWith("Imported 2000 ") ? 1 : 0;
        }
        for (var p : budgets) {
            var r = p.await(120);
            assertThat(r.code()).as("%s", r).isZero();
            assertThat(r.err()).as("%s", r).isEmpty();
        }
        assertThat(whole).isEqualTo(1);
        assertThat(count("expenses")).isEqualTo(expenses + 2_000);
        assertThat(scalar("select count(*) from budget_limits where limit_cents = 77700")).isEqualTo(1);
    }

    private static SpendSenseProcess start(String... args) {
        return SpendSenseProcess.start(dir, env, List.of(), args);
    }

    /** A CSV of {@code rows} distinct expenses in 2025 (no two alike, so none is a duplicate of another). */
    private static Path csv(String name, int rows, String tag) throws IOException {
        var sb = new StringBuilder("date,description,category,payee,amount\n");
        String[] categories = {"Dining", "Groceries", "Transport", "Shopping", "Utilities"};
        for (int i = 0; i < rows; i++) {
            sb.append(LocalDate.of(2025, 1, 1).plusDays(i % 365)).append(',').append(tag).append(" row ").append(i)
                    .append(',').append(categories[i % categories.length]).append(",Payee ").append(i % 97).append(',')
                    .append(1 + i % 200).append('.').append(String.format("%02d", i % 100)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private static long count(String table) throws SQLException {
        return scalar("select count(*) from " + table);
    }

    private static long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); var rs = c.createStatement()
                .executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean consistentMonthTotals() {
        return DatabaseCheck.check(db).ok();
    }
}
