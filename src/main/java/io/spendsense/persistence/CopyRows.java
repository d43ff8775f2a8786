package io.spendsense.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's writer of copied rows ({@link CopySide.PostgresSide}): one {@code COPY ... FROM STDIN} of CSV text per
 * table, streamed to the server in pieces of about {@value #CHUNK} characters, as the import's {@link PostgresCopy}.
 * Null is an empty field, text is always quoted (so an empty text stays empty), bytes are {@code bytea}'s hex form.
 */
final class CopyRows implements CopySide.RowWriter {
    private static final int CHUNK = 256 * 1024;
    private static final HexFormat HEX = HexFormat.of();
    private final CopyIn copy;
    private final List<CopySide.Column> columns;
    private final StringBuilder text = new StringBuilder(CHUNK + 4096);

    CopyRows(Connection c, String table, List<CopySide.Column> columns) throws SQLException {
        this.columns = columns;
        this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " ("
                + columns.stream().map(CopySide.Column::name).collect(Collectors.joining(", "))
                + ") from stdin with (format csv)");
    }

    @Override
    public void write(Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            Object v = row[i];
            if (v == null) {
                continue;
            }
            switch (columns.get(i).kind()) {
                case INTEGER, DATE -> text.append(v);
                case TEXT -> PostgresCopy.field(text, (String) v);
                case BOOLEAN -> text.append((Boolean) v ? 't' : 'f');
                case BYTES -> bytes((byte[]) v);
                default -> throw new IllegalStateException("unknown kind " + columns.get(i).kind());
            }
        }
        text.append('\n');
        if (text.length() >= CHUNK) {
            send();
        }
    }

    /** {@code \x} and the hex digits, sent on as they grow (a file may be 20 MB). */
    private void bytes(byte[] value) throws SQLException {
        text.append("\\x");
        int step = CHUNK / 2;
        for (int from = 0; from < value.length; from += step) {
            text.append(HEX.formatHex(value, from, Math.min(value.length, from + step)));
            if (text.length() >= CHUNK) {
                send();
            }
        }
    }

    private void send() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            send();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
