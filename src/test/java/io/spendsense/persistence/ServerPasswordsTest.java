package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.spendsense.domain.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerPasswordsTest {
    private static final DatabaseLocation.Server SERVER = new DatabaseLocation.Server("nas.local", 5432, "money",
            "alice", Map.of(), null);

    @TempDir
    Path home;

    private static Optional<String> lookUp(String... lines) {
        return ServerPasswords.lookUp(List.of(lines), SERVER);
    }

    @Test
    void theFirstMatchingLineWinsAndStarsMatchAnything() {
        assertThat(lookUp("other:5432:money:alice:no", "nas.local:5432:money:alice:first",
                "*:*:*:*:second")).contains("first");
        assertThat(lookUp("*:*:*:alice:any-host")).contains("any-host");
        assertThat(lookUp("nas.local:*:money:*:any-port-and-user")).contains("any-port-and-user");
        assertThat(lookUp("nas.local:5433:money:alice:wrong-port", "nas.local:5432:other:alice:wrong-db",
                "nas.local:5432:money:bob:wrong-user")).isEmpty();
    }

    @Test
    void commentsBlankAndShortLinesAreSkipped() {
        assertThat(lookUp("# nas.local:5432:money:alice:commented", "", "nas.local:5432:money",
                "nas.local:5432:money:alice:yes")).contains("yes");
    }

    @Test
    void backslashesEscapeColonsAndBackslashesAndAnUnescapedColonEndsThePassword() {
        assertThat(ServerPasswords.fields("h\\:x:5432:d:u:p\\:w\\\\d")).containsExactly("h:x", "5432", "d", "u",
                "p:w\\d");
        assertThat(lookUp("nas.local:5432:money:alice:pass:ignored")).contains("pass");
        var colonHost = new DatabaseLocation.Server("::1", 5432, "money", "alice", Map.of(), null);
        assertThat(ServerPasswords.lookUp(List.of("\\:\\:1:5432:money:alice:v6"), colonHost)).contains("v6");
    }

    @Test
    void theVariableComesFirstThenTheFileThenThePrompt() throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, "nas.local:5432:money:alice:from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(password(Map.of("SPENDSENSE_DB_PASSWORD", "from-env"))).isEqualTo("from-env");
        assertThat(password(Map.of())).isEqualTo("from-file");
        assertThat(password(Map.of("SPENDSENSE_DB_PASSWORD", ""))).as("set but empty: none, nobody asked").isNull();
        Files.delete(file);
        assertThat(password(Map.of())).isEqualTo("typed");
        Path elsewhere = Files.writeString(home.resolve("other-pgpass"), "*:*:*:*:from-pgpassfile\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        assertThat(password(Map.of("PGPASSFILE", elsewhere.toString()))).isEqualTo("from-pgpassfile");
    }

    @Test
    void aFileOthersMayReadIsIgnoredAsLibpqIgnoresIt() throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, "*:*:*:*:too-open\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ServerPasswords.lookUp(file, SERVER)).isEmpty();
        assertThat(password(Map.of())).isEqualTo("typed");
    }

    @Test
    void aFileLocationOrAServerWithAPasswordIsLeftAsItIs() {
        var file = DatabaseLocation.file(home.resolve("a.db"));
        assertThat(ServerPasswords.resolve(file, Map.of(), "Linux", home.toString(), () -> "typed")).isSameAs(file);
        var given = SERVER.withPassword("given");
        assertThat(ServerPasswords.resolve(given, Map.of("SPENDSENSE_DB_PASSWORD", "env"), "Linux", home.toString(),
                () -> "typed")).isSameAs(given);
    }

    @Test
    void windowsKeepsTheFileInAppData() {
        assertThat(ServerPasswords.passwordFile(Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "Windows 11",
                "C:\\Users\\a")).contains(Path.of("C:\\Users\\a\\AppData\\Roaming", "postgresql", "pgpass.conf"));
        assertThat(ServerPasswords.passwordFile(Map.of(), "Linux", "/home/a")).contains(Path.of("/home/a/.pgpass"));
    }

    private String password(Map<String, String> env) {
        var resolved = (DatabaseLocation.Server) ServerPasswords.resolve(SERVER, env, "Linux", home.toString(),
                () -> "typed");
        return resolved.password();
    }
}
