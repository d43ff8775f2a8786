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
}
