package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk insert (SQLite's batches, PostgreSQL's COPY) stores every value as given — quotes, commas, line breaks,
 * empty and missing text, references — and leaves the search dictionary as row-by-row inserts would.
 */
@BothDatabases
class BulkValuesTest {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    Database db;
    TestDatabase database;
    Transactions tx;
    ExpenseRepository expenses;
    long alice;
    long food;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        db = Database.open(database.location());
        tx = db.transactions();
        expenses = new ExpenseRepository(tx);
        tx.run(() -> {
            alice = new UserRepository(tx).create("alice", "Alice", null, "h", "USD", NOW).id();
            food = new CategoryRepository(tx).create(alice, "Food", "#ff0000", List.of()).id();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyValueIsStoredAsGiven() {
        var texts = List.of("plain", "with, comma", "with \"quotes\"", "two\nlines", "", "  padded  ", "Café 😀",
                "back\\slash", "\\N", "NULL");
        var drafts = new ArrayList<ExpenseDraft>();
        var references = new ArrayList<String>();
        for (int i = 0; i < texts.size(); i++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2026, 1, 1 + i), new BigDecimal(i + 1 + ".05"), food,
                    texts.get(i), texts.get(texts.size() - 1 - i), i % 2 == 0 ? null : texts.get(i)));
            references.add(i % 3 == 0 ? null : "ref," + i);
        }
        tx.run(() -> expenses.insertAll(alice, drafts, references, NOW));
        List<Expense> stored = tx.inTransaction(() -> expenses.page(alice, ExpenseFilter.ALL,
                new ExpenseSort(ExpenseSort.Field.DATE, true), 0, 100).items());
        assertThat(stored).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            var e = stored.get(i);
            var d = drafts.get(i);
            assertThat(e.date()).isEqualTo(d.date());
            assertThat(e.amount()).isEqualByComparingTo(d.amount());
            assertThat(e.description()).isEqualTo(ExpenseRepository.nullToEmpty(d.description()));
            assertThat(e.payee()).isEqualTo(ExpenseRepository.nullToEmpty(d.payee()));
            assertThat(e.notes()).isEqualTo(ExpenseRepository.blankToNull(d.notes()));
        }
        var known = tx.inTransaction(() -> expenses.knownReferences(alice, List.of("ref,1", "ref,2", "ref,3")));
        assertThat(known).containsExactlyInAnyOrder("ref,1", "ref,2");
        assertThat(dictionary()).isEqualTo(expected(stored));
    }

    @Test
    void aFailedBulkInsertLeavesNothing() {
        var bad = List.of(new ExpenseDraft(LocalDate.of(2026, 1, 6), BigDecimal.ONE, food, "ok", "Shop", null),
                new ExpenseDraft(LocalDate.of(2026, 1, 7), BigDecimal.TEN, 999_999, "no such category", "X", null));
        assertThatThrownBy(() -> tx.run(() -> expenses.insertAll(alice, bad, NOW)));
        assertThat(tx.inTransaction(() -> expenses.count(alice))).isZero();
        assertThat(tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withMin(new BigDecimal("0.01"),
                false))).count()).isZero();
        assertThat(dictionary()).isEmpty();
    }

    @Test
    void aLoadLargeBesideTheTableBuildsTheSameIndexesAgainAndAFailedOneKeepsThem() {
        var before = indexes();
        assertThat(before).as("the secondary indexes the migrations make").hasSizeGreaterThan(5);
        var drafts = BulkInsertTest.many(BulkLoad.REBUILD_FROM, food);
        tx.run(() -> expenses.insertAll(alice, drafts, NOW));
        assertThat(indexes()).isEqualTo(before);
        assertThat(tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL)).count())
                .isEqualTo(BulkLoad.REBUILD_FROM);
        assertThat(tx.inTransaction(() -> expenses.page(alice, ExpenseFilter.ALL.withText("burger 4"),
                ExpenseSort.NEWEST_FIRST, 0, 10).total())).isEqualTo(11L * BulkLoad.REBUILD_FROM / 50);

        // a second large load that fails on its last row: no row of it, and every index still there
        var bad = new ArrayList<>(drafts);
        bad.addAll(drafts);
        bad.add(new ExpenseDraft(LocalDate.of(2026, 1, 7), BigDecimal.TEN, 999_999, "no such category", "X", null));
        assertThatThrownBy(() -> tx.run(() -> expenses.insertAll(alice, bad, NOW)));
        assertThat(indexes()).isEqualTo(before);
        assertThat(tx.inTransaction(() -> expenses.count(alice))).isEqualTo(BulkLoad.REBUILD_FROM);
    }

    /** The definitions of the indexes on expenses, from the database's own catalog. */
    private Set<String> indexes() {
        String sql = database.postgres()
                ? "select indexdef from pg_indexes where tablename = 'expenses'"
                : "select sql from sqlite_master where type = 'index' and tbl_name = 'expenses' and sql is not null";
        return tx.inTransaction(() -> new TreeSet<>(tx.session().createNativeQuery(sql, String.class)
                .getResultList()));
    }

    /** The search dictionary's texts of alice. */
    private Set<String> dictionary() {
        return tx.inTransaction(() -> new TreeSet<>(tx.session().createNativeQuery(
                "select text from search_texts where user_id = :u", String.class).setParameter("u", alice)
                .getResultList()));
    }

    /** What the row-by-row triggers store: each non-empty text, as lower() holds it. */
    private static Set<String> expected(List<Expense> rows) {
        var texts = new TreeSet<String>();
        for (var e : rows) {
            for (String t : new String[] {e.payee(), e.description(), e.notes()}) {
                if (t != null && !t.isEmpty()) {
                    texts.add(SearchTexts.lower(t));
                }
            }
        }
        return texts;
    }
}
