package io.spendsense.cli;

import java.io.IOException;
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
 * query, then deletes the database again. Returns the exit code.
 */
public final class CdsTraining {
    public static final String OPTION = "--cds-training";
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
                return 0;
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("CDS training run failed", e);
            return 1;
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}", dir, e);
        }
    }
}
