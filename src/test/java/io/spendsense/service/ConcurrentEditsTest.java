package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two application contexts on one database, as two computers on a household server (or two windows on one file):
 * an edit made from a copy that the other changed meanwhile is refused with the current values, never overwrites.
 */
@BothDatabases
class ConcurrentEditsTest {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services here;
    Services there;
    SignedInUser alice;
    SignedInUser aliceThere;
    long dining;
    long groceries;

    @BeforeEach
    void open(TestDatabase database) {
        here = Services.openForTests(database.location(), clock);
        there = Services.openForTests(database.location(), clock);
        alice = TestUsers.signedUp(here, "alice");
        aliceThere = there.auth().signIn("alice", TestUsers.PASSWORD);
        dining = here.categories().findByName(alice, "Dining").orElseThrow().id();
        groceries = here.categories().findByName(alice, "Groceries").orElseThrow().id();
    }

    @AfterEach
    void close() {
        here.close();
        there.close();
    }

    private ExpenseDraft draft(String amount, String payee) {
        return new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal(amount), dining, "Lunch", payee, null);
    }

    @Test
    void anEditFromACopyTheOtherChangedMeanwhileIsRefusedWithTheCurrentValues() {
        long id = here.expenses().create(alice, draft("12.50", "Chipotle")).id();
        Expense seenHere = here.expenses().find(alice, id).orElseThrow();
        Expense seenThere = there.expenses().find(aliceThere, id).orElseThrow();
        assertThat(seenHere.version()).isEqualTo(seenThere.version());

        Expense changed = there.expenses().update(aliceThere, id, seenThere.version(), draft("20.00", "Chipotle"));
        assertThat(changed.version()).isGreaterThan(seenThere.version());
        assertThat(here.expenses().find(alice, id).orElseThrow().amount()).as("seen here at once")
                .isEqualByComparingTo("20.00");

        assertThatThrownBy(() -> here.expenses().update(alice, id, seenHere.version(), draft("30.00", "Chipotle")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.current().amount()).isEqualByComparingTo("20.00");
                    assertThat(e.current().version()).isEqualTo(changed.version());
                })
                .hasMessageContaining("changed elsewhere").hasMessageContaining("not saved")
                .hasMessageContaining("2026-03-01, 20.00, Dining, Chipotle, \"Lunch\"");
        assertThat(there.expenses().find(aliceThere, id).orElseThrow().amount()).as("nothing overwritten")
                .isEqualByComparingTo("20.00");

        // edited again from what is there now, it is saved
        var current = here.expenses().find(alice, id).orElseThrow();
        assertThat(here.expenses().update(alice, id, current.version(), draft("30.00", "Chipotle")).amount())
                .isEqualByComparingTo("30.00");
    }

    @Test
    void aRuleAppliedOrACategoryMergedElsewhereCountsAsAChange() {
        long id = here.expenses().create(alice, draft("8.00", "Corner Shop")).id();
        Expense seen = here.expenses().find(alice, id).orElseThrow();
        var rule = new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "corner", null, null,
                groceries, null, null);
        there.rules().apply(aliceThere, there.rules().add(aliceThere, rule).id());
        assertThat(here.expenses().find(alice, id).orElseThrow().categoryId()).isEqualTo(groceries);
        assertThatThrownBy(() -> here.expenses().update(alice, id, seen.version(), draft("9.00", "Corner Shop")))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("Groceries");

        Expense afterRule = here.expenses().find(alice, id).orElseThrow();
        long takeaway = there.categories().create(aliceThere, "Takeaway", null, null).id();
        there.categories().merge(aliceThere, groceries, takeaway);
        assertThatThrownBy(() -> here.expenses().update(alice, id, afterRule.version(), draft("9.00", "Corner Shop")))
                .isInstanceOf(EditConflictException.class).hasMessageContaining("Takeaway");
    }

    @Test
    void ofTwoEditsOfTheSameCopyAtOnceExactlyOneIsSaved() throws Exception {
        long id = here.expenses().create(alice, draft("5.00", "Cafe")).id();
        int version = here.expenses().find(alice, id).orElseThrow().version();
        var barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<Future<Expense>>();
            results.add(pool.submit(() -> {
                barrier.await();
                return here.expenses().update(alice, id, version, draft("6.00", "Cafe"));
            }));
            results.add(pool.submit(() -> {
                barrier.await();
                return there.expenses().update(aliceThere, id, version, draft("7.00", "Cafe"));
            }));
            var saved = new ArrayList<Expense>();
            var refused = new ArrayList<Throwable>();
            for (var r : results) {
                try {
                    saved.add(r.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertThat(saved).hasSize(1);
            assertThat(refused).singleElement().isInstanceOf(EditConflictException.class);
            assertThat(here.expenses().find(alice, id).orElseThrow().amount())
                    .isEqualByComparingTo(saved.get(0).amount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUndoneDeleteBringsTheExpenseBackWithItsIdAndVersion() {
        long id = here.expenses().create(alice, draft("5.00", "Cafe")).id();
        var edited = here.expenses().update(alice, id, 0, draft("6.00", "Cafe"));
        here.expenses().delete(alice, id);
        assertThat(there.expenses().find(aliceThere, id)).as("gone for the other too").isEmpty();
        var back = here.expenses().undelete(alice, List.of(edited)).get(0);
        assertThat(back.id()).isEqualTo(id);
        assertThat(back.version()).isEqualTo(edited.version());
        assertThat(back.createdAt()).isEqualTo(edited.createdAt());
        // the copy the other window held before the delete matches again
        assertThat(there.expenses().update(aliceThere, id, edited.version(), draft("7.00", "Cafe")).amount())
                .isEqualByComparingTo("7.00");
        assertThat(here.summaries().totals(alice, io.spendsense.domain.ExpenseFilter.ALL).total())
                .isEqualByComparingTo("7.00");
    }

    @Test
    void theCommandLinesEditWithoutAVersionStillSavesAndCountsUp() {
        long id = here.expenses().create(alice, draft("5.00", "Cafe")).id();
        int before = here.expenses().find(alice, id).orElseThrow().version();
        there.expenses().update(aliceThere, id, draft("5.50", "Cafe"));
        assertThat(here.expenses().find(alice, id).orElseThrow().version()).isGreaterThan(before);
        assertThat(List.of(here.expenses().find(alice, id).orElseThrow().amount())).singleElement()
                .satisfies(a -> assertThat(a).isEqualByComparingTo("5.50"));
    }
}
