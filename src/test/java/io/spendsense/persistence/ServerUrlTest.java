package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import io.spendsense.domain.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerUrlTest {
    private static DatabaseLocation.Server parse(String url) {
        return ServerUrl.parse(url, "me");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://alice@db.example:6543/money?sslmode=require | db.example | 6543 | money     | alice
            postgres://alice@db.example/money                         | db.example | 5432 | money     | alice
            postgresql://db.example                                   | db.example | 5432 | me        | me
            postgresql://                                             | localhost  | 5432 | me        | me
            postgresql:///money                                       | localhost  | 5432 | money     | me
            postgresql://bob@[::1]:5433/money                          | ::1        | 5433 | money     | bob
            postgresql://b%40b@host/my%20money                        | host       | 5432 | my money  | b@b
            postgresql://host/money?user=carol&port=7000              | host       | 7000 | money     | carol
            jdbc:postgresql://host:5000/money?user=dan&sslmode=disable | host       | 5000 | money     | dan
            jdbc:postgresql://host/money                              | host       | 5432 | money     | me
            jdbc:postgresql:money                                     | localhost  | 5432 | money     | me
            """)
    void anAddressNamesHostPortDatabaseAndUserWithLibpqsDefaults(String url, String host, int port, String database,
                                                                 String user) {
        var server = parse(url);
        assertThat(server.host()).isEqualTo(host);
        assertThat(server.port()).isEqualTo(port);
        assertThat(server.database()).isEqualTo(database);
        assertThat(server.user()).isEqualTo(user);
        assertThat(server.password()).isNull();
    }

    @Test
    void libpqParametersBecomeTheDriversAndTheTlsModeIsShown() {
        var server = parse("postgresql://alice@h/m?sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=5"
                + "&application_name=kitchen");
        assertThat(server.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("sslmode", "verify-full",
                "sslrootcert", "/etc/ca.pem", "connectTimeout", "5", "ApplicationName", "kitchen"));
        assertThat(server.sslMode()).isEqualTo("verify-full");
        assertThat(server.describe()).isEqualTo("postgresql://alice@h:5432/m?sslmode=verify-full");
        assertThat(parse("postgresql://alice@h/m").sslMode()).isEqualTo("prefer");
        assertThat(parse("jdbc:postgresql://h/m?user=a&tcpKeepAlive=true").properties())
                .containsExactly(Map.entry("tcpKeepAlive", "true"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://alice:secret@host/money                 | must not hold the password
            postgresql://alice@host/money?password=secret        | must not hold the password
            jdbc:postgresql://host/money?user=a&password=secret  | must not hold the password
            postgresql://alice@host/money?sslmode=always         | sslmode must be one of
            postgresql://alice@host:99999/money                  | port must be a number from 1 to 65535, not 99999
            postgresql://alice@host:abc/money                    | port must be a number from 1 to 65535, not abc
            postgresql://alice@h1,h2/money                       | one server only
            postgresql://alice@host/money?options=-c%20x%3Dy     | unknown parameter options
            jdbc:postgresql://alice@host/money                   | gives the user as ?user=NAME
            postgresql://alice@[::1/money                        | needs its closing
            postgresql://alice@host/money?sslmode                | needs a name and a value
            """)
    void aMalformedAddressOrOneWithAPasswordIsRefusedSayingWhy(String url, String reason) {
        assertThatThrownBy(() -> parse(url)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void thePasswordIsNeverShown() {
        var server = parse("postgresql://alice@h/m").withPassword("hunter2");
        assertThat(server.toString()).doesNotContain("hunter2").contains("with a password");
        assertThat(server.describe()).doesNotContain("hunter2");
    }

    @Test
    void fileNamesAndServerAddressesAreToldApartAndTheOptionWinsOverTheVariable() {
        var env = Map.of("SPENDSENSE_DB", "postgresql://alice@nas/money");
        assertThat(DataLocation.locate(null, env, "Linux", "/home/u", "u"))
                .isEqualTo(new DatabaseLocation.Server("nas", 5432, "money", "alice", Map.of(), null));
        assertThat(DataLocation.locate("/x/a.db", env, "Linux", "/home/u", "u"))
                .isEqualTo(DatabaseLocation.file(Path.of("/x/a.db")));
        assertThat(DataLocation.locate("JDBC:PostgreSQL://h/m", Map.of(), "Linux", "/home/u", "u"))
                .isInstanceOf(DatabaseLocation.Server.class);
        assertThat(DataLocation.locate(null, Map.of(), "Linux", "/home/u", "u"))
                .isEqualTo(DatabaseLocation.file(Path.of("/home/u/.local/share/spendsense/spendsense.db")));
        assertThatThrownBy(() -> DataLocation.resolve(null, env, "Linux", "/home/u"))
                .hasMessageContaining("desktop app does not open yet");
    }

    @Test
    void theDriversUrlHoldsHostPortAndTheEscapedDatabaseOnly() {
        assertThat(PostgresVendor.jdbcUrl(parse("postgresql://a@h:6000/my%20money?sslmode=require")))
                .isEqualTo("jdbc:postgresql://h:6000/my%20money");
        assertThat(PostgresVendor.jdbcUrl(parse("postgresql://a@[::1]/m"))).isEqualTo("jdbc:postgresql://[::1]:5432/m");
    }
}
