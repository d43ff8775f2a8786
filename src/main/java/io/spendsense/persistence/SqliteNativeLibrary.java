package io.spendsense.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Gives each SpendSense process its own folder for the SQLite native library that sqlite-jdbc extracts at start.
 * In the shared temporary folder, processes starting at the same moment race to clean up each other's extracted
 * copies, and the loser logs an error with a stack trace ("Failed to delete old native lib") on the user's terminal.
 * The folder is {@code spendsense-sqlite-<pid>} in the temporary folder (owner-only), removed when the process
 * ends; folders of processes no longer running (killed) are removed by the next start. An {@code org.sqlite.tmpdir}
 * set by the user is kept.
 */
final class SqliteNativeLibrary {
    static final String PROPERTY = "org.sqlite.tmpdir";
    private static final String PREFIX = "spendsense-sqlite-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");
    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    static synchronized void prepare() {
        if (prepared || System.getProperty(PROPERTY) != null) {
            prepared = true;
            return;
        }
        prepared = true;
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            removeLeftovers(tmp);
            Path dir = tmp.resolve(PREFIX + ProcessHandle.current().pid());
            if (!Files.isDirectory(dir)) {
                Files.createDirectory(dir);
            }
            Database.restrict(dir, "rwx------");
            // Registered before sqlite-jdbc registers its files: deleted after them, when the folder is empty.
            dir.toFile().deleteOnExit();
            System.setProperty(PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            // the shared temporary folder, as without this class
        }
    }

    static void removeLeftovers(Path tmp) throws IOException {
        try (var entries = Files.list(tmp)) {
            for (Path p : entries.toList()) {
                var m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isDirectory(p) && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // another process may be removing it too
        }
    }
}
