package io.spendsense.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk insert of expenses (the import path; SQLite's is {@link BulkLoad}): one {@code COPY ... FROM
 * STDIN} of CSV text streamed through pgjdbc's {@code CopyManager}, in the caller's transaction. The month-totals and
 * search triggers are statement-level (V2, V14), so they run once for the whole COPY, set-based. A load large beside
 * the table ({@link BulkLoad#rebuilds}) drops the secondary indexes first and builds them again after the rows, in the
 * same transaction, then gathers the planner's statistics, as on SQLite: a million rows load in about a third of the
 * time that keeping nine indexes up to date row by row takes. Other sessions reading expenses wait for that
 * transaction (the drop locks the table), which only a first import of a large history does; nothing half-built is
 * ever seen, and a failure rolls the drops back with the rows.
 */
final class PostgresCopy {
    private static final String COPY = "copy expenses (user_id, category_id, amount_cents, expense_date, description,"
            + " payee, notes, created_at, updated_at, import_ref, original_currency, original_minor, rate,"
            + " rate_estimated) from stdin with (format csv)";
    /** Text is handed to the server in pieces of about this many characters. */
    private static final int CHUNK = 64 * 1024;

    private PostgresCopy() {
    }

    static void insert(Connection connection, long userId, List<ExpenseRow> rows, long millis) throws SQLException {
        boolean rebuild = rows.size() >= BulkLoad.REBUILD_FROM && rebuildShare(connection, rows.size());
        List<String> indexes = rebuild ? dropSecondaryIndexes(connection) : List.of();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            var text = new StringBuilder(CHUNK + 4096);
            for (ExpenseRow row : rows) {
                text.append(userId).append(',').append(row.categoryId()).append(',').append(row.cents()).append(',')
                        .append(row.date()).append(',');
                field(text, row.description()).append(',');
                field(text, row.payee()).append(',');
                field(text, row.notes()).append(',');
                text.append(millis).append(',').append(millis).append(',');
                field(text, row.reference()).append(',');
                field(text, row.originalCurrency()).append(',');
                if (row.originalMinor() != null) {
                    text.append(row.originalMinor());
                }
                text.append(',');
                field(text, row.rate()).append(',').append(row.rateEstimated()).append('\n');
                if (text.length() >= CHUNK) {
                    write(copy, text);
                }
            }
            write(copy, text);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        if (rebuild) {
            try (Statement st = connection.createStatement()) {
                for (String index : indexes) {
                    st.execute(index);
                }
                st.execute("analyze expenses");
            }
        }
    }

    /**
     * Drops the expenses' secondary indexes (not the primary key, not a unique one) in the caller's transaction and
     * returns their definitions, read from the catalog so that the migrations stay their only source. Their builds
     * get a larger sort memory for this transaction only.
     */
    static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        var definitions = new ArrayList<String>();
        var names = new ArrayList<String>();
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("select quote_ident(c.relname), pg_get_indexdef(i.indexrelid) from pg_index i"
                     + " join pg_class c on c.oid = i.indexrelid where i.indrelid = 'expenses'::regclass"
                     + " and not i.indisprimary and not i.indisunique order by c.relname")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("set local maintenance_work_mem = '256MB'");
            for (String name : names) {
                st.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** Whether the load is large beside the table ({@link BulkLoad#rebuilds}): then the statistics are stale. */
    private static boolean rebuildShare(Connection connection, int rows) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("select count(*) from expenses")) {
            rs.next();
            return BulkLoad.rebuilds(rows, rs.getLong(1));
        }
    }

    /** A CSV field: null as nothing (COPY's NULL), any text quoted (so an empty one stays empty, not null). */
    static StringBuilder field(StringBuilder text, String value) {
        if (value != null) {
            text.append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return text;
    }

    private static void write(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }
}
