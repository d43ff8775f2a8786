package io.spendsense.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CSV layouts a user imported with choices of their own (table {@code import_layouts}): per user and layout
 * fingerprint, what to read the file with. Every query carries the owner's id.
 */
public final class LayoutRepository {
    private static final String COLUMNS = "fingerprint, encoding, delimiter, skip_lines, date_format, date_order, sign,"
            + " decimal_comma, date_column, amount_column, description_column, payee_column, category_column";
    private final Transactions tx;

    public LayoutRepository(Transactions tx) {
        this.tx = tx;
    }

    /** One saved layout; every choice may be null (detect). Enum choices are their names. */
    public record Layout(String fingerprint, String encoding, Character delimiter, Integer skipLines,
                         String dateFormat, String dateOrder, String sign, Boolean decimalComma, String dateColumn,
                         String amountColumn, String descriptionColumn, String payeeColumn, String categoryColumn) {
    }

    public Optional<Layout> find(long userId, String fingerprint) {
        var found = select("select " + COLUMNS + " from import_layouts where user_id = ? and fingerprint = ?",
                userId, fingerprint);
        return found.stream().findFirst();
    }

    /** The user's saved layouts, oldest first (a user has a few: one per bank export that needed choices). */
    public List<Layout> list(long userId) {
        return select("select " + COLUMNS + " from import_layouts where user_id = ? order by id", userId, null);
    }

    /** Saves the choices for the layout, replacing what was saved for it before. */
    public void save(long userId, Layout layout, Instant now) {
        tx.session().doWork(c -> {
            int updated;
            try (var ps = c.prepareStatement("update import_layouts set encoding = ?, delimiter = ?, skip_lines = ?,"
                    + " date_format = ?, date_order = ?, sign = ?, decimal_comma = ?, date_column = ?,"
                    + " amount_column = ?, description_column = ?, payee_column = ?, category_column = ?,"
                    + " updated_at = ? where user_id = ? and fingerprint = ?")) {
                int i = bind(ps, layout, 1);
                ps.setLong(i++, now.toEpochMilli());
                ps.setLong(i++, userId);
                ps.setString(i, layout.fingerprint());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (var ps = c.prepareStatement("insert into import_layouts (encoding, delimiter, skip_lines,"
                        + " date_format, date_order, sign, decimal_comma, date_column, amount_column,"
                        + " description_column, payee_column, category_column, created_at, updated_at, user_id,"
                        + " fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int i = bind(ps, layout, 1);
                    ps.setLong(i++, now.toEpochMilli());
                    ps.setLong(i++, now.toEpochMilli());
                    ps.setLong(i++, userId);
                    ps.setString(i, layout.fingerprint());
                    ps.executeUpdate();
                }
            }
        });
    }

    private static int bind(PreparedStatement ps, Layout l, int i) throws SQLException {
        ps.setString(i++, l.encoding());
        ps.setString(i++, l.delimiter() == null ? null : String.valueOf(l.delimiter()));
        if (l.skipLines() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, l.skipLines());
        }
        ps.setString(i++, l.dateFormat());
        ps.setString(i++, l.dateOrder());
        ps.setString(i++, l.sign());
        if (l.decimalComma() == null) {
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setBoolean(i++, l.decimalComma());
        }
        ps.setString(i++, l.dateColumn());
        ps.setString(i++, l.amountColumn());
        ps.setString(i++, l.descriptionColumn());
        ps.setString(i++, l.payeeColumn());
        ps.setString(i++, l.categoryColumn());
        return i;
    }

    private List<Layout> select(String sql, long userId, String fingerprint) {
        var out = new ArrayList<Layout>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setLong(1, userId);
                if (fingerprint != null) {
                    ps.setString(2, fingerprint);
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(layout(rs));
                    }
                }
            }
        });
        return out;
    }

    private static Layout layout(ResultSet rs) throws SQLException {
        String delimiter = rs.getString(3);
        int skip = rs.getInt(4);
        Integer skipLines = rs.wasNull() ? null : skip;
        boolean comma = rs.getBoolean(8);
        Boolean decimalComma = rs.wasNull() ? null : comma;
        return new Layout(rs.getString(1), rs.getString(2), delimiter == null || delimiter.isEmpty() ? null
                : delimiter.charAt(0), skipLines, rs.getString(5), rs.getString(6), rs.getString(7), decimalComma,
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }
}
