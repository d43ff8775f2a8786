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
import javax.sql.DataSource;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.User;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a SpendSense database — an SQLite file, created readable by the owner only, or a PostgreSQL database on a
 * server (decision 0017) — migrates it with Flyway (the shared migrations and the vendor's own), and builds the
 * Hibernate {@link SessionFactory} that validates against the migrated schema. What differs between the two is the
 * {@link Vendor}, chosen here once.
 */
public final class Database implements AutoCloseable {
    static {
        SqliteNativeLibrary.prepare();   // before sqlite-jdbc loads its native library
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** SQLite's migrations: the shared ones and SQLite's own (for the file checks and tests). */
    static final String[] MIGRATIONS = SqliteVendor.MIGRATIONS;
    /**
     * The version of the newest migration: a database at it needs no Flyway run. Raise it with every new migration
     * ({@code DatabaseTest} fails until it matches); every vendor has every version.
     */
    static final int SCHEMA_VERSION = 19;
    /** The folder next to the database file that holds backups. */
    public static final String BACKUPS = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /**
     * How long a writer waits for another writer (SQLite's {@code busy_timeout}, PostgreSQL's {@code lock_timeout})
     * before the user is told the database is busy. Readers never wait. The system property
     * {@value #BUSY_TIMEOUT_PROPERTY} changes it (tests).
     */
    public static final int DEFAULT_BUSY_TIMEOUT_MS = 15_000;
    public static final String BUSY_TIMEOUT_PROPERTY = "spendsense.busy-timeout-ms";

    private final DatabaseLocation location;
    private final Vendor vendor;
    private final Connections connections;
    private final SessionFactory sessionFactory;
    private final Transactions transactions;

    private Database(DatabaseLocation location, Vendor vendor, Connections connections,
                     SessionFactory sessionFactory) {
        this.location = location;
        this.vendor = vendor;
        this.connections = connections;
        this.sessionFactory = sessionFactory;
        this.transactions = new Transactions(sessionFactory, busyTimeoutMillis(), vendor);
    }

    /**
     * Opens (creating and migrating as needed) the database file at {@code file}. Slow (~1 s cold): not on the FX
     * thread.
     */
    public static Database open(Path file) {
        return open(DatabaseLocation.file(file));
    }

    /** Opens (creating a file and migrating as needed) the database at {@code location}. Not on the FX thread. */
    public static Database open(DatabaseLocation location) {
        return prepare(location, false).open();
    }

    /**
     * The start-up path, on a copy of a file a restore may swap in: Flyway validates the migrations applied and runs
     * the ones missing (no pre-migration backup is made of a copy), Hibernate validates the mapped tables. The caller
     * checks the rest ({@link SchemaCheck}).
     */
    static Database openCandidate(Path file) {
        return prepare(DatabaseLocation.file(file), true).open();
    }

    /**
     * The first step of {@link #open}: the file created and at the newest schema (Flyway runs only when it is not),
     * without Hibernate. That is enough to list the profiles ({@link Prepared#listUsers()}) while the slow second step,
     * {@link Prepared#open()}, builds the SessionFactory. Not on the FX thread either (it loads the SQLite driver).
     */
    public static Prepared prepare(Path file) {
        return prepare(DatabaseLocation.file(file));
    }

    /** {@link #prepare(Path)} for any location: a file, or a server (reached, and its password tried, here). */
    public static Prepared prepare(DatabaseLocation location) {
        return prepare(location, false);
    }

    private static Prepared prepare(DatabaseLocation given, boolean candidate) {
        DatabaseLocation location = given instanceof DatabaseLocation.File f
                ? DatabaseLocation.file(f.path().toAbsolutePath()) : given;
        Vendor vendor = Vendor.of(location);
        Connections connections = vendor.connect(location);
        try {
            DataSource dataSource = connections.dataSource();
            long start = System.nanoTime();
            // a candidate always goes through Flyway, which validates the migrations applied (checksums) first
            boolean current = !candidate && isCurrent(dataSource);
            if (!current) {
                Flyway flyway = Flyway.configure().dataSource(dataSource).locations(vendor.migrations()).load();
                if (!candidate) {
                    vendor.backUpBeforeMigrating(location, flyway);
                }
                flyway.migrate();
            }
            LOG.debug("Prepared {} in {} ms ({})", location.describe(), (System.nanoTime() - start) / 1_000_000,
                    current ? "schema current" : "migrated");
            return new Prepared(location, vendor, connections);
        } catch (RuntimeException | Error e) {
            try {
                connections.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * A database ready for use (created, at the newest schema) whose SessionFactory is not built yet: the desktop app
     * lists the profiles from it while Hibernate starts (decision 0020). {@link #open()} takes over its connections;
     * {@link #close()} releases them when it is not opened.
     */
    public static final class Prepared implements AutoCloseable {
        private final DatabaseLocation location;
        private final Vendor vendor;
        private final Connections connections;

        private Prepared(DatabaseLocation location, Vendor vendor, Connections connections) {
            this.location = location;
            this.vendor = vendor;
            this.connections = connections;
        }

        /** The database file; an {@link IllegalStateException} for a server. */
        public Path file() {
            return fileOf(location);
        }

        public DatabaseLocation location() {
            return location;
        }

        /** For {@link TableCopy}: the database's vendor and connections, without Hibernate. */
        Vendor vendor() {
            return vendor;
        }

        Connections connections() {
            return connections;
        }

        /**
         * The profiles, read by {@link UserRepository}'s own query on a plain read-only connection: the same answer
         * as {@code UserRepository.list()} in a transaction, before Hibernate is up.
         */
        public List<User> listUsers() {
            try (Connection c = connections.dataSource().getConnection()) {
                vendor.readOnly(c);
                return UserRepository.listOn(c);
            } catch (SQLException e) {
                throw new DatabaseException("Cannot read the profiles of " + location.describe() + ": "
                        + e.getMessage(), e);
            }
        }

        /** The second step: builds the SessionFactory (Hibernate validates the mapped tables). Slow: 1.5–4 s. */
        public Database open() {
            long start = System.nanoTime();
            SessionFactory sessionFactory;
            try {
                sessionFactory = buildSessionFactory(connections.dataSource(), vendor);
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
            LOG.debug("Built the session factory of {} in {} ms", location.describe(),
                    (System.nanoTime() - start) / 1_000_000);
            return new Database(location, vendor, connections, sessionFactory);
        }

        /** Releases the connections of a database that is not going to be opened (a pool's, on a server). */
        @Override
        public void close() {
            connections.close();
        }
    }

    /**
     * Whether the schema history says the database is exactly at {@link #SCHEMA_VERSION} with no failed migration:
     * then there is nothing for Flyway to do, and it is not started (loading it, with the libraries it reads its
     * configuration with, and scanning for migrations takes ~0.3 s of every start). Anything else (a new database, an
     * older schema to migrate, a failed or a newer migration) goes through Flyway, which migrates or says what is
     * wrong. Hibernate's validation of the mapped tables runs either way.
     */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(case when success then cast(version as integer) end),"
                     + " sum(case when success then 0 else 1 end) from flyway_schema_history"
                     + " where version is not null")) {
            return rs.next() && rs.getInt(1) == SCHEMA_VERSION && rs.getInt(2) == 0;
        } catch (SQLException e) {
            return false;   // no schema history yet: a new database
        }
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

    /** The database file; an {@link IllegalStateException} for a server, which has none. */
    public Path file() {
        return fileOf(location);
    }

    /** Where the database is. */
    public DatabaseLocation location() {
        return location;
    }

    /** The database's name ("SQLite", "PostgreSQL"), for messages and benchmarks. */
    public String vendorName() {
        return vendor.name();
    }

    Vendor vendor() {
        return vendor;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** For the persistence layer's own bulk paths and for benchmarks: a raw connection as the app's are set up. */
    public DataSource dataSource() {
        return connections.dataSource();
    }

    /**
     * For the benchmarks' plain-JDBC yardstick ({@code cli.bench.JdbcBaseline}, SQLite): drops the trigger that keeps
     * the month totals on insert, as the import path does for a bulk load, on a connection of {@link #dataSource()}.
     */
    public static void dropMonthTotalsInsertTrigger(Connection connection) throws SQLException {
        MonthTotals.dropInsertTrigger(connection);
    }

    private static Path fileOf(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.File f) {
            return f.path();
        }
        throw new IllegalStateException(location.describe() + " is a server database, not a file");
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            connections.close();
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

    /** The busy timeout in milliseconds: {@link #DEFAULT_BUSY_TIMEOUT_MS} unless the system property says otherwise. */
    public static int busyTimeoutMillis() {
        return Integer.getInteger(BUSY_TIMEOUT_PROPERTY, DEFAULT_BUSY_TIMEOUT_MS);
    }

    /** The mapped entity classes, for the session factory and for a restore's test query per entity. */
    static final List<Class<?>> ENTITIES = List.of(UserEntity.class, CategoryEntity.class, ExpenseEntity.class,
            BudgetEntity.class, BudgetLimitEntity.class, RecurringTemplateEntity.class, RuleEntity.class,
            AttachmentEntity.class);

    private static SessionFactory buildSessionFactory(DataSource dataSource, Vendor vendor) {
        Configuration cfg = new Configuration();
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        if (vendor.dialect() != null) {
            cfg.setProperty(AvailableSettings.DIALECT, vendor.dialect().getName());
        }
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        // Validate the mapped tables one by one: reading every table's columns at once trips over SQLite's full-text
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
