package io.spendsense.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A look at a database file without opening it as the app does (no migration, no Hibernate, nothing written:
 * {@code query_only}): SQLite's {@code integrity_check}, the row count of every table, and whether the month totals
 * the triggers keep still add up to the expenses (a transaction that was cut in half would show there). For the
 * crash-safety suite and for support ({@code spendsense db-check}).
 */
public final class DatabaseCheck {
    static {
        SqliteNativeLibrary.prepare();   // before sqlite-jdbc loads its native library
    }

    private DatabaseCheck() {
    }

    /** What the check found: {@code integrity} is "ok" when SQLite found nothing wrong. */
    public record Report(String integrity, Map<String, Long> rows, long expenseDigest, List<String> problems) {
        public boolean ok() {
            return "ok".equals(integrity) && problems.isEmpty();
        }
    }

    public static Report check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException("There is no database at " + file + ".", null);
        }
        var config = new SQLiteConfig();
        config.setBusyTimeout(Database.busyTimeoutMillis());
        var ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("pragma query_only = 1");
            c.setAutoCommit(false);   // one snapshot for all the counts
            var integrity = new ArrayList<String>();
            try (ResultSet rs = s.executeQuery("pragma integrity_check")) {
                while (rs.next()) {
                    integrity.add(rs.getString(1));
                }
            }
            var tables = new ArrayList<String>();
            try (ResultSet rs = s.executeQuery("select name from sqlite_master where type = 'table'"
                    + " and name not like 'sqlite_%' order by name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            var rows = new LinkedHashMap<String, Long>();
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + t.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    rows.put(t, rs.getLong(1));
                }
            }
            long digest = 0;
            if (tables.contains("expenses")) {
                // changes to any expense's category, payee, amount or date change it (a rule applied halfway would)
                try (ResultSet rs = s.executeQuery("select coalesce(sum(id * 7 + category_id * 131 + amount_cents * 3"
                        + " + length(payee) * 17 + unicode(substr(payee, 1, 1)) * 5 + julianday(expense_date)), 0)"
                        + " from expenses")) {
                    rs.next();
                    digest = rs.getLong(1);
                }
            }
            var problems = new ArrayList<String>();
            if (tables.contains("expense_month_totals") && tables.contains("expenses")) {
                try (ResultSet rs = s.executeQuery("select count(*) from (select user_id, substr(expense_date, 1, 7) m,"
                        + " category_id, sum(amount_cents) total, count(*) n from expenses group by 1, 2, 3) e"
                        + " full outer join expense_month_totals t on t.user_id = e.user_id and t.month = e.m"
                        + " and t.category_id = e.category_id"
                        + " where e.n is null or t.expense_count is null or e.n <> t.expense_count"
                        + " or e.total <> t.total_cents")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        problems.add(rs.getLong(1) + " month totals do not match the expenses");
                    }
                }
            }
            c.rollback();
            return new Report(String.join("; ", integrity), rows, digest, problems);
        } catch (SQLException e) {
            return new Report("cannot be read: " + e.getMessage(), Map.of(), 0, List.of());
        }
    }
}
