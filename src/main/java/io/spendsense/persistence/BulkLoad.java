package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * SQLite's bulk insert of expenses ({@link SqliteVendor#insertExpenses}; PostgreSQL's is {@link PostgresCopy}). What
 * it suspends inside its own transaction, and restores before it commits (decision
 * 0003, and 0015 for the indexes): the per-row triggers (month totals, search texts), whose work the import does
 * set-based, and, for a load that is large beside the table, the secondary indexes, which SQLite builds again from
 * sorted rows faster than it inserts a million random keys into each. Other connections never see anything missing:
 * the drops, the rows and the re-creation are one transaction. The definitions are read from the schema before
 * dropping, so the migrations stay their only source.
 */
final class BulkLoad implements AutoCloseable {
    /** A load rebuilds the indexes when it has at least this many rows ... */
    static final int REBUILD_FROM = 20_000;
    /** ... and at least this share (1/n) of the rows already in the table. */
    static final int REBUILD_SHARE = 4;

    private static final List<String> TRIGGERS = List.of("expense_month_totals_insert", "expenses_search_ai");
    /** The page cache while loading (KiB, negative as SQLite takes it): the indexes' pages stay in memory. */
    private static final int CACHE_KIB = 256 * 1024;

    private final Connection connection;
    private final List<String> restore = new ArrayList<>();
    private final long previousCache;
    private final boolean rebuilt;

    private BulkLoad(Connection connection, boolean rebuild) throws SQLException {
        this.connection = connection;
        this.rebuilt = rebuild;
        this.previousCache = pragma("cache_size");
        try (Statement st = connection.createStatement()) {
            st.execute("pragma cache_size = -" + CACHE_KIB);
            if (rebuild) {
                st.execute("pragma threads = 2");
            }
        }
        for (String trigger : TRIGGERS) {
            restore.add(drop(connection, "trigger", trigger));
        }
        if (rebuild) {
            for (String index : secondaryIndexes()) {
                restore.add(drop(connection, "index", index));
            }
        }
    }

    /**
     * Inserts the rows in JDBC batches inside the caller's transaction (SQLite's import path): the per-row triggers are
     * suspended ({@link #begin}), the rows are added to the month totals with one statement per month and category,
     * and their distinct texts to the search dictionary.
     */
    static void insert(Connection connection, long userId, List<ExpenseRow> rows, long millis) throws SQLException {
        var sums = new HashMap<String, long[]>();
        var texts = new HashSet<String>();
        try (var load = begin(connection, rows.size());
             PreparedStatement ps = connection.prepareStatement(
                "insert into expenses (user_id, category_id, amount_cents, expense_date, description, payee, notes,"
                        + " created_at, updated_at, import_ref, original_currency, original_minor, rate,"
                        + " rate_estimated) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ExpenseRow row : rows) {
                String date = row.date().toString();
                ps.setLong(1, userId);
                ps.setLong(2, row.categoryId());
                ps.setLong(3, row.cents());
                ps.setString(4, date);
                ps.setString(5, row.description());
                ps.setString(6, row.payee());
                ps.setString(7, row.notes());
                ps.setLong(8, millis);
                ps.setLong(9, millis);
                ps.setString(10, row.reference());
                row.bindOriginal(ps, 11);
                ps.addBatch();
                texts.add(row.payee());
                texts.add(row.description());
                texts.add(row.notes());
                long[] sum = sums.computeIfAbsent(date.substring(0, 7) + "|" + row.categoryId(), k -> new long[2]);
                sum[0] += row.cents();
                sum[1]++;
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            addToMonthTotals(connection, userId, sums);
            load.addSearchTexts(userId, texts);
        }
    }

    private static void addToMonthTotals(Connection connection, long userId, Map<String, long[]> sums)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update expense_month_totals"
                + " set total_cents = total_cents + ?, expense_count = expense_count + ?"
                + " where user_id = ? and month = ? and category_id = ?");
             PreparedStatement insert = connection.prepareStatement("insert into expense_month_totals"
                     + " (user_id, month, category_id, total_cents, expense_count) values (?, ?, ?, ?, ?)")) {
            for (var entry : sums.entrySet()) {
                String month = entry.getKey().substring(0, 7);
                long categoryId = Long.parseLong(entry.getKey().substring(8));
                long[] sum = entry.getValue();
                update.setLong(1, sum[0]);
                update.setLong(2, sum[1]);
                update.setLong(3, userId);
                update.setString(4, month);
                update.setLong(5, categoryId);
                if (update.executeUpdate() == 0) {
                    insert.setLong(1, userId);
                    insert.setString(2, month);
                    insert.setLong(3, categoryId);
                    insert.setLong(4, sum[0]);
                    insert.setLong(5, sum[1]);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Suspends what a load of {@code rows} rows does not need row by row. */
    static BulkLoad begin(Connection connection, int rows) throws SQLException {
        if (rows < REBUILD_FROM) {
            return new BulkLoad(connection, false);   // no need to count the table
        }
        long existing;
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("select count(*) from expenses")) {
            rs.next();
            existing = rs.getLong(1);
        }
        return new BulkLoad(connection, rebuilds(rows, existing));
    }

    /** Whether a load of {@code rows} into a table of {@code existing} rows drops and rebuilds the indexes. */
    static boolean rebuilds(int rows, long existing) {
        return rows >= REBUILD_FROM && (long) rows * REBUILD_SHARE >= existing;
    }

    /** Whether this load dropped the indexes (for tests and the benchmark's note). */
    boolean rebuildsIndexes() {
        return rebuilt;
    }

    /**
     * Adds the distinct texts of the loaded rows to the search dictionary (what the insert trigger does per row), as
     * SQLite's {@code lower()} of each, so that it holds exactly what the trigger would have stored.
     */
    void addSearchTexts(long userId, Collection<String> texts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert or ignore into search_texts (user_id, text) values (?, lower(?))")) {
            int pending = 0;
            for (String text : texts) {
                if (text == null || text.isEmpty()) {
                    continue;
                }
                ps.setLong(1, userId);
                ps.setString(2, text);
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /**
     * Creates the indexes and triggers again and puts the cache back; the caller's transaction commits them. After a
     * rebuild the query planner's statistics are gathered again ({@code ANALYZE}): with them SQLite reads a rare
     * payee's few rows through the text indexes instead of walking the date index past a million others (0.4 s
     * against 2 ms); after a smaller load {@code PRAGMA optimize} refreshes them when the table grew enough to need it.
     */
    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : restore) {
                st.executeUpdate(sql);
            }
            st.execute(rebuilt ? "analyze expenses" : "pragma optimize");
            st.execute("pragma cache_size = " + previousCache);
            if (rebuilt) {
                st.execute("pragma threads = 0");
            }
        }
    }

    private List<String> secondaryIndexes() throws SQLException {
        var names = new ArrayList<String>();
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("select name from sqlite_master where type = 'index' and tbl_name = 'expenses'"
                     + " and sql is not null and sql not like 'create unique%' collate nocase order by name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Drops a trigger or an index (in the caller's transaction) and returns the SQL that creates it again. */
    static String drop(Connection connection, String type, String name) throws SQLException {
        String sql;
        try (var ps = connection.prepareStatement("select sql from sqlite_master where type = ? and name = ?")) {
            ps.setString(1, type);
            ps.setString(2, name);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException(type + " " + name + " is missing");
                }
                sql = rs.getString(1);
            }
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("drop " + type + " " + name);
        }
        return sql;
    }

    private long pragma(String name) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("pragma " + name)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
