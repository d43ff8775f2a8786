package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQLite's writer of copied rows ({@link CopySide.SqliteSide}): one prepared insert with every column, run in JDBC
 * batches of up to {@value #ROWS} rows or about {@value #BYTES} bytes of files, whichever comes first.
 */
final class BatchInsert implements CopySide.RowWriter {
    private static final int ROWS = 1_000;
    private static final long BYTES = 32L * 1024 * 1024;
    private final PreparedStatement insert;
    private final List<CopySide.Column> columns;
    private int pending;
    private long pendingBytes;

    BatchInsert(Connection c, String table, List<CopySide.Column> columns) throws SQLException {
        this.columns = columns;
        this.insert = c.prepareStatement("insert into " + table + " ("
                + columns.stream().map(CopySide.Column::name).collect(Collectors.joining(", ")) + ") values ("
                + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public void write(Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int p = i + 1;
            if (v == null) {
                insert.setNull(p, Types.NULL);
                continue;
            }
            switch (columns.get(i).kind()) {
                case INTEGER -> insert.setLong(p, (Long) v);
                case TEXT -> insert.setString(p, (String) v);
                case DATE -> insert.setString(p, v.toString());
                case BOOLEAN -> insert.setBoolean(p, (Boolean) v);
                case BYTES -> {
                    insert.setBytes(p, (byte[]) v);
                    pendingBytes += ((byte[]) v).length;
                }
                default -> throw new IllegalStateException("unknown kind " + columns.get(i).kind());
            }
        }
        insert.addBatch();
        if (++pending >= ROWS || pendingBytes >= BYTES) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
        }
        pending = 0;
        pendingBytes = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
