package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import io.spendsense.domain.DatabaseLocation;

/**
 * Tries a PostgreSQL server as the app would open it (the same connection settings, {@link PostgresVendor#connect})
 * without changing anything on it: no migration, one read-only connection, closed at once.
 */
public final class ServerProbe {
    private ServerProbe() {
    }

    /** The driver's SQLState of a failure and its message, for telling problems apart above this layer. */
    public record SqlFailure(String state, String message) {
    }

    /** The first SQLState in {@code failure}'s chain (the driver's, under Hibernate's or the pool's wrapping). */
    public static Optional<SqlFailure> sqlFailure(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException e && e.getSQLState() != null) {
                return Optional.of(new SqlFailure(e.getSQLState(), String.valueOf(e.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** What a successful try found: the server's version, and whether the database already holds SpendSense's data. */
    public record Result(String serverVersion, boolean hasSchema) {
    }

    /**
     * Connects to {@code server}, reads its version and whether SpendSense's schema is there. A failure is the
     * driver's, wrapped as {@link PostgresVendor#connect} wraps it: a {@link DatabaseException} whose cause says
     * which problem it was.
     */
    public static Result test(DatabaseLocation.Server server) {
        try (Connections connections = PostgresVendor.INSTANCE.connect(server);
             Connection c = connections.dataSource().getConnection()) {
            c.setReadOnly(true);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select current_setting('server_version'),"
                         + " to_regclass('flyway_schema_history') is not null")) {
                rs.next();
                String version = rs.getString(1);   // "15.18 (Debian 15.18-0+deb12u1)": the number is enough
                return new Result(version.split(" ", 2)[0], rs.getBoolean(2));
            }
        } catch (SQLException e) {
            throw new DatabaseException(PostgresVendor.connectionProblem(server, e), e);
        }
    }
}
