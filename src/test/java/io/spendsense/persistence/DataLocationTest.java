package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataLocationTest {
    @Test
    void explicitFileWinsOverEnvironment() {
        assertThat(DataLocation.resolve(Path.of("/x/a.db"), Map.of("SPENDSENSE_DB", "/y/b.db"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/a.db"));
    }

    @Test
    void environmentWinsOverPlatformDefault() {
        assertThat(DataLocation.resolve(null, Map.of("SPENDSENSE_DB", "/y/b.db"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/y/b.db"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,      '',            '',         /home/u/.local/share/spendsense/spendsense.db
            Linux,      /data/xdg,     '',         /data/xdg/spendsense/spendsense.db
            Mac OS X,   '',            '',         '/home/u/Library/Application Support/SpendSense/spendsense.db'
            Windows 11, '',            /appdata,   /appdata/SpendSense/spendsense.db
            """)
    void platformDefaults(String os, String xdg, String appData, String expected) {
        var env = new java.util.HashMap<String, String>();
        if (!xdg.isEmpty()) {
            env.put("XDG_DATA_HOME", xdg);
        }
        if (!appData.isEmpty()) {
            env.put("APPDATA", appData);
        }
        assertThat(DataLocation.resolve(null, env, os, "/home/u")).isEqualTo(Path.of(expected));
    }
}
