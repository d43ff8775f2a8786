package io.spendsense.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.DatabaseLocation;

/**
 * Reads a PostgreSQL address given to {@code --db} or {@code SPENDSENSE_DB} (decision 0017): a libpq URI
 * ({@code postgresql://user@host:5432/dbname?sslmode=require}, also {@code postgres://}) or a pgjdbc URL
 * ({@code jdbc:postgresql://host:5432/dbname?user=u&sslmode=require}). Missing parts default as libpq's do: host
 * {@code localhost}, port 5432, the user of this computer, and a database named after the user. A password in the
 * address is refused: an address is a command-line argument or an environment variable that others may read; the
 * password comes from {@code SPENDSENSE_DB_PASSWORD}, {@code ~/.pgpass} or a prompt ({@link ServerPasswords}).
 */
final class ServerUrl {
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    /** The libpq URI parameters SpendSense understands, with pgjdbc's name for each (null: handled here). */
    private static final Map<String, String> URI_PARAMETERS = uriParameters();

    private ServerUrl() {
    }

    private static Map<String, String> uriParameters() {
        var m = new LinkedHashMap<String, String>();
        m.put("sslmode", "sslmode");
        m.put("sslrootcert", "sslrootcert");
        m.put("sslcert", "sslcert");
        m.put("sslkey", "sslkey");
        m.put("connect_timeout", "connectTimeout");
        m.put("application_name", "ApplicationName");
        m.put("user", null);
        m.put("dbname", null);
        m.put("host", null);
        m.put("port", null);
        return m;
    }

    /** Whether {@code text} is a server address rather than a file name. */
    static boolean isServer(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql:");
    }

    /**
     * The server {@code text} names, with {@code defaultUser} when it names no user. Throws an
     * {@link IllegalArgumentException} whose message says what is wrong with it.
     */
    static DatabaseLocation.Server parse(String text, String defaultUser) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        boolean jdbc = lower.startsWith("jdbc:postgresql:");
        String rest;
        if (jdbc) {
            rest = t.substring("jdbc:postgresql:".length());
            if (!rest.startsWith("//")) {
                // jdbc:postgresql:dbname — a database on localhost
                rest = "//" + "/" + rest;
            }
        } else {
            rest = t.substring(t.indexOf("://") + 1);
        }
        rest = rest.substring(2);   // after "//"
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            if (jdbc) {
                throw new IllegalArgumentException(
                        "a jdbc:postgresql: URL gives the user as ?user=NAME, not NAME@host");
            }
            if (userInfo.contains(":")) {
                throw passwordInAddress();
            }
            user = decode(userInfo, "user");
        }
        String host = null;
        Integer port = null;
        if (!rest.isEmpty()) {
            if (rest.contains(",")) {
                throw new IllegalArgumentException("one server only: " + rest + " names several");
            }
            String hostPart = rest;
            String portPart = null;
            if (hostPart.startsWith("[")) {
                int close = hostPart.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("an IPv6 address needs its closing ']': " + rest);
                }
                portPart = hostPart.length() > close + 1 && hostPart.charAt(close + 1) == ':'
                        ? hostPart.substring(close + 2) : null;
                if (portPart == null && hostPart.length() > close + 1) {
                    throw new IllegalArgumentException("unexpected text after the address: " + rest);
                }
                hostPart = hostPart.substring(1, close);
            } else {
                int colon = hostPart.lastIndexOf(':');
                if (colon >= 0) {
                    portPart = hostPart.substring(colon + 1);
                    hostPart = hostPart.substring(0, colon);
                }
            }
            host = hostPart.isEmpty() ? null : decode(hostPart, "host");
            port = portPart == null || portPart.isEmpty() ? null : port(portPart);
        }
        String database = path.isEmpty() ? null : decode(path, "database name");
        var properties = new LinkedHashMap<String, String>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("a parameter needs a name and a value: " + pair);
                }
                String name = decode(pair.substring(0, eq), "parameter name");
                String value = decode(pair.substring(eq + 1), name);
                if (name.equals("password")) {
                    throw passwordInAddress();
                }
                if (jdbc) {
                    switch (name) {
                        case "user" -> user = value;
                        case "PGHOST", "PGPORT", "PGDBNAME" -> throw new IllegalArgumentException(
                                "give the server as //host:port/database, not as " + name);
                        default -> properties.put(name, value);
                    }
                    continue;
                }
                if (!URI_PARAMETERS.containsKey(name)) {
                    throw new IllegalArgumentException("unknown parameter " + name + " (SpendSense understands "
                            + String.join(", ", URI_PARAMETERS.keySet()) + ")");
                }
                switch (name) {
                    case "user" -> user = value;
                    case "dbname" -> database = value;
                    case "host" -> host = value;
                    case "port" -> port = port(value);
                    default -> properties.put(URI_PARAMETERS.get(name), value);
                }
            }
        }
        String sslMode = properties.get("sslmode");
        if (sslMode != null && !SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("sslmode must be one of disable, allow, prefer, require, verify-ca,"
                    + " verify-full, not " + sslMode);
        }
        if (user == null || user.isEmpty()) {
            user = defaultUser;
        }
        if (user == null || user.isEmpty()) {
            throw new IllegalArgumentException("the address names no user: write postgresql://USER@host/database");
        }
        return new DatabaseLocation.Server(host == null || host.isEmpty() ? "localhost" : host,
                port == null ? DatabaseLocation.Server.DEFAULT_PORT : port,
                database == null || database.isEmpty() ? user : database, user, properties, null);
    }

    private static IllegalArgumentException passwordInAddress() {
        return new IllegalArgumentException("the address must not hold the password (others can read a command line"
                + " and the environment): set SPENDSENSE_DB_PASSWORD, add it to ~/.pgpass, or type it when asked");
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the port must be a number from 1 to 65535, not " + text);
    }

    private static String decode(String text, String what) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " has a broken %-escape: " + text, e);
        }
    }
}
