package io.spendsense.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.spendsense.domain.User;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.community.dialect.SQLiteDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a SpendSense database file: creates it (and its folder) readable by the owner only, migrates it with
 * Flyway, and builds the Hibernate {@link SessionFactory} that validates against the migrated schema.
 */
public final class Database implements AutoCloseable {
    static {
        SqliteNativeLibrary.prepare();   // before sqlite-jdbc loads its native library
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String MIGRATIONS = "classpath:db/migration";
    /**
     * The version of the newest migration in {@code db/migration}: a database at it needs no Flyway run. Raise it
     * with every new migration ({@code DatabaseTest} fails until it matches).
     */
    static final int SCHEMA_VERSION = 15;
    /** The folder next to the database file that holds backups. */
    public static final String BACKUPS = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /**
     * How long a writer waits for another writer (SQLite's {@code busy_timeout}) before the user is told the database
     * is busy. Readers never wait (WAL). The system property {@value #BUSY_TIMEOUT_PROPERTY} changes it (tests).
     */
    public static final int DEFAULT_BUSY_TIMEOUT_MS = 15_000;
    public static final String BUSY_TIMEOUT_PROPERTY = "spendsense.busy-timeout-ms";

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final Transactions transactions;

    private Database(Path file, SQLiteDataSource dataSource, SessionFactory sessionFactory) {
        this.file = file;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.transactions = new Transactions(sessionFactory, busyTimeoutMillis());
    }

    /**
     * Opens (creating and migrating as needed) the database at {@code file}. Slow (~1 s cold): not on the FX thread.
     */
    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * The start-up path, on a copy of a file a restore may swap in: Flyway validates the migrations applied and runs
     * the ones missing (no pre-migration backup is made of a copy), Hibernate validates the mapped tables. The caller
     * checks the rest ({@link SchemaCheck}).
     */
    static Database openCandidate(Path file) {
        return open(file, true);
    }

    private static Database open(Path file, boolean candidate) {
        return prepare(file, candidate).open();
    }

    /**
     * The first step of {@link #open}: the file created and at the newest schema (Flyway runs only when it is not),
     * without Hibernate. That is enough to list the profiles ({@link Prepared#listUsers()}) while the slow second step,
     * {@link Prepared#open()}, builds the SessionFactory. Not on the FX thread either (it loads the SQLite driver).
     */
    public static Prepared prepare(Path file) {
        return prepare(file, false);
    }

    private static Prepared prepare(Path file, boolean candidate) {
        Path absolute = file.toAbsolutePath();
        prepareFile(absolute);
        SQLiteDataSource dataSource = dataSource(absolute);
        long start = System.nanoTime();
        // a candidate always goes through Flyway, which validates the migrations applied (checksums) first
        boolean current = !candidate && isCurrent(dataSource);
        if (!current) {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
            if (!candidate) {
                backUpBeforeMigrating(absolute, flyway);
            }
            flyway.migrate();
        }
        LOG.debug("Prepared {} in {} ms ({})", absolute, (System.nanoTime() - start) / 1_000_000,
                current ? "schema current" : "migrated");
        return new Prepared(absolute, dataSource);
    }

    /**
     * A database file ready for use (created, at the newest schema) whose SessionFactory is not built yet: the
     * desktop app lists the profiles from it while Hibernate starts (decision 0016).
     */
    public static final class Prepared {
        private final Path file;
        private final SQLiteDataSource dataSource;

        private Prepared(Path file, SQLiteDataSource dataSource) {
            this.file = file;
            this.dataSource = dataSource;
        }

        public Path file() {
            return file;
        }

        /**
         * The profiles, read by {@link UserRepository}'s own query on a plain read-only connection: the same answer
         * as {@code UserRepository.list()} in a transaction, before Hibernate is up.
         */
        public List<User> listUsers() {
            try (Connection c = dataSource.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("pragma query_only = 1");
                }
                return UserRepository.listOn(c);
            } catch (SQLException e) {
                throw new DatabaseException("Cannot read the profiles of " + file + ": " + e.getMessage(), e);
            }
        }

        /** The second step: builds the SessionFactory (Hibernate validates the mapped tables). Slow: 1.5–4 s. */
        public Database open() {
            long start = System.nanoTime();
            SessionFactory sessionFactory = buildSessionFactory(dataSource);
            LOG.debug("Built the session factory of {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
            return new Database(file, dataSource, sessionFactory);
        }
    }

    /**
     * Whether the schema history says the database is exactly at {@link #SCHEMA_VERSION} with no failed migration:
     * then there is nothing for Flyway to do, and it is not started (loading it, with the libraries it reads its
     * configuration with, and scanning for migrations takes ~0.3 s of every start). Anything else (a new file, an
     * older schema to migrate, a failed or a newer migration) goes through Flyway, which migrates or says what is
     * wrong. Hibernate's validation of the mapped tables runs either way.
     */
    static boolean isCurrent(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(case when success = 1 then cast(version as integer) end),"
                     + " sum(case when success = 1 then 0 else 1 end) from flyway_schema_history"
                     + " where version is not null")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 0;
        } catch (SQLException e) {
            return false;   // no schema history yet: a new database
        }
    }

    /**
     * An existing database that a migration is about to change is copied first to
     * {@code backups/pre-migration-V<current>-<timestamp>.db}: a new file (no migration applied yet) is not.
     */
    private static void backUpBeforeMigrating(Path file, Flyway flyway) {
        var info = flyway.info();
        var current = info.current();
        if (current == null || info.pending().length == 0) {
            return;
        }
        Path backup = backupFile(file, "pre-migration-V" + current.getVersion() + "-", LocalDateTime.now());
        LOG.info("Backing up {} to {} before migrating it", file, backup);
        SqliteBackup.backup(file, backup);
    }

    /**
     * A new file in the database's {@code backups/} folder: {@code prefix + timestamp + ".db"}, never an existing one.
     */
    public static Path backupFile(Path database, String prefix, LocalDateTime when) {
        Path dir = database.toAbsolutePath().getParent().resolve(BACKUPS);
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the backup folder " + dir + ": " + e.getMessage(), e);
        }
        String base = prefix + STAMP.format(when);
        Path candidate = dir.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    public Path file() {
        return file;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** For the persistence layer's own bulk paths and for benchmarks: a raw connection with the same pragmas. */
    public SQLiteDataSource dataSource() {
        return dataSource;
    }

    /**
     * For the benchmarks' plain-JDBC yardstick ({@code cli.bench.JdbcBaseline}): drops the trigger that keeps the
     * month totals on insert, as the import path does for a bulk load, on a connection of {@link #dataSource()}.
     */
    public static void dropMonthTotalsInsertTrigger(Connection connection) throws SQLException {
        MonthTotals.dropInsertTrigger(connection);
    }

    @Override
    public void close() {
        sessionFactory.close();
    }

    private static void prepareFile(Path file) {
        try {
            Path dir = file.getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                restrict(file, "rw-------");
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the database file " + file + ": " + e.getMessage(), e);
        }
    }

    static void restrict(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } else {
            var f = path.toFile();
            // Windows and others: owner-only through the basic flags java.io offers.
            boolean ok = f.setReadable(false, false) & f.setReadable(true, true)
                    & f.setWritable(false, false) & f.setWritable(true, true);
            if (!ok) {
                LOG.warn("Could not restrict permissions of {}", path);
            }
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(busyTimeoutMillis());
        config.setDateClass(SQLiteConfig.DateClass.TEXT.getValue());
        config.setDateStringFormat("yyyy-MM-dd");
        config.setGetGeneratedKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    /** The busy timeout in milliseconds: {@link #DEFAULT_BUSY_TIMEOUT_MS} unless the system property says otherwise. */
    public static int busyTimeoutMillis() {
        return Integer.getInteger(BUSY_TIMEOUT_PROPERTY, DEFAULT_BUSY_TIMEOUT_MS);
    }

    /** The mapped entity classes, for the session factory and for a restore's test query per entity. */
    static final List<Class<?>> ENTITIES = List.of(UserEntity.class, CategoryEntity.class, ExpenseEntity.class,
            BudgetEntity.class, BudgetLimitEntity.class, RecurringTemplateEntity.class, RuleEntity.class);

    private static SessionFactory buildSessionFactory(SQLiteDataSource dataSource) {
        Configuration cfg = new Configuration();
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        cfg.setProperty(AvailableSettings.DIALECT, SQLiteDialect.class.getName());
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        // Validate the mapped tables one by one: reading every table's columns at once trips over the full-text
        // index's virtual table, whose columns have no declared type.
        cfg.setProperty(AvailableSettings.HBM2DDL_JDBC_METADATA_EXTRACTOR_STRATEGY, "individually");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "200");
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        ENTITIES.forEach(cfg::addAnnotatedClass);
        return cfg.buildSessionFactory();
    }

    /** The schema's set of tables, for tests and checks. */
    static Set<String> tables() {
        return Set.of("users", "categories", "expenses");
    }
}
