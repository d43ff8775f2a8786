package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept server: owner-only, without its password unless asked, and where the platform keeps configuration. */
class ServerSettingsTest {
    static final DatabaseLocation.Server SERVER = new DatabaseLocation.Server("nas.local", 5433, "household",
            "alice", Map.of("sslmode", "require"), "s3cret-pass");

    @TempDir
    Path dir;

    @Test
    void theFileIsReadableByItsOwnerOnlyAndHoldsNoPasswordUnlessAsked() throws Exception {
        var settings = new ServerSettings(dir.resolve("config/spendsense/server.properties"));
        settings.keep(SERVER, false);

        Path file = settings.file();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.readString(file)).doesNotContain("s3cret-pass").doesNotContain("password");
        var saved = settings.load().orElseThrow();
        assertThat(saved.server()).isEqualTo(SERVER.withPassword(null));
        assertThat(saved.inUse()).isTrue();
        assertThat(saved.passwordRemembered()).isFalse();
        assertThat(Files.exists(file.resolveSibling("server.properties.new"))).as("no temporary left").isFalse();
    }

    @Test
    void theRememberedPasswordIsKeptWhenAskedAndTheFileStaysOwnerOnly() throws Exception {
        var settings = new ServerSettings(dir.resolve("server.properties"));
        // an existing file that others could read is replaced by an owner-only one
        Files.writeString(settings.file(), "use=file\n");
        Files.setPosixFilePermissions(settings.file(), PosixFilePermissions.fromString("rw-r--r--"));

        settings.keep(SERVER, true);

        assertThat(Files.getPosixFilePermissions(settings.file()))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        var saved = settings.load().orElseThrow();
        assertThat(saved.server()).isEqualTo(SERVER);
        assertThat(saved.passwordRemembered()).isTrue();
    }

    @Test
    void goingBackToTheFileKeepsTheServerForNextTime() {
        var settings = new ServerSettings(dir.resolve("server.properties"));
        settings.keep(SERVER, false);
        settings.useFile();

        var saved = settings.load().orElseThrow();
        assertThat(saved.inUse()).isFalse();
        assertThat(saved.server().host()).isEqualTo("nas.local");
    }

    @Test
    void noFileOrABrokenOneIsNoServer() throws Exception {
        var settings = new ServerSettings(dir.resolve("server.properties"));
        assertThat(settings.load()).isEmpty();
        Files.writeString(settings.file(), "use=server\nport=eighty\n");
        assertThat(settings.load()).isEmpty();
    }

    @Test
    void theConfigurationFolderFollowsThePlatform() {
        assertThat(ServerSettings.configFolder(Map.of(), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.config/spendsense"));
        assertThat(ServerSettings.configFolder(Map.of("XDG_CONFIG_HOME", "/x/cfg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/cfg/spendsense"));
        assertThat(ServerSettings.configFolder(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/SpendSense"));
        assertThat(ServerSettings.configFolder(Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11",
                "C:/Users/u")).isEqualTo(Path.of("C:/Users/u/AppData/Roaming", "SpendSense"));
    }
}
