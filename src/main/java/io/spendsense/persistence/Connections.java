package io.spendsense.persistence;

import javax.sql.DataSource;

/**
 * A database's connections: where they come from, and what closing them ends (nothing for an SQLite file, whose
 * connections are opened as needed; the connection pool for a PostgreSQL server).
 */
record Connections(DataSource dataSource, AutoCloseable pool) implements AutoCloseable {
    @Override
    public void close() {
        if (pool != null) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new DatabaseException("Cannot close the database's connections: " + e.getMessage(), e);
            }
        }
    }
}
