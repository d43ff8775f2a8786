package io.spendsense.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

import io.spendsense.service.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hidden {@code spendsense --cds-training}: the short run the .deb's postinst makes under
 * {@code -XX:ArchiveClassesAtExit} to write the AppCDS archive of the installed app. It walks the slow part of a
 * start-up, opening a throw-away database (Flyway, the Hibernate SessionFactory, the SQLite driver) and running a
 * query, then deletes the database again. The JavaFX classes of the way to the sign-in window cannot be loaded by
 * running it (an install has no display), so they are loaded by name, without initializing them, from
 * {@code cds-javafx-classes.txt}: the classes a launch up to the window loaded (regenerate it with
 * {@code -XX:DumpLoadedClassList}, see docs/packaging.md). Names that no longer exist are skipped. Returns the exit
 * code.
 */
public final class CdsTraining {
    public static final String OPTION = "--cds-training";
    static final String JAVAFX_CLASSES = "cds-javafx-classes.txt";
    private static final Logger LOG = LoggerFactory.getLogger(CdsTraining.class);

    private CdsTraining() {
    }

    public static int run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("spendsense-cds-");
            try (var services = Services.open(dir.resolve("training.db"), Clock.systemDefaultZone())) {
                // The first query the sign-in screen runs.
                services.auth().listUsers();
            }
            LOG.debug("Loaded {} JavaFX classes for the archive", loadJavaFxClasses());
            return 0;
        } catch (IOException | RuntimeException e) {
            LOG.error("CDS training run failed", e);
            return 1;
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    /** Loads (without initializing) the classes listed in {@link #JAVAFX_CLASSES}; returns how many loaded. */
    static int loadJavaFxClasses() throws IOException {
        var list = CdsTraining.class.getResourceAsStream(JAVAFX_CLASSES);
        if (list == null) {
            return 0;
        }
        int loaded = 0;
        ClassLoader loader = CdsTraining.class.getClassLoader();
        try (var reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = reader.readLine(); name != null; name = reader.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // A class renamed or removed since the list was made: nothing to archive.
                }
            }
        }
        return loaded;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}", dir, e);
        }
    }
}
