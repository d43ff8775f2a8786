package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What moving data ({@link TableCopy}) does differently on each database: how it lists the tables and columns, reads a
 * consistent snapshot, reads a value, writes rows (COPY on PostgreSQL, JDBC batches on SQLite) and what it suspends
 * or resets around the load. Chosen once per database from its {@link Vendor}.
 */
interface CopySide {
    static CopySide of(Vendor vendor) {
        return vendor instanceof PostgresVendor ? PostgresSide.INSTANCE : SqliteSide.INSTANCE;
    }

    /** The database's tables (its own internals, such as SQLite's {@code sqlite_} tables, left out). */
    List<String> tables(Connection c) throws SQLException;

    /** Begins the read-only transaction that reads every table from one snapshot. */
    void beginSnapshot(Connection c) throws SQLException;

    /** Rows fetched at a time from a table with a column of {@code kind}s (bytes: a few, they may be 20 MB each). */
    void fetchSize(java.sql.Statement statement, boolean bytes) throws SQLException;

    /** The value of column {@code index} as {@link Column.Kind} says: Long, String, LocalDate, Boolean or byte[]. */
    Object read(ResultSet rs, int index, Column.Kind kind) throws SQLException;

    /** A writer of {@code table}'s rows into {@code c}, in the caller's transaction. */
    RowWriter writer(Connection c, String table, List<Column> columns) throws SQLException;

    /**
     * Prepares the target for a load of {@code expenses} expenses; what it returns, closed after the last table,
     * rebuilds what was suspended and the derived tables.
     */
    Load beginLoad(Connection c, Vendor vendor, long expenses) throws SQLException;

    /** After a table is loaded: PostgreSQL's identity sequence moves past its largest id. */
    void afterTable(Connection c, String table) throws SQLException;

    /** A column: its name and the kind of value it holds. */
    record Column(String name, Kind kind) {
        /** The kinds of value SpendSense's columns hold. */
        enum Kind {
            INTEGER, TEXT, DATE, BOOLEAN, BYTES;

            /** From the database's name of the column's type ({@code int8}, {@code VARCHAR(32)}, {@code bytea}). */
            static Kind of(String typeName) {
                String t = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
                if (t.contains("int")) {
                    return INTEGER;
                }
                if (t.startsWith("bool") || t.equals("bit")) {
                    return BOOLEAN;
                }
                if (t.equals("date")) {
                    return DATE;
                }
                if (t.contains("blob") || t.contains("bytea") || t.contains("binary")) {
                    return BYTES;
                }
                return TEXT;
            }
        }
    }

    /** Rows into one table. */
    interface RowWriter extends AutoCloseable {
        void write(Object[] row) throws SQLException;

        /** Writes what is pending; the rows are in the table when it returns. */
        @Override
        void close() throws SQLException;
    }

    /** What {@link #beginLoad} suspended, put back by {@link #close()}. */
    interface Load extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    /** The embedded file. */
    final class SqliteSide implements CopySide {
        static final SqliteSide INSTANCE = new SqliteSide();

        @Override
        public List<String> tables(Connection c) throws SQLException {
            return names(c, "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%'"
                    + " escape '\\' order by name");
        }

        @Override
        public void beginSnapshot(Connection c) throws SQLException {
            c.setAutoCommit(false);
            SqliteVendor.INSTANCE.readOnly(c);
        }

        @Override
        public void fetchSize(Statement statement, boolean bytes) {
            // SQLite steps through the rows as they are read
        }

        @Override
        public Object read(ResultSet rs, int index, Column.Kind kind) throws SQLException {
            Object value = rs.getObject(index);
            if (value == null) {
                return null;
            }
            return switch (kind) {
                case INTEGER -> ((Number) value).longValue();
                case TEXT -> rs.getString(index);
                case DATE -> LocalDate.parse(rs.getString(index));
                case BOOLEAN -> value instanceof Boolean b ? b : ((Number) value).longValue() != 0;
                case BYTES -> rs.getBytes(index);
            };
        }

        @Override
        public RowWriter writer(Connection c, String table, List<Column> columns) throws SQLException {
            return new BatchInsert(c, table, columns);
        }

        /**
         * The import path's suspension ({@link BulkLoad}): the per-row month-totals and search triggers of expenses
         * are dropped (the search texts are copied as they are), and, for a large load, the expenses' indexes, built
         * again from the sorted rows at the end; then the month totals are computed from the expenses in one
         * statement.
         */
        @Override
        public Load beginLoad(Connection c, Vendor vendor, long expenses) throws SQLException {
            BulkLoad load = BulkLoad.begin(c, (int) Math.min(Integer.MAX_VALUE, expenses));
            return () -> {
                try (Statement st = c.createStatement()) {
                    String month = vendor.monthOf("expense_date");
                    st.executeUpdate("insert into expense_month_totals (user_id, month, category_id, total_cents,"
                            + " expense_count) select user_id, " + month + ", category_id, sum(amount_cents), count(*)"
                            + " from expenses group by user_id, " + month + ", category_id");
                }
                load.close();
            };
        }

        @Override
        public void afterTable(Connection c, String table) {
            // ids are rowids: SQLite numbers the next row past the largest
        }
    }

    /** The household server. */
    final class PostgresSide implements CopySide {
        static final PostgresSide INSTANCE = new PostgresSide();

        @Override
        public List<String> tables(Connection c) throws SQLException {
            return names(c, "select table_name from information_schema.tables where table_schema = current_schema()"
                    + " and table_type = 'BASE TABLE' order by table_name");
        }

        @Override
        public void beginSnapshot(Connection c) throws SQLException {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }

        @Override
        public void fetchSize(Statement statement, boolean bytes) throws SQLException {
            statement.setFetchSize(bytes ? 8 : 5_000);
        }

        @Override
        public Object read(ResultSet rs, int index, Column.Kind kind) throws SQLException {
            Object value = switch (kind) {
                case INTEGER -> rs.getLong(index);
                case TEXT -> rs.getString(index);
                case DATE -> rs.getObject(index, LocalDate.class);
                case BOOLEAN -> rs.getBoolean(index);
                case BYTES -> rs.getBytes(index);
            };
            return rs.wasNull() ? null : value;
        }

        @Override
        public RowWriter writer(Connection c, String table, List<Column> columns) throws SQLException {
            return new CopyRows(c, table, columns);
        }

        /** Nothing is suspended: the triggers are statement-level, once per COPY. The planner's statistics after. */
        @Override
        public Load beginLoad(Connection c, Vendor vendor, long expenses) {
            return () -> {
                try (Statement st = c.createStatement()) {
                    st.execute("analyze expenses");
                    st.execute("analyze search_texts");
                }
            };
        }

        @Override
        public void afterTable(Connection c, String table) throws SQLException {
            var identities = new ArrayList<String>();
            try (var ps = c.prepareStatement("select column_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = ? and is_identity = 'YES'")) {
                ps.setString(1, table);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        identities.add(rs.getString(1));
                    }
                }
            }
            for (String column : identities) {
                String sql = "select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), coalesce(max("
                        + column + "), 0) + 1, false) from " + table;
                try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                    rs.next();
                }
            }
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        var names = new ArrayList<String>();
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
