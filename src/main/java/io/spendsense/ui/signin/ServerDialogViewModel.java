package io.spendsense.ui.signin;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.DatabaseFiles;
import io.spendsense.service.ServerSettings;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Use a household server…": the server's host, port, database, user, password and TLS mode, checked as they are
 * typed; "Test connection" tries them off the FX thread, and only a successful test lets "Use this server" keep them
 * (decision 0022). Changing any field after a test asks for a new one.
 */
public final class ServerDialogViewModel {
    /** The host: a name or an address, without a scheme, a user, a path or spaces. */
    private static final Pattern HOST = Pattern.compile("[^\\s/@?#]+");
    /** PostgreSQL's longest identifier. */
    static final int MAX_NAME = 63;

    /** What the dialog does with a server: try it, and keep it as the one this computer uses. */
    public interface ServerAccess {
        DatabaseFiles.ServerCheck test(DatabaseLocation.Server server) throws Exception;

        void keep(DatabaseLocation.Server server, boolean rememberPassword) throws Exception;
    }

    private final TaskRunner runner;
    private final ServerAccess access;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(DatabaseLocation.Server.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(ServerSettings.DEFAULT_DATABASE);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.PREFER);
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper databaseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper tested = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper used = new ReadOnlyBooleanWrapper(false);
    private boolean submitted;
    /** Bumped by every change: a test's answer about fields changed since it started is dropped. */
    private int generation;
    private Consumer<DatabaseLocation.Server> onUse = s -> { };

    public ServerDialogViewModel(TaskRunner runner, ServerAccess access, String systemUser) {
        this.runner = runner;
        this.access = access;
        user.set(systemUser == null ? "" : systemUser);
        for (var p : List.of(host, port, database, user, password)) {
            p.addListener((o, a, b) -> changed());
        }
        tls.addListener((o, a, b) -> changed());
        validate();
    }

    /** Fills the form with a server already known (the kept one, or the one in use); its password if it has one. */
    public void prefill(DatabaseLocation.Server server, boolean passwordRemembered) {
        host.set(server.host());
        port.set(String.valueOf(server.port()));
        database.set(server.database());
        user.set(server.user());
        password.set(server.password() == null ? "" : server.password());
        tls.set(TlsMode.of(server.sslMode()));
        rememberPassword.set(passwordRemembered);
        status.set("");
    }

    /** Called back with the server once it is kept. */
    public void setOnUse(Consumer<DatabaseLocation.Server> callback) {
        this.onUse = callback;
    }

    private void changed() {
        generation++;
        tested.set(false);
        failed.set(false);
        status.set("");
        validate();
    }

    private void validate() {
        String hostRule = HOST.matcher(host.get().strip()).matches() ? "" : host.get().isBlank()
                ? Messages.get("server.hostRequired") : Messages.get("server.hostRule");
        String portRule = portNumber() > 0 ? "" : Messages.get("server.portRule");
        String databaseRule = nameRule(database.get(), Messages.get("server.databaseRequired"));
        String userRule = nameRule(user.get(), Messages.get("server.userRequired"));
        hostError.set(shown(hostRule, submitted || !host.get().isEmpty()));
        portError.set(shown(portRule, true));
        databaseError.set(shown(databaseRule, true));
        userError.set(shown(userRule, true));
        valid.set(hostRule.isEmpty() && portRule.isEmpty() && databaseRule.isEmpty() && userRule.isEmpty());
    }

    private static String nameRule(String value, String required) {
        String v = value.strip();
        if (v.isEmpty()) {
            return required;
        }
        return v.length() > MAX_NAME ? Messages.format("server.nameTooLong", MAX_NAME) : "";
    }

    private static String shown(String rule, boolean touched) {
        return touched ? rule : "";
    }

    /** The port typed, or -1 when it is not a number from 1 to 65535. */
    private int portNumber() {
        String p = port.get().strip();
        if (!p.matches("\\d{1,5}")) {
            return -1;
        }
        int n = Integer.parseInt(p);
        return n >= 1 && n <= 65_535 ? n : -1;
    }

    /** The server the fields name; null while they are not valid. */
    public DatabaseLocation.Server server() {
        if (!valid.get()) {
            return null;
        }
        return ServerSettings.server(host.get().strip(), portNumber(), database.get().strip(), user.get().strip(),
                tls.get().sslMode(), password.get().isEmpty() ? null : password.get());
    }

    /** "Test connection": tries the server in the background; the status says what was found or what went wrong. */
    public void testConnection() {
        submitted = true;
        validate();
        if (!valid.get() || testing.get()) {
            return;
        }
        var server = server();
        int asked = generation;
        status.set(Messages.format("server.testing", server.host() + ":" + server.port()));
        failed.set(false);
        runner.run(() -> access.test(server)).onBusy(testing::set).onSuccess(check -> {
            if (asked != generation) {
                return;
            }
            tested.set(true);
            status.set(check.hasData() ? Messages.format("server.connected", check.serverVersion())
                    : Messages.format("server.connectedEmpty", check.serverVersion()));
        }).onFailure(e -> {
            if (asked != generation) {
                return;
            }
            failed.set(true);
            status.set(ServerWords.problem(e, server));
        }).start();
    }

    /** "Use this server": keeps the tested server (the password only if asked) and hands it on; refused untested. */
    public boolean use() {
        if (!tested.get() || testing.get()) {
            if (!testing.get()) {
                failed.set(true);
                status.set(Messages.get("server.testFirst"));
            }
            return false;
        }
        var server = server();
        boolean remember = rememberPassword.get();
        runner.run(() -> {
            access.keep(server, remember);
            return server;
        }).onBusy(testing::set).onSuccess(kept -> {
            used.set(true);
            onUse.accept(kept);
        }).onFailure(e -> {
            failed.set(true);
            status.set(UserMessages.of(e));
        }).start();
        return true;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<TlsMode> tlsProperty() {
        return tls;
    }

    public BooleanProperty rememberPasswordProperty() {
        return rememberPassword;
    }

    public ReadOnlyStringProperty hostErrorProperty() {
        return hostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseErrorProperty() {
        return databaseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    /** True when every field is acceptable: Test connection may run. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True while a test (or keeping the server) runs. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** True after a successful test of the fields as they are: "Use this server" may keep them. */
    public ReadOnlyBooleanProperty testedProperty() {
        return tested.getReadOnlyProperty();
    }

    /** True when the status is a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** True once the server is kept: the dialog closes. */
    public ReadOnlyBooleanProperty usedProperty() {
        return used.getReadOnlyProperty();
    }

    /** What the last test found, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
