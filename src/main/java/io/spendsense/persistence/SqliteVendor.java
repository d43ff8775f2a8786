package io.spendsense.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.spendsense.domain.DatabaseLocation;
import org.flywaydb.core.Flyway;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The embedded default: one SQLite file per computer, in WAL mode (decisions 0001, 0013). */
final class SqliteVendor implements Vendor {
    static final SqliteVendor INSTANCE = new SqliteVendor();
    static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:db/sqlite"};
    private static final Logger LOG = LoggerFactory.getLogger(SqliteVendor.class);
    /**
     * The first statement of a write transaction: it writes nothing, but SQLite takes the write lock for it (waiting
     * for another writer up to the busy timeout), so everything after it runs under the lock.
     */
    private static final String TAKE_WRITE_LOCK = "update users set id = id where 0";

    static {
        SqliteNativeLibrary.prepare();   // before sqlite-jdbc loads its native library
    }

    private SqliteVendor() {
    }

    @Override
    public String name() {
        return "SQLite";
    }

    @Override
    public String[] migrations() {
        return MIGRATIONS.clone();
    }

    @Override
    public Class<? extends Dialect> dialect() {
        return SQLiteDialect.class;
    }

    @Override
    public Connections connect(DatabaseLocation location) {
        Path file = ((DatabaseLocation.File) location).path();
        prepareFile(file);
        return new Connections(dataSource(file), null);
    }

    /**
     * An existing database that a migration is about to change is copied first to
     * {@code backups/pre-migration-V<current>-<timestamp>.db}: a new file (no migration applied yet) is not.
     */
    @Override
    public void backUpBeforeMigrating(DatabaseLocation location, Flyway flyway) {
        Path file = ((DatabaseLocation.File) location).path();
        var info = flyway.info();
        var current = info.current();
        if (current == null || info.pending().length == 0) {
            return;
        }
        Path backup = Database.backupFile(file, "pre-migration-V" + current.getVersion() + "-", LocalDateTime.now());
        LOG.info("Backing up {} to {} before migrating it", file, backup);
        SqliteBackup.backup(file, backup);
    }

    @Override
    public void takeWriteLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(TAKE_WRITE_LOCK);
        }
    }

    @Override
    public void readOnly(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("pragma query_only = 1");
        }
    }

    /** Dates are {@code yyyy-MM-dd} text: the month is its first seven characters. */
    @Override
    public String monthOf(String date) {
        return "substr(" + date + ", 1, 7)";
    }

    @Override
    public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setString(index, date.toString());
    }

    /** The trigram index {@code search_texts_fts} (FTS5, {@code case_sensitive 0}), asked for the needle's phrase. */
    @Override
    public TextCondition textContains(String parameter, String needle) {
        return new TextCondition("s.id in (select rowid from search_texts_fts where search_texts_fts match :"
                + parameter + ")", SearchTexts.phrase(needle));
    }

    @Override
    public String containsExactly(String haystack, String parameter) {
        return "instr(" + haystack + ", :" + parameter + ") > 0";
    }

    /** Without statistics SQLite would pick the date index and look up a million rows one by one. */
    @Override
    public String expensesInIdOrder() {
        return "expenses e not indexed";
    }

    @Override
    public void insertExpenses(Connection connection, long userId, List<ExpenseRow> rows, long millis)
            throws SQLException {
        BulkLoad.insert(connection, userId, rows, millis);
    }

    /**
     * The ids go into a temporary table, the per-row update trigger is dropped inside this transaction, and the totals
     * move in two statements per side (what leaves each month and category, what arrives) — the trigger's four
     * statements per row were about a quarter of the time. Other connections never see the trigger missing.
     */
    @Override
    public int recategorizeMany(Connection c, long userId, List<Long> ids, long categoryId, String payee, Instant now)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("create temp table if not exists recategorize_ids (id integer primary key)");
            st.executeUpdate("delete from recategorize_ids");
        }
        try (var ps = c.prepareStatement("insert or ignore into recategorize_ids (id) values (?)")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(1, ids.get(i));
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        String trigger = MonthTotals.dropUpdateTrigger(c);
        // the user's rows among the ids, per month and category: "+ 0" keeps SQLite on the primary key
        String moving = "select substr(e.expense_date, 1, 7) as m, e.category_id as k, sum(e.amount_cents) as s,"
                + " count(*) as n from expenses e where e.id in (select id from recategorize_ids) and e.user_id + 0 = ?"
                + " group by 1, 2";
        int changed;
        try {
            try (var ps = c.prepareStatement("update expense_month_totals set total_cents = total_cents - x.s,"
                    + " expense_count = expense_count - x.n from (" + moving + ") x"
                    + " where user_id = ? and month = x.m and category_id = x.k")) {
                ps.setLong(1, userId);
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("update expenses set category_id = ?, updated_at = ?,"
                    + " version = version + 1" + (payee == null ? "" : ", payee = ?")
                    + " where id in (select id from recategorize_ids) and user_id + 0 = ?")) {
                int i = 1;
                ps.setLong(i++, categoryId);
                ps.setLong(i++, now.toEpochMilli());
                if (payee != null) {
                    ps.setString(i++, payee);
                }
                ps.setLong(i, userId);
                changed = ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("insert or ignore into expense_month_totals"
                    + " (user_id, month, category_id, total_cents, expense_count) select ?, x.m, x.k, 0, 0 from ("
                    + moving + ") x")) {
                ps.setLong(1, userId);
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("update expense_month_totals set total_cents = total_cents + x.s,"
                    + " expense_count = expense_count + x.n from (" + moving + ") x"
                    + " where user_id = ? and month = x.m and category_id = x.k")) {
                ps.setLong(1, userId);
                ps.setLong(2, userId);
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement(
                    "delete from expense_month_totals where user_id = ? and expense_count = 0")) {
                ps.setLong(1, userId);
                ps.executeUpdate();
            }
        } finally {
            MonthTotals.restoreTrigger(c, trigger);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from recategorize_ids");
            }
        }
        return changed;
    }

    private static void prepareFile(Path file) {
        try {
            Path dir = file.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Database.restrict(dir, "rwx------");
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                Database.restrict(file, "rw-------");
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database file " + file + ": " + e.getMessage(), e);
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(Database.busyTimeoutMillis());
        config.setDateClass(SQLiteConfig.DateClass.TEXT.getValue());
        config.setDateStringFormat("yyyy-MM-dd");
        config.setGetGeneratedKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }
}
