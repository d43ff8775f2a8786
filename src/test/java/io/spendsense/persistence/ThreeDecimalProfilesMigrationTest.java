package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;

import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V19: a profile in a three-decimal currency had its amounts in hundredths; after it they are thousandths of the same
 * amounts (expenses, month totals, budgets and their history, rule bounds, recurring templates), and a dollar
 * profile's stay as they were.
 */
class ThreeDecimalProfilesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aDinarProfilesHundredthsBecomeThousandthsOfTheSameAmounts() throws SQLException {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(Database.MIGRATIONS).target("17")
                .load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            var st = c.createStatement();
            st.execute("insert into users (id, username, username_key, display_name, password_hash, currency,"
                    + " created_at, updated_at) values (1, 'dana', 'dana', 'Dana', 'h', 'BHD', 0, 0),"
                    + " (2, 'bob', 'bob', 'Bob', 'h', 'USD', 0, 0)");
            st.execute("insert into categories (id, user_id, name, name_key, color) values"
                    + " (5, 1, 'Dining', 'dining', '#000000'), (6, 2, 'Dining', 'dining', '#000000')");
            st.execute("insert into expenses (user_id, category_id, amount_cents, expense_date, created_at,"
                    + " updated_at) values (1, 5, 1234, '2026-03-06', 0, 0), (1, 5, 1, '2026-03-07', 0, 0),"
                    + " (2, 6, 1250, '2026-03-06', 0, 0)");
            st.execute("insert into budgets (id, user_id, category_id, limit_cents, rollover, start_month, created_at,"
                    + " updated_at) values (1, 1, 5, 10050, false, '2026-01', 0, 0),"
                    + " (2, 2, 6, 10000, false, '2026-01', 0, 0)");
            st.execute("insert into budget_limits (budget_id, from_month, limit_cents) values (1, '2026-01', 10050),"
                    + " (2, '2026-01', 10000)");
            st.execute("insert into category_rules (user_id, position, field, match_kind, pattern, min_cents,"
                    + " max_cents, category_id, created_at) values (1, 1, 'PAYEE', 'CONTAINS', 'souq', 150, null, 5,"
                    + " 0)");
            st.execute("insert into recurring_templates (user_id, category_id, amount_cents, schedule_kind,"
                    + " schedule_day, start_date, created_at, updated_at)"
                    + " values (1, 5, 999, 'MONTHLY', 1, '2026-03-01', 0, 0)");
        }

        try (var db = Database.open(file)) {
            var tx = db.transactions();
            var expenses = new ExpenseRepository(tx);
            var march = ExpenseFilter.of(new Period(YearMonth.of(2026, 3).atDay(1), YearMonth.of(2026, 3)
                    .atEndOfMonth()));
            // the month totals (whole months) and the rows (a day) agree
            assertThat(tx.inTransaction(() -> expenses.totals(1, march)).total()).isEqualByComparingTo("12.35");
            assertThat(tx.inTransaction(() -> expenses.totals(1, ExpenseFilter.of(new Period(
                    java.time.LocalDate.of(2026, 3, 7), java.time.LocalDate.of(2026, 3, 7))))).total())
                    .isEqualByComparingTo("0.01");
            assertThat(tx.inTransaction(() -> expenses.totals(2, march)).total()).isEqualByComparingTo("12.50");
            var budgets = new BudgetRepository(tx);
            var dining = tx.inTransaction(() -> budgets.find(1, 1)).orElseThrow();
            assertThat(dining.limit()).isEqualByComparingTo("100.50");
            assertThat(dining.limits()).containsExactly(new BudgetLimit(YearMonth.of(2026, 1),
                    new BigDecimal("100.500")));
            assertThat(tx.inTransaction(() -> budgets.find(2, 2)).orElseThrow().limit()).isEqualByComparingTo("100");
            assertThat(tx.inTransaction(() -> new RuleRepository(tx).list(1)).get(0).min())
                    .isEqualByComparingTo("1.50");
            assertThat(tx.inTransaction(() -> new RecurringRepository(tx).list(1)).get(0).amount())
                    .isEqualByComparingTo("9.99");
            try (Connection c = db.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("select user_id, sum(total_cents) from"
                         + " expense_month_totals group by user_id order by user_id")) {
                rs.next();
                assertThat(rs.getLong(2)).isEqualTo(12350);
                rs.next();
                assertThat(rs.getLong(2)).isEqualTo(1250);
            }
        }
    }
}
