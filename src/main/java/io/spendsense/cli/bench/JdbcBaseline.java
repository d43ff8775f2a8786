package io.spendsense.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.Money;
import io.spendsense.persistence.Database;
import io.spendsense.persistence.DatabaseException;

/**
 * The yardstick for the import benchmark: the same rows inserted with nothing but a sqlite-jdbc batch in one
 * transaction, into a fresh database with the same schema and its indexes, without the month totals the import
 * path also maintains. Not used by the application.
 */
public final class JdbcBaseline {
    private JdbcBaseline() {
    }

    /**
     * Creates the database at {@code file} with one user and the given categories (ids 1..n in list order), then
     * inserts the drafts, whose category ids index that list. Returns the nanoseconds the expense inserts took.
     */
    public static long insert(Path file, List<String> categoryNames, List<ExpenseDraft> drafts) {
        try (Database db = Database.open(file); Connection c = db.dataSource().getConnection()) {
            long now = Instant.now().toEpochMilli();
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement("insert into users (id, username, username_key,"
                    + " display_name, password_hash, currency, created_at, updated_at)"
                    + " values (1, 'bench', 'bench', 'bench', 'x', 'USD', ?, ?)")) {
                u.setLong(1, now);
                u.setLong(2, now);
                u.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into categories (id, user_id, name, name_key, color)"
                    + " values (?, 1, ?, ?, '#8c8c8c')")) {
                for (int i = 0; i < categoryNames.size(); i++) {
                    ps.setLong(1, i + 1);
                    ps.setString(2, categoryNames.get(i));
                    ps.setString(3, categoryNames.get(i).toLowerCase(java.util.Locale.ROOT));
                    ps.executeUpdate();
                }
            }
            c.commit();
            long start = System.nanoTime();
            // The bare insert, as a yardstick: no month totals (the import path drops this trigger too).
            Database.dropMonthTotalsInsertTrigger(c);
            try (PreparedStatement ps = c.prepareStatement("insert into expenses (user_id, category_id, amount_cents,"
                    + " expense_date, description, payee, notes, created_at, updated_at)"
                    + " values (1, ?, ?, ?, ?, ?, null, ?, ?)")) {
                int pending = 0;
                for (ExpenseDraft d : drafts) {
                    ps.setLong(1, d.categoryId());
                    ps.setLong(2, Money.toMinor(d.amount(), 2)); // the bench user is in USD
                    ps.setString(3, d.date().toString());
                    ps.setString(4, d.description());
                    ps.setString(5, d.payee());
                    ps.setLong(6, now);
                    ps.setLong(7, now);
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return System.nanoTime() - start;
        } catch (SQLException e) {
            throw new DatabaseException("Baseline insert failed: " + e.getMessage(), e);
        }
    }
}
