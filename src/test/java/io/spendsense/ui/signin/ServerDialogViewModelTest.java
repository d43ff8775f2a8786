package io.spendsense.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.persistence.DatabaseException;
import io.spendsense.service.DatabaseFiles;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Use a household server…": each field's rule, the test, each failure said as what it is, and kept only tested. */
class ServerDialogViewModelTest {
    final List<DatabaseLocation.Server> tried = new ArrayList<>();
    final List<String> kept = new ArrayList<>();
    final List<DatabaseLocation.Server> used = new ArrayList<>();
    /** What the next test throws; null: it connects. */
    Exception failure;
    ServerDialogViewModel vm;

    @BeforeEach
    void open() {
        vm = new ServerDialogViewModel(new ImmediateTaskRunner(), new ServerDialogViewModel.ServerAccess() {
            @Override
            public DatabaseFiles.ServerCheck test(DatabaseLocation.Server server) throws Exception {
                tried.add(server);
                if (failure != null) {
                    throw failure;
                }
                return new DatabaseFiles.ServerCheck("15.18", true);
            }

            @Override
            public void keep(DatabaseLocation.Server server, boolean rememberPassword) {
                kept.add(server.describe() + " remember=" + rememberPassword);
            }
        }, "alice");
        vm.setOnUse(used::add);
    }

    private void fillIn() {
        vm.hostProperty().set("nas.local");
        vm.passwordProperty().set("pw-123");
    }

    @Test
    void aNewFormSuggestsPortDatabaseUserAndTlsAndRemembersNoPassword() {
        assertThat(vm.portProperty().get()).isEqualTo("5432");
        assertThat(vm.databaseProperty().get()).isEqualTo("spendsense");
        assertThat(vm.userProperty().get()).isEqualTo("alice");
        assertThat(vm.tlsProperty().get()).isEqualTo(TlsMode.PREFER);
        assertThat(vm.rememberPasswordProperty().get()).isFalse();
        assertThat(vm.validProperty().get()).as("no host yet").isFalse();
        assertThat(vm.hostErrorProperty().get()).as("not red before anything is typed").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            host,     '',             'The server''s host name or address'
            host,     'nas local',    'A host name or address only, without spaces, "/", "@" or "?"'
            host,     'pg://nas',     'A host name or address only, without spaces, "/", "@" or "?"'
            host,     'bob@nas',      'A host name or address only, without spaces, "/", "@" or "?"'
            port,     '',             'A port number from 1 to 65535'
            port,     '0',            'A port number from 1 to 65535'
            port,     '65536',        'A port number from 1 to 65535'
            port,     '54x2',         'A port number from 1 to 65535'
            database, '',             'The database''s name'
            database, '   ',          'The database''s name'
            user,     '',             'The PostgreSQL user''s name'
            user,     'a-name-of-sixty-four-characters-is-one-more-than-postgres-allows', 'At most 63 characters'
            """)
    void eachFieldSaysWhatIsWrongWithIt(String field, String value, String message) {
        fillIn();
        assertThat(vm.validProperty().get()).isTrue();
        switch (field) {
            case "host" -> vm.hostProperty().set(value);
            case "port" -> vm.portProperty().set(value);
            case "database" -> vm.databaseProperty().set(value);
            default -> vm.userProperty().set(value);
        }
        vm.testConnection();

        String error = switch (field) {
            case "host" -> vm.hostErrorProperty().get();
            case "port" -> vm.portErrorProperty().get();
            case "database" -> vm.databaseErrorProperty().get();
            default -> vm.userErrorProperty().get();
        };
        assertThat(error).isEqualTo(message);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(tried).as("an invalid form is not tried").isEmpty();
    }

    @Test
    void aSuccessfulTestLetsTheServerBeKeptWithoutItsPasswordUnlessAsked() {
        fillIn();
        vm.portProperty().set(" 5433 ");
        vm.tlsProperty().set(TlsMode.REQUIRE);
        vm.testConnection();

        assertThat(tried).containsExactly(new DatabaseLocation.Server("nas.local", 5433, "spendsense", "alice",
                Map.of("sslmode", "require"), "pw-123"));
        assertThat(vm.testedProperty().get()).isTrue();
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Connected: PostgreSQL 15.18, with SpendSense's data.");

        assertThat(vm.use()).isTrue();
        assertThat(kept).containsExactly("postgresql://alice@nas.local:5433/spendsense?sslmode=require remember=false");
        assertThat(used).extracting(DatabaseLocation.Server::password).as("this run still uses the typed password")
                .containsExactly("pw-123");
        assertThat(vm.usedProperty().get()).isTrue();
    }

    @Test
    void rememberingThePasswordIsTheUsersChoice() {
        fillIn();
        vm.rememberPasswordProperty().set(true);
        vm.testConnection();
        vm.use();
        assertThat(kept).containsExactly("postgresql://alice@nas.local:5432/spendsense?sslmode=prefer remember=true");
    }

    @Test
    void anUntestedServerOrOneChangedSinceItsTestIsNotKept() {
        fillIn();
        assertThat(vm.use()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Test the connection first");

        vm.testConnection();
        vm.databaseProperty().set("other");
        assertThat(vm.testedProperty().get()).as("a changed field asks for a new test").isFalse();
        assertThat(vm.use()).isFalse();
        assertThat(kept).isEmpty();
        assertThat(used).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            28P01, pw-123, 'The server at nas.local:5432 refused the password of alice: check the password.'
            28P01, '',     'The server at nas.local:5432 wants a password for alice: type it in "Use a household'
            28000, pw-123, 'The server at nas.local:5432 does not let alice in from this computer: its pg_hba.conf'
            3D000, pw-123, 'The server at nas.local:5432 has no database spendsense: create it (see the README''s'
            08001, pw-123, 'The host nas.local:5432 does not answer: is it on, on this network, and not behind a'
            """)
    void eachFailureSaysWhichItIs(String state, String password, String message) {
        fillIn();
        vm.passwordProperty().set(password);
        failure = new DatabaseException("cannot open", new SQLException("driver text", state));
        vm.testConnection();

        assertThat(vm.statusProperty().get()).startsWith(message);
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.testedProperty().get()).isFalse();
        assertThat(vm.use()).isFalse();
    }

    @Test
    void anUnknownHostARefusalAndTlsNotOfferedAreToldApart() {
        fillIn();
        failure = new DatabaseException("x", new SQLException("x", "08001", new UnknownHostException("nas.local")));
        vm.testConnection();
        assertThat(vm.statusProperty().get()).isEqualTo("There is no host named nas.local: check its name.");

        failure = new DatabaseException("x", new SQLException("x", "08001", new ConnectException("refused")));
        vm.testConnection();
        assertThat(vm.statusProperty().get()).startsWith("The host nas.local:5432 refused the connection");

        vm.tlsProperty().set(TlsMode.REQUIRE);
        failure = new DatabaseException("x", new SQLException("The server does not support SSL.", "08004"));
        vm.testConnection();
        assertThat(vm.statusProperty().get()).startsWith("The server at nas.local:5432 does not offer TLS");
    }

    @Test
    void aKnownServerFillsTheForm() {
        vm.prefill(new DatabaseLocation.Server("db.home", 6543, "money", "bob", Map.of("sslmode", "verify-full"),
                null), false);
        assertThat(vm.hostProperty().get()).isEqualTo("db.home");
        assertThat(vm.portProperty().get()).isEqualTo("6543");
        assertThat(vm.databaseProperty().get()).isEqualTo("money");
        assertThat(vm.userProperty().get()).isEqualTo("bob");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.tlsProperty().get()).isEqualTo(TlsMode.VERIFY_FULL);
        assertThat(vm.validProperty().get()).isTrue();
    }
}
