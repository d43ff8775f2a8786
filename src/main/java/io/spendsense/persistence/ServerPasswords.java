package io.spendsense.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.spendsense.domain.DatabaseLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the password of a PostgreSQL server comes from (decision 0017), never from the command line: the environment
 * variable {@value #VARIABLE} (set but empty: no password, and nobody is asked), else the user's password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}; on Windows {@code %APPDATA%\postgresql\pgpass.conf}) in libpq's
 * format, else a prompt when there is someone to ask, else none (the server may not ask for one).
 */
public final class ServerPasswords {
    private static final Logger LOG = LoggerFactory.getLogger(ServerPasswords.class);
    public static final String VARIABLE = "SPENDSENSE_DB_PASSWORD";

    private ServerPasswords() {
    }

    /**
     * The server with its password from {@code env}, the password file under {@code userHome}, or {@code prompt}
     * (which returns null when nobody can be asked); unchanged when the location is a file or has a password.
     */
    public static DatabaseLocation resolve(DatabaseLocation location, Map<String, String> env, String osName,
                                           String userHome, Supplier<String> prompt) {
        if (!(location instanceof DatabaseLocation.Server server) || server.password() != null) {
            return location;
        }
        String fromEnv = env.get(VARIABLE);
        if (fromEnv != null) {
            return server.withPassword(fromEnv.isEmpty() ? null : fromEnv);   // set but empty: none, do not ask
        }
        Optional<String> fromFile = passwordFile(env, osName, userHome).flatMap(file -> lookUp(file, server));
        if (fromFile.isPresent()) {
            return server.withPassword(fromFile.get());
        }
        return server.withPassword(prompt == null ? null : prompt.get());
    }

    /** The password file libpq reads: {@code PGPASSFILE}, else the platform's default place. */
    static Optional<Path> passwordFile(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get("PGPASSFILE");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            return appData == null ? Optional.empty() : Optional.of(Path.of(appData, "postgresql", "pgpass.conf"));
        }
        return userHome == null ? Optional.empty() : Optional.of(Path.of(userHome, ".pgpass"));
    }

    /**
     * The password of the first line of {@code file} that matches the server (each of host, port, database and user
     * equal, or {@code *}), as libpq reads it; empty when none does, the file is missing, or others may read it (libpq
     * ignores such a file too, with a warning).
     */
    static Optional<String> lookUp(Path file, DatabaseLocation.Server server) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                var open = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
                open.retainAll(Files.getPosixFilePermissions(file));
                if (!open.isEmpty()) {
                    LOG.warn("Ignoring the password file {}: others may read it (chmod 600 {})", file, file);
                    return Optional.empty();
                }
            }
            return lookUp(Files.readAllLines(file, StandardCharsets.UTF_8), server);
        } catch (IOException e) {
            LOG.warn("Cannot read the password file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** {@link #lookUp(Path, DatabaseLocation.Server)} over the file's lines. */
    static Optional<String> lookUp(List<String> lines, DatabaseLocation.Server server) {
        String[] wanted = {server.host(), String.valueOf(server.port()), server.database(), server.user()};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;   // libpq skips a line it cannot read
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /**
     * The colon-separated fields of a line, {@code \:} and {@code \\} unescaped. The fifth field (the password) ends
     * at the next unescaped colon or at the end of the line, as in libpq.
     */
    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == ':') {
                break;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
