package io.spendsense.persistence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.spendsense.domain.DatabaseLocation;
import org.flywaydb.core.Flyway;
import org.hibernate.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household server: a PostgreSQL database that several computers use at once (decision 0017). Connections come
 * from a small pool; a write transaction takes a transaction-level advisory lock first, so that writers run one after
 * the other as on SQLite, and readers, which take no lock, never wait.
 */
final class PostgresVendor implements Vendor {
    static final PostgresVendor INSTANCE = new PostgresVendor();
    static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:db/postgresql"};
    private static final Logger LOG = LoggerFactory.getLogger(PostgresVendor.class);
    /** The advisory lock every write transaction takes: "SpendSen" in ASCII, a key no other program will pick. */
    static final long WRITE_LOCK = 0x5370656e6453656eL;
    /** Connections per open database: the app's and a command's transactions run one or two at a time. */
    private static final int POOL_SIZE = 4;

    private PostgresVendor() {
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String[] migrations() {
        return MIGRATIONS.clone();
    }

    /** Hibernate recognizes PostgreSQL (its {@code PostgreSQLDialect}) from the connection. */
    @Override
    public Class<? extends Dialect> dialect() {
        return null;
    }

    /** The pgjdbc URL of the server: host, port and database; the rest goes as connection properties. */
    static String jdbcUrl(DatabaseLocation.Server server) {
        String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
        return "jdbc:postgresql://" + host + ":" + server.port() + "/"
                + URLEncoder.encode(server.database(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A pool that opens its first connection at once, so that a wrong password or an unreachable server is reported
     * when the database is opened. Each connection waits for a lock at most the busy timeout
     * ({@code lock_timeout}), as SQLite's writers do.
     */
    @Override
    public Connections connect(DatabaseLocation location) {
        var server = (DatabaseLocation.Server) location;
        var config = new HikariConfig();
        config.setPoolName("spendsense-" + server.host() + "/" + server.database());
        config.setJdbcUrl(jdbcUrl(server));
        config.setUsername(server.user());
        if (server.password() != null) {
            config.setPassword(server.password());
        }
        config.addDataSourceProperty("ApplicationName", "SpendSense");
        server.properties().forEach(config::addDataSourceProperty);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1);
        config.setConnectionInitSql("set lock_timeout = " + Database.busyTimeoutMillis());
        // READ COMMITTED whatever the server's default: each statement after the write lock then sees what the writer
        // before committed (a REPEATABLE READ snapshot would be taken before the lock was granted), which the
        // duplicate check of two imports at once relies on (decision 0021)
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        try {
            var pool = new HikariDataSource(config);
            return new Connections(pool, pool);
        } catch (RuntimeException e) {
            throw new DatabaseException(connectionProblem(server, e), e);
        }
    }

    /**
     * What went wrong reaching the server, in words that say which: the host, the password, the database, or the
     * server's own reason.
     */
    static String connectionProblem(DatabaseLocation.Server server, Throwable failure) {
        String where = server.host() + ":" + server.port();
        SQLException sql = null;
        Throwable deepest = failure;
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (sql == null && c instanceof SQLException e && e.getSQLState() != null) {
                sql = e;
            }
            deepest = c;
        }
        String state = sql == null ? "" : sql.getSQLState();
        String reason = SchemaCheck.firstLine(sql != null ? sql.getMessage() : String.valueOf(deepest.getMessage()));
        boolean noPassword = server.password() == null;
        return switch (state) {
            case "28P01", "08004" -> noPassword
                    ? "the PostgreSQL server at " + where + " wants a password for " + server.user() + ": set "
                    + ServerPasswords.VARIABLE + ", add it to ~/.pgpass, or run in a terminal to be asked"
                    : "the PostgreSQL server at " + where + " refused the password of " + server.user()
                    + " (" + reason + ")";
            case "28000" -> "the PostgreSQL server at " + where + " does not let " + server.user() + " in ("
                    + reason + ")";
            case "3D000" -> "the PostgreSQL server at " + where + " has no database " + server.database()
                    + " (create it as the README's \"Household server\" says)";
            case "08001", "08006" -> "cannot reach the PostgreSQL server at " + where + ": " + reason;
            default -> deepest instanceof java.net.UnknownHostException
                    ? "cannot reach the PostgreSQL server at " + where + ": unknown host " + server.host()
                    : "cannot open " + server.describe() + ": " + reason;
        };
    }

    /** A server is not copied before it is migrated: that is its administrator's backup (pg_dump), not the app's. */
    @Override
    public void backUpBeforeMigrating(DatabaseLocation location, Flyway flyway) {
        var info = flyway.info();
        if (info.current() != null && info.pending().length > 0) {
            LOG.info("Migrating {} from version {}; back it up with pg_dump first if it holds data you cannot lose",
                    location.describe(), info.current().getVersion());
        }
    }

    @Override
    public void takeWriteLock(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + WRITE_LOCK + ")");
        }
    }

    /** The transaction begins {@code READ ONLY} (the pool resets the connection when it comes back). */
    @Override
    public void readOnly(Connection connection) throws SQLException {
        connection.setReadOnly(true);
    }

    @Override
    public String monthOf(String date) {
        return "to_char(" + date + ", 'YYYY-MM')";
    }

    @Override
    public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        statement.setObject(index, date);
    }

    /**
     * The pg_trgm index over {@code spendsense_fold(text)} (V14): the text and the needle with the case of every
     * letter folded alike, compared with {@code LIKE}.
     */
    @Override
    public TextCondition textContains(String parameter, String needle) {
        return new TextCondition("spendsense_fold(s.text) like spendsense_fold(:" + parameter + ") escape '\\'",
                FilterClause.likePattern(needle));
    }

    @Override
    public String containsExactly(String haystack, String parameter) {
        return "strpos(" + haystack + ", :" + parameter + ") > 0";
    }

    @Override
    public String expensesInIdOrder() {
        return "expenses e";
    }

    @Override
    public void insertExpenses(Connection connection, long userId, List<ExpenseRow> rows, long millis)
            throws SQLException {
        PostgresCopy.insert(connection, userId, rows, millis);
    }

    /** One statement: the statement-level update trigger (V2) moves the month totals set-based. */
    @Override
    public int recategorizeMany(Connection c, long userId, List<Long> ids, long categoryId, String payee, Instant now)
            throws SQLException {
        try (var ps = c.prepareStatement("update expenses set category_id = ?, updated_at = ?, version = version + 1"
                + (payee == null ? "" : ", payee = ?") + " where user_id = ? and id = any(?)")) {
            int i = 1;
            ps.setLong(i++, categoryId);
            ps.setLong(i++, now.toEpochMilli());
            if (payee != null) {
                ps.setString(i++, payee);
            }
            ps.setLong(i++, userId);
            ps.setArray(i, c.createArrayOf("bigint", ids.toArray()));
            return ps.executeUpdate();
        }
    }
}
