package io.spendsense.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A write transaction held open on a connection of its own, as another SpendSense window or command in the middle of
 * a long write: SQLite's write lock on the file until {@link #commit} (its row, a user named {@code held<N>}, is then
 * kept) or {@link #close} (rolled back).
 */
public final class WriteLockHolder implements AutoCloseable {
    private final Connection connection;
    private boolean holding;

    public WriteLockHolder(Path db) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        connection.setAutoCommit(false);
        try (var s = connection.createStatement()) {
            s.executeUpdate("insert into users (username, username_key, display_name, password_hash, created_at,"
                    + " updated_at) select 'held' || count(*), 'held' || count(*), 'Held', 'x', 0, 0 from users");
        }
        holding = true;
    }

    public boolean holding() {
        return holding;
    }

    public void commit() throws SQLException {
        connection.commit();
        holding = false;
    }

    @Override
    public void close() throws SQLException {
        if (holding) {
            connection.rollback();
            holding = false;
        }
        connection.close();
    }
}
