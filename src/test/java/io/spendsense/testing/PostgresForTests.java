package io.spendsense.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.persistence.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL server of a test run (decision 0017), never skipped: the server {@value #VARIABLE} names
 * (a pgjdbc URL with a user allowed to create databases, and its password: what {@code .ci/run} sets up, and how the
 * tests run as root, which PostgreSQL refuses to run as), else an embedded PostgreSQL (zonky's binaries from Maven
 * Central) started for the run. When neither is possible the PostgreSQL tests fail and say how to give them a server.
 *
 * <p>The schema is migrated once, into a template database; each test class gets a clone of it (a file copy on the
 * server, a fraction of a second), emptied between its tests ({@code TRUNCATE ... RESTART IDENTITY}) and dropped
 * after them. Every database of the run is named {@code spendsense_test_<pid>_<random>_...}, so that two runs
 * on one server never meet; the run drops its own when it ends.
 */
public final class PostgresForTests {
    /** The environment variable (or system property {@value #PROPERTY}) naming the tests' server. */
    public static final String VARIABLE = "SPENDSENSE_TEST_PG_URL";
    public static final String PROPERTY = "spendsense.test.pg.url";
    static final String HOW = "The PostgreSQL tests need a server. Running as root (PostgreSQL refuses to), set "
            + VARIABLE + " to a pgjdbc URL of a role that may create databases, for example\n  " + VARIABLE
            + "='jdbc:postgresql://localhost:5432/postgres?user=spendsense_test&password=…'\n"
            + "(.ci/run shows how to install and start Debian's postgresql for it); as any other user the tests start"
            + " an embedded PostgreSQL themselves.";

    private static PostgresForTests server;
    private static RuntimeException failure;

    private final String adminUrl;
    private final Properties credentials;
    private final String host;
    private final int port;
    private final String prefix;
    private final String template;
    private final EmbeddedPostgres embedded;
    private final List<String> created = new ArrayList<>();
    private List<String> tables;
    private int count;

    private PostgresForTests(String adminUrl, Properties credentials, String host, int port,
                             EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.credentials = credentials;
        this.host = host;
        this.port = port;
        this.embedded = embedded;
        this.prefix = "spendsense_test_" + ProcessHandle.current().pid() + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        this.template = prefix + "_template";
    }

    /** The run's server, started (or reached) and its template migrated on first use. */
    public static synchronized PostgresForTests server() {
        if (failure != null) {
            throw failure;
        }
        if (server == null) {
            try {
                server = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutDown, "postgres-for-tests"));
        }
        return server;
    }

    private static PostgresForTests start() {
        String url = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        PostgresForTests pg;
        if (url != null && !url.isBlank()) {
            Properties parsed = org.postgresql.Driver.parseURL(url, null);
            if (parsed == null) {
                throw new IllegalStateException(VARIABLE + " is not a jdbc:postgresql: URL: " + url + "\n" + HOW);
            }
            var credentials = new Properties();
            credentials.setProperty("user", parsed.getProperty("user", System.getProperty("user.name")));
            if (parsed.getProperty("password") != null) {
                credentials.setProperty("password", parsed.getProperty("password"));
            }
            pg = new PostgresForTests(url, credentials, parsed.getProperty("PGHOST", "localhost"),
                    Integer.parseInt(parsed.getProperty("PGPORT", "5432")), null);
        } else if (isRoot()) {
            throw new IllegalStateException(HOW);
        } else {
            EmbeddedPostgres started;
            try {
                started = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Cannot start the embedded PostgreSQL: " + e.getMessage() + "\n"
                        + HOW, e);
            }
            var credentials = new Properties();
            credentials.setProperty("user", "postgres");
            pg = new PostgresForTests("jdbc:postgresql://localhost:" + started.getPort() + "/postgres", credentials,
                    "localhost", started.getPort(), started);
        }
        pg.createTemplate();
        return pg;
    }

    /** Whether this process runs as root, whom PostgreSQL's initdb and server refuse. */
    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no /proc
        }
        return "root".equals(System.getProperty("user.name"));
    }

    private void createTemplate() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("create database " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a database on the tests' PostgreSQL server " + adminUrl
                    + " (" + e.getMessage() + ").\n" + HOW, e);
        }
        created.add(template);
        Database.prepare(location(template)).close();   // Flyway only; the pool is closed before the clones
    }

    /** A new database for a test class, cloned from the migrated template. */
    synchronized ClassDatabase newClassDatabase() {
        String name = prefix + "_" + ++count;
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clone the tests' template database: " + e.getMessage(), e);
        }
        created.add(name);
        return new ClassDatabase(name);
    }

    /**
     * A migrated, empty database of its own for a test that is not a {@link BothDatabases} class (the desktop's
     * server tests), with the role's password; dropped when the run ends.
     */
    public DatabaseLocation.Server newDatabase() {
        return newClassDatabase().forNextTest();
    }

    /** The database {@code name} on this server, as the app opens it. */
    public DatabaseLocation.Server location(String name) {
        return new DatabaseLocation.Server(host, port, name, credentials.getProperty("user"), Map.of("sslmode",
                "disable"), credentials.getProperty("password"));
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl, credentials);
    }

    private synchronized void drop(String name) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
                created.remove(name);
                return;
            } catch (SQLException e) {
                // a role without pg_signal_backend cannot end an autovacuum worker that is on the database (the
                // tests' bulk loads start them): it finishes within moments, so the drop is tried again
                if (attempt == 50 || !String.valueOf(e.getMessage()).contains("pg_signal_backend")) {
                    throw new IllegalStateException("Cannot drop the test database " + name + ": " + e.getMessage(),
                            e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while dropping " + name, interrupted);
                }
            }
        }
    }

    private synchronized void shutDown() {
        if (embedded != null) {
            // the embedded server goes, with its data folder, databases and all (its own hook may be stopping it)
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("Cannot stop the embedded PostgreSQL: " + e.getMessage());
            }
            return;
        }
        for (String name : List.copyOf(created)) {
            try {
                drop(name);
            } catch (RuntimeException e) {
                System.err.println(e.getMessage());
            }
        }
    }

    /** The tables the migrations make (all but Flyway's history), read once from the template's first clone. */
    private synchronized List<String> tables(Connection c) throws SQLException {
        if (tables == null) {
            var names = new ArrayList<String>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery("select tablename from pg_tables"
                    + " where schemaname = 'public' and tablename <> 'flyway_schema_history' order by 1")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            tables = List.copyOf(names);
        }
        return tables;
    }

    /** A test class's database: handed to each of its tests empty, dropped after the last. */
    final class ClassDatabase {
        private final String name;
        private boolean used;

        private ClassDatabase(String name) {
            this.name = name;
        }

        /** The database for the next test: as the template made it on the first, emptied on every later one. */
        DatabaseLocation.Server forNextTest() {
            var location = location(name);
            if (used) {
                empty(location);
            }
            used = true;
            return location;
        }

        private void empty(DatabaseLocation.Server location) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name,
                    credentials); Statement s = c.createStatement()) {
                // a connection a test left open and busy would hold this forever
                s.execute("set lock_timeout = '10s'");
                s.execute("truncate table " + String.join(", ", tables(c)) + " restart identity cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot empty " + location.describe() + " for the next test (did the"
                        + " last one leave a transaction open?): " + e.getMessage(), e);
            }
        }

        void drop() {
            PostgresForTests.this.drop(name);
        }
    }
}
