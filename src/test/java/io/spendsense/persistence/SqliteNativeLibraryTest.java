package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void sqliteExtractsItsNativeLibraryIntoAFolderOfThisProcessOnly() throws Exception {
        Database.open(dir.resolve("a.db")).close();
        String folder = System.getProperty(SqliteNativeLibrary.PROPERTY);
        assertThat(Path.of(folder).getFileName().toString())
                .isEqualTo("spendsense-sqlite-" + ProcessHandle.current().pid());
        assertThat(Path.of(folder)).isDirectory();
        // (whether the library is in it depends on whether an earlier test of this JVM loaded SQLite first;
        // packaging/concurrency-test.sh checks real processes)
    }

    @Test
    void foldersOfProcessesNoLongerRunningAreRemovedAndOthersKept() throws Exception {
        var ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path gone = Files.createDirectories(dir.resolve("spendsense-sqlite-" + ended.pid()));
        Files.writeString(gone.resolve("sqlite-x-libsqlitejdbc.so"), "left by a killed process");
        Path running = Files.createDirectories(dir.resolve("spendsense-sqlite-" + ProcessHandle.current().pid()));
        Path unrelated = Files.createDirectories(dir.resolve("spendsense-sqlite-notes"));
        SqliteNativeLibrary.removeLeftovers(dir);
        assertThat(gone).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }
}
