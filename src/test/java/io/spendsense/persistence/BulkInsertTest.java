package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk path drops the month-totals insert trigger inside its transaction; it must always come back. */
class BulkInsertTest {
    @TempDir
    Path dir;
    Database db;
    ExpenseRepository expenses;
    long alice;
    long food;
    final Instant now = Instant.parse("2026-03-20T10:00:00Z");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("b.db"));
        expenses = new ExpenseRepository(db.transactions());
        db.transactions().run(() -> {
            alice = new UserRepository(db.transactions()).create("alice", "Alice", null, "h", "USD", now).id();
            food = new CategoryRepository(db.transactions()).create(alice, "Food", "#ff0000", List.of()).id();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    ExpenseDraft draft(String date, String amount, long category) {
        return new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount), category, "Lunch", "Chipotle", null);
    }

    boolean triggerExists() throws SQLException {
        try (var c = db.dataSource().getConnection(); var rs = c.createStatement().executeQuery(
                "select count(*) from sqlite_master where type = 'trigger' and name = 'expense_month_totals_insert'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    @Test
    void bulkRowsAreInTheMonthTotalsAndTheTriggerIsBack() throws SQLException {
        db.transactions().run(() -> expenses.insertAll(alice, List.of(draft("2026-01-05", "10.00", food),
                draft("2026-01-31", "2.50", food), draft("2026-02-01", "1.00", food)), now));
        assertThat(triggerExists()).isTrue();
        db.transactions().run(() -> {
            new CategoryRepository(db.transactions()).find(alice, food).orElseThrow(); // insert's contract
            expenses.insert(alice, draft("2026-01-06", "5.00", food), now);
        });
        var totals = db.transactions().inTransaction(() -> expenses.byMonth(alice, ExpenseFilter.ALL));
        assertThat(totals).extracting(t -> t.month().toString(), t -> t.total().toPlainString(), t -> t.count())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-01", "17.50", 3L),
                        org.assertj.core.groups.Tuple.tuple("2026-02", "1.00", 1L));
    }

    @Test
    void aFailedBulkInsertRollsBackRowsAndTotalsAndKeepsTheTrigger() throws SQLException {
        db.transactions().run(() -> expenses.insertAll(alice, List.of(draft("2026-01-05", "10.00", food)), now));
        assertThatThrownBy(() -> db.transactions().run(() -> expenses.insertAll(alice,
                List.of(draft("2026-01-06", "3.00", food), draft("2026-01-07", "4.00", 999)), now)));
        assertThat(triggerExists()).isTrue();
        var totals = db.transactions().inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL));
        assertThat(totals.count()).isEqualTo(1);
        assertThat(totals.total()).isEqualByComparingTo("10.00");
        assertThat(db.transactions().inTransaction(() -> expenses.count(alice))).isEqualTo(1);
    }

    /** The schema's indexes and triggers on expenses, by name with their SQL, and the search dictionary. */
    private java.util.Map<String, String> schemaAndTexts() throws SQLException {
        var out = new java.util.TreeMap<String, String>();
        try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
            try (var rs = st.executeQuery("select type || ' ' || name, sql from sqlite_master"
                    + " where tbl_name = 'expenses' and sql is not null")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            try (var rs = st.executeQuery("select group_concat(text, '|') from (select text from search_texts"
                    + " order by text)")) {
                rs.next();
                out.put("texts", rs.getString(1));
            }
            try (var rs = st.executeQuery("select count(*) from search_texts_fts where search_texts_fts match"
                    + " '\"rger 1\"'")) {
                rs.next();
                out.put("indexed", rs.getString(1));
            }
        }
        return out;
    }

    /** {@code n} drafts in {@code food} over 300 days, 50 descriptions, two spellings of one payee, some notes. */
    static List<ExpenseDraft> many(int n, long food) {
        var drafts = new java.util.ArrayList<ExpenseDraft>();
        for (int k = 0; k < n; k++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2026, 1, 1).plusDays(k % 300),
                    new BigDecimal(1 + k % 97 + ".25"), food, "Burger " + (k % 50), k % 3 == 0 ? "SHACK" : "Shack",
                    k % 7 == 0 ? "Note " + k % 5 : null));
        }
        return drafts;
    }

    @Test
    void aLargeLoadRebuildsTheIndexesAndLeavesTheSchemaAndTextsAsRowByRowInsertsWould() throws Exception {
        var drafts = many(BulkLoad.REBUILD_FROM, food);
        // the same rows inserted one by one (through the triggers) in a second database
        var reference = Database.open(dir.resolve("r.db"));
        try {
            var repo = new ExpenseRepository(reference.transactions());
            reference.transactions().run(() -> {
                long user = new UserRepository(reference.transactions()).create("alice", "Alice", null, "h", "USD", now)
                        .id();
                long category = new CategoryRepository(reference.transactions()).create(user, "Food", "#ff0000",
                        List.of()).id();
                for (var d : drafts.subList(0, 700)) {
                    repo.insert(user, new ExpenseDraft(d.date(), d.amount(), category, d.description(), d.payee(),
                            d.notes()), now);
                }
            });
            try (var c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                try (var load = BulkLoad.begin(c, drafts.size())) {
                    assertThat(load.rebuildsIndexes()).isTrue();
                }
                c.rollback();
            }
            var before = schemaAndTexts();
            db.transactions().run(() -> expenses.insertAll(alice, drafts, now));
            var after = schemaAndTexts();
            assertThat(after).containsOnlyKeys(before.keySet());
            before.remove("texts");
            before.remove("indexed");
            assertThat(after).containsAllEntriesOf(before);
            var db2 = db;
            db = reference;
            var referenceTexts = schemaAndTexts();
            db = db2;
            assertThat(after.get("texts")).isEqualTo(referenceTexts.get("texts")).endsWith("|shack");
            assertThat(after.get("indexed")).isEqualTo(referenceTexts.get("indexed")).isEqualTo("11");
        } finally {
            reference.close();
        }
        var totals = db.transactions().inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL));
        assertThat(totals.count()).isEqualTo(BulkLoad.REBUILD_FROM);
        assertThat(db.transactions().inTransaction(() -> expenses.page(alice, ExpenseFilter.ALL.withText("burger 4"),
                io.spendsense.domain.ExpenseSort.NEWEST_FIRST, 0, 10).total())).isEqualTo(11L * BulkLoad.REBUILD_FROM
                / 50);
    }

    @Test
    void onlyALoadLargeBesideTheTableRebuildsTheIndexes() {
        assertThat(BulkLoad.rebuilds(BulkLoad.REBUILD_FROM, 0)).isTrue();
        assertThat(BulkLoad.rebuilds(BulkLoad.REBUILD_FROM - 1, 0)).as("a small file").isFalse();
        assertThat(BulkLoad.rebuilds(250_000, 1_000_000)).isTrue();
        assertThat(BulkLoad.rebuilds(249_999, 1_000_000)).as("a month's statement into ten years").isFalse();
    }
}
