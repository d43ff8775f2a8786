package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.YearMonth;

import io.spendsense.domain.BudgetLimit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11: the budgets of a file made before limit histories keep their limit for every month since their start. */
class BudgetLimitsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingBudgetsGetTheirLimitFromTheirStartMonthAndLoseItWithTheBudget() throws SQLException {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations(Database.MIGRATIONS).target("10")
                .load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            var st = c.createStatement();
            st.execute("insert into users (id, username, username_key, display_name, password_hash, created_at,"
                    + " updated_at) values (1, 'a', 'a', 'A', 'h', 0, 0), (2, 'b', 'b', 'B', 'h', 0, 0)");
            st.execute("insert into categories (id, user_id, name, name_key, color) values (5, 1, 'Dining', 'dining',"
                    + " '#000000')");
            st.execute("insert into budgets (id, user_id, category_id, limit_cents, rollover, start_month, created_at,"
                    + " updated_at) values (1, 1, 5, 40000, true, '2026-01', 0, 0),"
                    + " (2, 2, null, 123456, false, '2025-11', 0, 0)");
        }

        try (var db = Database.open(file)) {
            var repo = new BudgetRepository(db.transactions());
            var dining = db.transactions().inTransaction(() -> repo.find(1, 1)).orElseThrow();
            assertThat(dining.limits()).containsExactly(new BudgetLimit(YearMonth.of(2026, 1),
                    new BigDecimal("400.00")));
            assertThat(db.transactions().inTransaction(() -> repo.list(2)).get(0).limits()).containsExactly(
                    new BudgetLimit(YearMonth.of(2025, 11), new BigDecimal("1234.56")));
            assertThat(db.transactions().inTransaction(() -> repo.find(2, 1))).isEmpty();

            db.transactions().run(() -> repo.delete(1, 1));
            try (Connection c = db.dataSource().getConnection();
                 var rs = c.createStatement().executeQuery("select budget_id from budget_limits")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(2);
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
