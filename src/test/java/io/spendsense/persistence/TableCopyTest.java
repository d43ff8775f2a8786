package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TableCopy}: a file with something in every table goes into the test's database (an SQLite file, or
 * PostgreSQL) and from there into a new file; every row of every table comes back as it was, ids and all.
 */
@BothDatabases
class TableCopyTest {
    private Path dir;
    private DatabaseLocation source;

    @BeforeEach
    void fillASourceFile() throws Exception {
        dir = Files.createTempDirectory("spendsense-copy");
        source = DatabaseLocation.file(dir.resolve("source.db"));
        fill(source);
    }

    @AfterEach
    void removeFiles() throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void aRoundTripThroughTheDatabaseKeepsEveryRowOfEveryTable(TestDatabase db) throws Exception {
        var there = new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(), TableCopy.Into.EMPTY);
        assertThat(there.profiles()).extracting(TableCopy.Profile::username).containsExactly("alice", "bob");
        assertThat(there.profiles().get(0).expenses()).isEqualTo(3);
        assertThat(there.profiles().get(0).attachments()).isEqualTo(2);
        assertThat(rows(db.location())).isEqualTo(rows(source));

        var back = DatabaseLocation.file(dir.resolve("back.db"));
        var progress = new ArrayList<String>();
        new TableCopy((table, done, total) -> progress.add(table + " " + done + "/" + total))
                .copy(db.location(), back, TableCopy.Into.EMPTY);
        assertThat(progress).contains("expenses 0/4", "expenses 4/4", "attachment_contents 2/2");
        var expected = rows(source);
        var found = rows(back);
        assertThat(found.keySet()).isEqualTo(expected.keySet());
        for (String table : expected.keySet()) {
            assertThat(found.get(table)).as(table).isEqualTo(expected.get(table));
        }
        assertThat(expected.get("attachment_contents")).anySatisfy(row -> assertThat(row).contains(allBytesHex()));
        assertThat(expected.get("expense_month_totals")).hasSize(4);
        assertThat(expected.get("search_texts")).isNotEmpty();
    }

    @Test
    void theTargetNumbersNewRowsPastTheCopiedIds(TestDatabase db) throws Exception {
        new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(), TableCopy.Into.EMPTY);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into categories (user_id, name, name_key, color)"
                    + " values (1, 'New', 'new', '#fff')");
            try (var rs = st.executeQuery("select id from categories where name = 'New'")) {
                rs.next();
                assertThat(rs.getLong(1)).isGreaterThan(20);
            }
            st.executeUpdate("insert into search_texts (user_id, text) values (1, 'a text of its own')");
        }
    }

    @Test
    void aTargetWithProfilesIsRefusedNamingThemAndKeptAsItWas(TestDatabase db) throws Exception {
        new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(), TableCopy.Into.EMPTY);
        var before = rows(db.location());
        assertThatThrownBy(() -> new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(),
                TableCopy.Into.EMPTY))
                .isInstanceOfSatisfying(TableCopy.NotEmptyException.class,
                        e -> assertThat(e.profiles()).containsExactly("alice", "bob"))
                .hasMessageContaining("holds the profiles alice, bob");
        assertThat(rows(db.location())).isEqualTo(before);
    }

    @Test
    void aCopyThatDoesNotAddUpIsRolledBackAndSaysWhatDiffers(TestDatabase db) throws Exception {
        var copy = new TableCopy(TableCopy.Progress.NONE).beforeVerify(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from dismissed_insights where user_id = 5");
                st.executeUpdate("delete from expenses where id = 200");
            }
        });
        assertThatThrownBy(() -> copy.copy(source, db.location(), TableCopy.Into.EMPTY))
                .isInstanceOfSatisfying(TableCopy.MismatchException.class, e -> assertThat(e.differences())
                        .contains(new TableCopy.Difference("bob", "expenses: rows", 1, 0),
                                new TableCopy.Difference("bob", "expenses: sum of amount_cents", 999, 0),
                                new TableCopy.Difference("bob", "dismissed_insights: rows", 1, 0)));
        assertThat(count(db.location(), "users")).isZero();
        assertThat(count(db.location(), "expenses")).isZero();
        // and then, without the seam, it copies
        new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(), TableCopy.Into.EMPTY);
        assertThat(count(db.location(), "expenses")).isEqualTo(4);
    }

    @Test
    void replacingTheTargetsDataKeepsNothingOfItsOwn(TestDatabase db) throws Exception {
        var other = DatabaseLocation.file(dir.resolve("other.db"));
        Database.prepare(other).close();
        try (Connection c = connect(other); Statement st = c.createStatement()) {
            st.executeUpdate("insert into users (id, username, username_key, display_name, password_hash,"
                    + " created_at, updated_at) values (3, 'carol', 'carol', 'Carol', 'x', 1, 1)");
        }
        new TableCopy(TableCopy.Progress.NONE).copy(other, db.location(), TableCopy.Into.EMPTY);
        new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(), TableCopy.Into.REPLACE);
        var found = rows(db.location());
        // the change counters are raised past what the target held (nothing: 0), so open windows reload
        assertThat(found.remove("change_counters")).containsExactly("changes=43 user_id=1 ", "changes=8 user_id=5 ");
        var expected = rows(source);
        expected.remove("change_counters");
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void aReplacingCopyKeepsWhatItReplacesInAFileAndRemovesItWhenItFails(TestDatabase db) throws Exception {
        var other = DatabaseLocation.file(dir.resolve("other.db"));
        Database.prepare(other).close();
        try (Connection c = connect(other); Statement st = c.createStatement()) {
            st.executeUpdate("insert into users (id, username, username_key, display_name, password_hash,"
                    + " created_at, updated_at) values (3, 'carol', 'carol', 'Carol', 'x', 1, 1)");
        }
        new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(), TableCopy.Into.EMPTY);
        var before = rows(db.location());

        Path failed = dir.resolve("kept-1.db");
        var broken = new TableCopy(TableCopy.Progress.NONE).beforeVerify(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from users");
            }
        });
        assertThatThrownBy(() -> broken.copy(other, db.location(), TableCopy.Into.REPLACE, failed))
                .isInstanceOf(TableCopy.MismatchException.class);
        assertThat(failed).doesNotExist();
        assertThat(rows(db.location())).isEqualTo(before);

        Path kept = dir.resolve("kept-2.db");
        new TableCopy(TableCopy.Progress.NONE).copy(other, db.location(), TableCopy.Into.REPLACE, kept);
        assertThat(rows(DatabaseLocation.file(kept))).isEqualTo(before);
        var found = rows(db.location());
        assertThat(found.remove("change_counters")).containsExactly("changes=43 user_id=3 ");
        var expected = rows(other);
        expected.remove("change_counters");
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void aTableThisVersionDoesNotKnowIsRefused(TestDatabase db) throws Exception {
        try (Connection c = connect(source); Statement st = c.createStatement()) {
            st.executeUpdate("create table mystery (id integer primary key)");
        }
        assertThatThrownBy(() -> new TableCopy(TableCopy.Progress.NONE).copy(source, db.location(),
                TableCopy.Into.EMPTY)).hasMessageContaining("has a table mystery that this version");
        assertThat(count(db.location(), "users")).isZero();
    }

    @Test
    void theSameDatabaseIsRefused(TestDatabase db) {
        assertThatThrownBy(() -> new TableCopy(TableCopy.Progress.NONE).copy(db.location(), db.location(),
                TableCopy.Into.REPLACE)).hasMessageContaining("the same database");
    }

    @Test
    void aSourceFileThatDoesNotExistIsRefusedAndNotCreated(TestDatabase db) {
        Path missing = dir.resolve("typo.db");
        assertThatThrownBy(() -> new TableCopy(TableCopy.Progress.NONE).copy(DatabaseLocation.file(missing),
                db.location(), TableCopy.Into.EMPTY)).hasMessageContaining("there is no database at " + missing);
        assertThat(missing).doesNotExist();
    }

    static String allBytesHex() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return HexFormat.of().formatHex(all);
    }

    /** Something in every copied table: two profiles, ids with gaps, nulls, a foreign expense, binary content. */
    static void fill(DatabaseLocation file) throws SQLException {
        Database.prepare(file).close();
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            st.executeUpdate("insert into users (id, username, username_key, display_name, email, password_hash,"
                    + " currency, created_at, updated_at, failed_logins, locked_until, is_demo) values"
                    + " (1, 'alice', 'alice', 'Alice A.', 'alice@example.org', '$2a$10$abcdefghijklmnopqrstuv',"
                    + " 'USD', 1700000000000, 1700000000001, 2, 1800000000000, 0),"
                    + " (5, 'bob', 'bob', 'Bob', null, '$2a$10$zyxwvutsrqponmlkjihgfe', 'EUR', 1, 2, 0, null, 1)");
            st.executeUpdate("insert into categories (id, user_id, name, name_key, color, synonyms, archived) values"
                    + " (10, 1, 'Groceries', 'groceries', '#00ff00', 'food|market', 0),"
                    + " (11, 1, 'Rent', 'rent', '#0000ff', '', 0), (12, 1, 'Old', 'old', '#999999', '', 1),"
                    + " (20, 5, 'Café', 'café', '#ff0000', '', 0)");
            st.executeUpdate("insert into expenses (id, user_id, category_id, amount_cents, expense_date, description,"
                    + " payee, notes, created_at, updated_at, import_ref, original_currency, original_minor, rate,"
                    + " rate_estimated, version) values"
                    + " (100, 1, 10, 1234, '2026-01-15', 'Weekly shop', 'Market', null, 10, 11, null, null, null,"
                    + " null, 0, 0),"
                    + " (101, 1, 10, 4340, '2026-02-03', 'Dinner in Paris', 'Chez Ünïcödé', 'a \"quoted\", note',"
                    + " 12, 13, 'FITID-1', 'EUR', 4000, '1.0850', 1, 3),"
                    + " (102, 1, 11, 1020, '2026-02-28', '', 'Tokyo Inn', '', 14, 15, null, 'JPY', 1500, '0.0068',"
                    + " 0, 1),"
                    + " (200, 5, 20, 999, '2025-12-31', 'Croissant', '', null, 16, 17, null, null, null, null, 0, 0)");
            st.executeUpdate("insert into budgets (id, user_id, category_id, limit_cents, rollover, start_month,"
                    + " created_at, updated_at) values (3, 1, 10, 50000, 1, '2026-01', 1, 2),"
                    + " (4, 1, null, 200000, 0, '2025-11', 3, 4)");
            st.executeUpdate("delete from budget_limits");
            st.executeUpdate("insert into budget_limits (id, budget_id, from_month, limit_cents) values"
                    + " (1, 3, '2026-01', 40000), (2, 3, '2026-02', 50000), (6, 4, '2025-11', 200000)");
            st.executeUpdate("insert into recurring_templates (id, user_id, category_id, amount_cents, payee,"
                    + " description, schedule_kind, schedule_every, schedule_day, start_date, end_date,"
                    + " generated_through, created_at, updated_at) values"
                    + " (9, 1, 11, 1020, 'Landlord', 'Rent', 'MONTHLY', 1, 28, '2026-01-28', null, '2026-02-28',"
                    + " 1, 2)");
            st.executeUpdate("insert into recurring_occurrences (template_id, occurrence_date, expense_id) values"
                    + " (9, '2026-01-28', null), (9, '2026-02-28', 102)");
            st.executeUpdate("insert into category_rules (id, user_id, position, field, match_kind, pattern, min_cents,"
                    + " max_cents, category_id, set_payee, created_at) values"
                    + " (2, 1, 0, 'PAYEE', 'CONTAINS', 'market', null, 5000, 10, 'Market', 5),"
                    + " (4, 1, 1, 'EITHER', 'REGEX', '^tokyo.*', 100, null, 11, null, 6)");
            st.executeUpdate("insert into dismissed_insights (user_id, expense_id, kind, dismissed_at) values"
                    + " (1, 101, 'UNUSUAL', 7), (5, 200, 'FIRST_PAYEE', 8)");
            st.executeUpdate("insert into import_layouts (id, user_id, fingerprint, encoding, delimiter, skip_lines,"
                    + " date_format, date_order, sign, decimal_comma, date_column, amount_column, description_column,"
                    + " payee_column, category_column, created_at, updated_at) values"
                    + " (1, 1, 'abc123', 'windows-1252', ';', 2, 'dd.MM.yy', 'DAY_FIRST', 'CHARGES_NEGATIVE', 1,"
                    + " 'Buchungstag', 'Betrag', 'Verwendungszweck', null, null, 9, 10)");
            st.executeUpdate("insert into exchange_rates (id, user_id, rate_date, currency, quote_currency, rate,"
                    + " source, created_at) values (1, 1, '2026-02-03', 'EUR', 'USD', '1.0850', 'entered', 11),"
                    + " (3, 1, '2026-02-28', 'JPY', 'USD', '0.0068', 'file', 12)");
            st.executeUpdate("insert into rate_settings (user_id, download_enabled, download_url, updated_at) values"
                    + " (1, 1, 'http://localhost:9/rates.csv', 13)");
            st.executeUpdate("insert into change_counters (user_id, changes) values (1, 42), (5, 7)");
            try (var ps = c.prepareStatement("insert into attachments (id, expense_id, file_name, media_type,"
                    + " size_bytes, sha256, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, 7);
                ps.setLong(2, 101);
                ps.setString(3, "receipt.pdf");
                ps.setString(4, "application/pdf");
                ps.setLong(5, 256);
                ps.setString(6, "a".repeat(64));
                ps.setLong(7, 14);
                ps.executeUpdate();
                ps.setLong(1, 8);
                ps.setString(3, "photo.jpg");
                ps.setString(4, "image/jpeg");
                ps.setLong(5, 3);
                ps.setString(6, "b".repeat(64));
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("insert into attachment_contents (attachment_id, thumbnail, content)"
                    + " values (?, ?, ?)")) {
                ps.setLong(1, 7);
                ps.setBytes(2, null);
                ps.setBytes(3, HexFormat.of().parseHex(allBytesHex()));
                ps.executeUpdate();
                ps.setLong(1, 8);
                ps.setBytes(2, new byte[] {(byte) 0xff, (byte) 0xd8, 0});
                ps.setBytes(3, new byte[] {0, 0, 0});
                ps.executeUpdate();
            }
        }
    }

    static Connection connect(DatabaseLocation location) throws SQLException {
        var prepared = Database.prepare(location);
        // the SQLite data source opens a connection of its own; a server's pool is closed with prepared, so the
        // connection is taken from a fresh, unpooled data source
        if (location instanceof DatabaseLocation.File f) {
            prepared.close();
            return SqliteVendor.dataSource(f.path()).getConnection();
        }
        prepared.close();
        var server = (DatabaseLocation.Server) location;
        var props = new java.util.Properties();
        props.setProperty("user", server.user());
        if (server.password() != null) {
            props.setProperty("password", server.password());
        }
        return java.sql.DriverManager.getConnection(PostgresVendor.jdbcUrl(server), props);
    }

    static long count(DatabaseLocation location, String table) throws SQLException {
        try (Connection c = connect(location); Statement st = c.createStatement();
             var rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Every row of every table that holds data (copied or derived; not Flyway's history or SQLite's search index,
     * which is the same texts in the vendor's own structure), as text the same on both databases, sorted.
     */
    static Map<String, List<String>> rows(DatabaseLocation location) throws SQLException {
        var all = new LinkedHashMap<String, List<String>>();
        var tables = new ArrayList<Tables.Table>(Tables.COPIED);
        tables.addAll(Tables.DERIVED_OWNED);
        try (Connection c = connect(location)) {
            CopySide side = location instanceof DatabaseLocation.File ? CopySide.SqliteSide.INSTANCE
                    : CopySide.PostgresSide.INSTANCE;
            for (var table : tables) {
                var columns = new ArrayList<CopySide.Column>();
                try (var rs = c.getMetaData().getColumns(null, c.getSchema(), table.name(), "%")) {
                    while (rs.next()) {
                        if (rs.getString("TABLE_NAME").equals(table.name())) {
                            columns.add(new CopySide.Column(rs.getString("COLUMN_NAME"),
                                    CopySide.Column.Kind.of(rs.getString("TYPE_NAME"))));
                        }
                    }
                }
                columns.sort(java.util.Comparator.comparing(CopySide.Column::name));
                var rows = new ArrayList<String>();
                try (Statement st = c.createStatement(); var rs = st.executeQuery("select "
                        + String.join(", ", columns.stream().map(CopySide.Column::name).toList()) + " from "
                        + table.name())) {
                    while (rs.next()) {
                        var row = new StringBuilder();
                        for (int i = 0; i < columns.size(); i++) {
                            Object v = side.read(rs, i + 1, columns.get(i).kind());
                            row.append(columns.get(i).name()).append('=')
                                    .append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : v).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                all.put(table.name(), rows);
            }
        }
        return all;
    }
}
