package io.spendsense.domain;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where SpendSense keeps its data: an SQLite file on this computer (the default) or a PostgreSQL database on a server
 * that a household shares (decision 0017). A value: it names the place and opens nothing.
 */
public sealed interface DatabaseLocation permits DatabaseLocation.File, DatabaseLocation.Server {

    /** The place as the user names it: the file's path, or the server's URL (never with a password). */
    String describe();

    /** The database file at {@code path}. */
    static File file(Path path) {
        return new File(path);
    }

    /** An SQLite database file. */
    record File(Path path) implements DatabaseLocation {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A PostgreSQL database: host, port, database and user, and the driver's further connection properties (by
     * pgjdbc's names, such as {@code sslmode}; never the password). {@code password} is null when none is known (the
     * server may not ask for one); {@link #toString()} never shows it.
     */
    record Server(String host, int port, String database, String user, Map<String, String> properties,
                  String password) implements DatabaseLocation {
        public static final int DEFAULT_PORT = 5432;

        public Server {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(Texts.format("database.portRange", port));
            }
            properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        }

        /** The same server with {@code password} (null: none). */
        public Server withPassword(String password) {
            return new Server(host, port, database, user, properties, password);
        }

        /** The TLS mode asked for, as libpq and pgjdbc name it; {@code prefer} when none was given. */
        public String sslMode() {
            return properties.getOrDefault("sslmode", "prefer");
        }

        /** {@code postgresql://user@host:port/database}, with the TLS mode when one was given; no password. */
        @Override
        public String describe() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return "postgresql://" + user + "@" + h + ":" + port + "/" + database
                    + (properties.containsKey("sslmode") ? "?sslmode=" + properties.get("sslmode") : "");
        }

        @Override
        public String toString() {
            return password == null ? describe() : Texts.format("database.withPassword", describe());
        }
    }
}
