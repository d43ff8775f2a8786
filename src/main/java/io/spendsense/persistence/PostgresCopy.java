package io.spendsense.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk insert of expenses (the import path; SQLite's is {@link BulkLoad}): one {@code COPY ... FROM
 * STDIN} of CSV text streamed through pgjdbc's {@code CopyManager}, in the caller's transaction. Nothing is suspended:
 * the month-totals and search triggers are statement-level (V2, V14), so they run once for the whole COPY, set-based.
 * After a load large beside the table the planner's statistics are gathered again, as on SQLite.
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
        boolean analyze = rows.size() >= BulkLoad.REBUILD_FROM && rebuildShare(connection, rows.size());
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
        if (analyze) {
            try (Statement st = connection.createStatement()) {
                st.execute("analyze expenses");
            }
        }
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
