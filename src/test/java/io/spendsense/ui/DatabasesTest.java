package io.spendsense.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.ServerSettings;
import io.spendsense.service.ServiceException;
import io.spendsense.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the desktop opens at launch (decision 0022): SPENDSENSE_DB, else the kept server in use, else the file. */
class DatabasesTest {
    static final DatabaseLocation.Server KEPT = new DatabaseLocation.Server("nas.local", 5432, "spendsense", "alice",
            Map.of("sslmode", "require"), null);

    @TempDir
    Path home;

    private Databases databases(Map<String, String> env) {
        return new Databases(env, "Linux", home.toString(), "alice",
                new ServerSettings(home.resolve(".config/spendsense/server.properties")), Services::prepareForTests,
                DesktopAppTest.CLOCK);
    }

    private DatabaseLocation dataFolderFile() {
        return DatabaseLocation.file(home.resolve(".local/share/spendsense/spendsense.db"));
    }

    @Test
    void withNothingKeptItIsTheFileInTheDataFolder() {
        var d = databases(Map.of());
        assertThat(d.atLaunch()).isEqualTo(dataFolderFile());
        assertThat(d.file()).isEqualTo(dataFolderFile());
        assertThat(d.saved()).isEmpty();
    }

    @Test
    void theKeptServerIsOpenedWhileItIsInUseAndTheFileOnceTheUserWentBack() {
        var d = databases(Map.of());
        d.keep(KEPT, false);
        assertThat(databases(Map.of()).atLaunch()).isEqualTo(KEPT);

        d.useFile();
        var next = databases(Map.of());
        assertThat(next.atLaunch()).isEqualTo(dataFolderFile());
        assertThat(next.saved().orElseThrow().server()).as("kept for the dialog").isEqualTo(KEPT);
    }

    @Test
    void spendsenseDbWinsOverTheKeptServer() {
        databases(Map.of()).keep(KEPT, false);
        var server = databases(Map.of("SPENDSENSE_DB", "postgresql://bob@db.home:6543/money"));
        assertThat(server.atLaunch()).isEqualTo(new DatabaseLocation.Server("db.home", 6543, "money", "bob", Map.of(),
                null));
        assertThat(server.file()).as("a server in SPENDSENSE_DB: the file is the data folder's")
                .isEqualTo(dataFolderFile());

        var file = databases(Map.of("SPENDSENSE_DB", "/data/other.db"));
        assertThat(file.atLaunch()).isEqualTo(DatabaseLocation.file(Path.of("/data/other.db")));
        assertThat(file.file()).isEqualTo(DatabaseLocation.file(Path.of("/data/other.db")));
    }

    @Test
    void aServersPasswordIsTheRememberedOneElseTheEnvironments() {
        var d = databases(Map.of("SPENDSENSE_DB_PASSWORD", "from-env"));
        assertThat(((DatabaseLocation.Server) d.withPassword(KEPT)).password()).isEqualTo("from-env");
        assertThat(((DatabaseLocation.Server) d.withPassword(KEPT.withPassword("remembered"))).password())
                .isEqualTo("remembered");
        assertThat(((DatabaseLocation.Server) databases(Map.of()).withPassword(KEPT)).password())
                .as("no ~/.pgpass, nobody asked").isNull();
    }

    @Test
    void aMalformedAddressIsTheBootsFailureShownAtSignIn() {
        var boot = DataBoot.start(databases(Map.of("SPENDSENSE_DB", "postgresql://bob:secret@db.home/money")));
        assertThatThrownBy(boot::profiles).isInstanceOf(ServiceException.class)
                .hasMessageStartingWith("cannot use the database address: the address must not hold the password");
        assertThat(boot.location()).isEmpty();
    }
}
