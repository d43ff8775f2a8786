package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application contexts on one database (two computers on a household server, or the app and a command on one
 * file; decision 0021): the same file imported by both at once is stored once, and a change made by one is seen by
 * the other's watcher, never by another profile's.
 */
@BothDatabases
class WorkingTogetherTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services here;
    Services there;
    SignedInUser alice;
    SignedInUser aliceThere;
    long dining;

    @BeforeEach
    void open(TestDatabase database) {
        here = Services.openForTests(database.location(), clock);
        there = Services.openForTests(database.location(), clock);
        alice = TestUsers.signedUp(here, "alice");
        aliceThere = there.auth().signIn("alice", TestUsers.PASSWORD);
        dining = here.categories().findByName(alice, "Dining").orElseThrow().id();
    }

    @AfterEach
    void close() {
        here.close();
        there.close();
    }

    private ExpenseDraft draft(String amount, String payee) {
        return new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal(amount), dining, "Lunch", payee, null);
    }

    /** A statement of {@code rows} different expenses in March 2026. */
    private Path statement(int rows) throws Exception {
        var csv = new StringBuilder("date,description,category,payee,amount\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(String.format("2026-03-%02d,Order %d,Dining,Shop %d,%d.%02d%n", 1 + i % 28, i, i % 7,
                    3 + i, i % 100));
        }
        Path file = dir.resolve("march.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Imports {@code file} from both contexts at once, on two threads; the reports, first the one that stored. */
    private List<ImportReport> importAtOnce(Path file) throws Exception {
        var barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var reports = new ArrayList<Future<ImportReport>>();
            reports.add(pool.submit(() -> {
                barrier.await();
                return here.importer().importFile(alice, file, ImportOptions.DEFAULT);
            }));
            reports.add(pool.submit(() -> {
                barrier.await();
                return there.importer().importFile(aliceThere, file, ImportOptions.DEFAULT);
            }));
            var done = new ArrayList<ImportReport>();
            for (var r : reports) {
                done.add(r.get(120, TimeUnit.SECONDS));
            }
            done.sort(Comparator.comparingInt(ImportReport::imported).reversed());
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameFileImportedFromTwoContextsAtOnceIsStoredOnce() throws Exception {
        var reports = importAtOnce(statement(300));
        assertThat(reports).extracting(ImportReport::imported).containsExactly(300, 0);
        assertThat(reports.get(1).duplicatesSkipped()).as("the second says they were already there").isEqualTo(300);
        assertThat(reports.get(1).duplicatesInWords()).isNotBlank();
        var all = here.expenses().page(alice, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 1000).items();
        assertThat(all).hasSize(300);
        assertThat(all.stream().map(e -> e.description()).distinct().count()).as("one copy of each row")
                .isEqualTo(300);
        assertThat(there.summaries().totals(aliceThere, ExpenseFilter.ALL).count()).as("the month totals agree")
                .isEqualTo(300);
    }

    @Test
    void theSameStatementWithIdsImportedFromTwoContextsAtOnceIsStoredOnce() throws Exception {
        Path file = dir.resolve("bank-v1.ofx");
        try (var in = getClass().getResourceAsStream("/io/spendsense/service/imports/bank-v1.ofx")) {
            Files.copy(Objects.requireNonNull(in), file);
        }
        var reports = importAtOnce(file);
        assertThat(reports).extracting(ImportReport::imported).containsExactly(3, 0);
        assertThat(reports.get(1).duplicatesByReference()).as("known by their statement ids").isEqualTo(3);
        assertThat(here.summaries().totals(alice, ExpenseFilter.ALL).count()).isEqualTo(3);
    }

    @Test
    void aChangeMadeInOneContextReachesTheOthersWatcherWithinTwoSeconds() throws Exception {
        var changed = new CountDownLatch(1);
        try (var watcher = there.changes().watcher(aliceThere)) {
            assertThat(watcher.poll()).as("the first reading sets the start").isFalse();
            watcher.onChange(changed::countDown).start();
            here.expenses().create(alice, draft("12.50", "Chipotle"));
            // generous: a watcher that is never told fails here, a slow machine does not
            assertThat(changed.await(30, TimeUnit.SECONDS)).as("told of the change made elsewhere").isTrue();
        }
    }

    @Test
    void aWatcherIsNotToldOfItsOwnContextsChangesButOfEveryoneElses() {
        try (var watcher = here.changes().watcher(alice, Duration.ofHours(1))) {
            var told = new ArrayList<String>();
            watcher.onChange(() -> told.add("changed"));
            watcher.poll();
            here.expenses().create(alice, draft("1.00", "Own"));
            assertThat(watcher.poll()).as("our own change").isFalse();
            there.expenses().create(aliceThere, draft("2.00", "Theirs"));
            assertThat(watcher.poll()).as("a change elsewhere").isTrue();
            assertThat(watcher.poll()).as("told once").isFalse();
            // ours and theirs between two readings: theirs must not hide behind ours
            here.expenses().create(alice, draft("3.00", "Own"));
            there.expenses().create(aliceThere, draft("4.00", "Theirs"));
            here.expenses().create(alice, draft("5.00", "Own"));
            assertThat(watcher.poll()).isTrue();
            assertThat(told).hasSize(2);
        }
    }

    @Test
    void anotherProfilesChangesDoNotMoveTheCounterNorTellTheWatcher() {
        var bob = TestUsers.signedUp(there, "bob");
        long bobsDining = there.categories().findByName(bob, "Dining").orElseThrow().id();
        long before = here.changes().count(alice);
        try (var watcher = here.changes().watcher(alice, Duration.ofHours(1))) {
            watcher.poll();
            there.expenses().create(bob, new ExpenseDraft(LocalDate.of(2026, 3, 2), new BigDecimal("9.99"),
                    bobsDining, "Bob's", "Cafe", null));
            there.categories().create(bob, "Hobbies", null, null);
            assertThat(watcher.poll()).as("Alice is not told of Bob's changes").isFalse();
            assertThat(here.changes().count(alice)).isEqualTo(before);
            assertThat(there.changes().count(bob)).isGreaterThan(0);
            there.categories().create(aliceThere, "Hobbies", null, null);
            assertThat(watcher.poll()).as("but of her own profile's, made elsewhere").isTrue();
        }
    }

    @Test
    void anImportRaisesTheCounterOnceAndAnImportThatAddsNothingNotAtAll() throws Exception {
        Path file = statement(500);
        long before = here.changes().count(alice);
        here.importer().importFile(alice, file, ImportOptions.DEFAULT);
        assertThat(here.changes().count(alice)).as("one transaction, one step, however many rows")
                .isEqualTo(before + 1);
        here.importer().importFile(alice, file, ImportOptions.DEFAULT);
        assertThat(here.changes().count(alice)).as("nothing new").isEqualTo(before + 1);
    }

    @Test
    void everyKindOfChangeRaisesTheCounter() throws Exception {
        long expense = here.expenses().create(alice, draft("10.00", "Cafe")).id();
        var template = new RecurringDraft(new BigDecimal("50.00"), dining, "Gym", "Membership", Schedule.monthly(1),
                LocalDate.of(2026, 1, 1), null);
        List<Consumer<SignedInUser>> changes = List.of(
                who -> here.expenses().update(who, expense, draft("11.00", "Cafe")),
                who -> here.categories().create(who, "Hobbies", null, null),
                who -> here.budgets().set(who, dining, new BigDecimal("200"), false, YearMonth.of(2026, 3)),
                who -> here.recurring().create(who, template),
                who -> here.recurring().generateDue(who),
                who -> here.rules().add(who, new CategoryRule(0, 0, CategoryRule.Field.PAYEE,
                        CategoryRule.Kind.CONTAINS, "cafe", null, null, dining, null, null)),
                who -> here.rates().add(who, LocalDate.of(2026, 3, 1), "EUR", new BigDecimal("1.08")),
                who -> here.expenses().delete(who, expense));
        for (int i = 0; i < changes.size(); i++) {
            long before = there.changes().count(aliceThere);
            changes.get(i).accept(alice);
            assertThat(there.changes().count(aliceThere)).as("change %d", i).isEqualTo(before + 1);
        }
        long before = there.changes().count(aliceThere);
        here.expenses().find(alice, expense);
        here.summaries().totals(alice, ExpenseFilter.ALL);
        assertThat(there.changes().count(aliceThere)).as("reading changes nothing").isEqualTo(before);
    }

    @Test
    void theCounterIsARowPerProfileThatGoesWithTheProfile(TestDatabase database) throws SQLException {
        here.expenses().create(alice, draft("1.00", "Cafe"));
        try (var c = database.connect(); var s = c.createStatement();
             var rs = s.executeQuery("select user_id, changes from change_counters")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(alice.id());
            assertThat(rs.getLong(2)).isEqualTo(here.changes().count(alice));
        }
    }
}
