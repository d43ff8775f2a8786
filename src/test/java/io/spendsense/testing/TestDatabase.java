package io.spendsense.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.spendsense.domain.DatabaseLocation;

/** The database a test runs on: an SQLite file of its own, or a PostgreSQL database of its class, emptied for it. */
public final class TestDatabase {
    /** The two databases SpendSense runs on. */
    public enum Kind {
        SQLITE, POSTGRESQL;

        @Override
        public String toString() {
            return this == SQLITE ? "SQLite" : "PostgreSQL";
        }
    }

    private final Kind kind;
    private final DatabaseLocation location;

    TestDatabase(Kind kind, DatabaseLocation location) {
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    public boolean postgres() {
        return kind == Kind.POSTGRESQL;
    }

    /** The test's database, to open with {@code Services.openForTests} or {@code Database.open}. */
    public DatabaseLocation location() {
        return location;
    }

    /** The SQLite file; an {@link IllegalStateException} on PostgreSQL. */
    public Path file() {
        if (location instanceof DatabaseLocation.File f) {
            return f.path();
        }
        throw new IllegalStateException("a PostgreSQL database has no file");
    }

    /** A plain JDBC connection to the test's database, for checks below the app's own layers; the caller closes it. */
    public Connection connect() throws SQLException {
        if (location instanceof DatabaseLocation.File f) {
            return DriverManager.getConnection("jdbc:sqlite:" + f.path());
        }
        var server = (DatabaseLocation.Server) location;
        var properties = new Properties();
        properties.setProperty("user", server.user());
        if (server.password() != null) {
            properties.setProperty("password", server.password());
        }
        return DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/"
                + server.database(), properties);
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
