package io.spendsense.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No test may read or write the real user's preferences: they use {@link MemoryPreferences}. */
class PreferencesIsolationTest {
    @Test
    void noTestTouchesTheRealUserPreferences() throws IOException {
        String forbidden = "Preferences" + ".userRoot()";
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains(forbidden);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offenders).as("tests calling " + forbidden).isEmpty();
    }

    @Test
    void memoryPreferencesKeepWhatIsStored() throws Exception {
        var node = MemoryPreferences.fresh().node("io/spendsense/ui");
        node.put("k", "v");
        node.putInt("n", 3);
        assertThat(node.get("k", null)).isEqualTo("v");
        assertThat(node.getInt("n", 0)).isEqualTo(3);
        assertThat(node.keys()).containsExactlyInAnyOrder("k", "n");
        assertThat(MemoryPreferences.fresh().nodeExists("io/spendsense/ui")).isFalse();
    }
}
