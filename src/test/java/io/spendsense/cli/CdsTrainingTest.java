package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsTrainingTest {
    @TempDir
    Path tmp;

    @Test
    void loadsTheListedJavaFxClassesOfTheWayToTheSignInWindow() throws Exception {
        // The list is made from a real launch; most of it must still exist, or the archive misses the window path.
        assertThat(CdsTraining.loadJavaFxClasses()).isGreaterThan(1500);
    }

    @Test
    void opensAThrowAwayDatabaseAndDeletesIt() throws Exception {
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            assertThat(CdsTraining.run()).isZero();
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            // (sqlite-jdbc's own native library may be extracted there; it is not ours to delete.)
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("spendsense-cds-"));
        }
    }
}
