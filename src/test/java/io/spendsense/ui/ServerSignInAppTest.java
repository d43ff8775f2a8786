package io.spendsense.ui;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.User;
import io.spendsense.service.ServerSettings;
import io.spendsense.service.Services;
import io.spendsense.service.TestUsers;
import io.spendsense.testing.PostgresForTests;
import io.spendsense.testing.TcpProxy;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import io.spendsense.ui.signin.TlsMode;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop on a household server (decision 0022), against the tests' real PostgreSQL: "Use a household server…"
 * is tested, kept and lists the server's profiles; a server that goes away mid-session asks to retry, and Retry
 * saves what the editor still holds.
 */
@ExtendWith(ApplicationExtension.class)
class ServerSignInAppTest {
    @TempDir
    Path home;
    DatabaseLocation.Server server;
    ServerSettings settings;
    Databases databases;
    AppContext context;
    Preferences node;
    Stage stage;
    TcpProxy proxy;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = PostgresForTests.server().newDatabase();
        try (var services = Services.openForTests(server, DesktopAppTest.CLOCK)) {
            TestUsers.signedUp(services, "bob");
        }
        settings = new ServerSettings(home.resolve(".config/spendsense/server.properties"));
        databases = new Databases(Map.of(), "Linux", home.toString(), server.user(), settings,
                Services::prepareForTests, DesktopAppTest.CLOCK);
        node = MemoryPreferences.fresh().node("io/spendsense/ui");
    }

    /** The app as launched: from the databases, with what the settings file says. */
    private void launch(FxRobot robot) {
        robot.interact(() -> {
            context = new AppContext(stage, DataBoot.start(databases), new UiPreferences(node), new FxTaskRunner(),
                    new ScriptedFilePicker());
            context.start();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
            WaitForAsyncUtils.asyncFx(() -> stage.setOnHiding(null)).get();
        }
        if (proxy != null) {
            proxy.close();
        }
        node.removeNode();
    }

    @Test
    void theDialogTestsAndKeepsTheServerAndTheWindowListsItsProfiles(FxRobot robot) throws Exception {
        try (var local = Services.openForTests(databases.file(), DesktopAppTest.CLOCK)) {
            TestUsers.signedUp(local, "alice");
        }
        launch(robot);
        waitUntil(() -> profileNames(robot).equals("alice"));
        assertThat(text(robot, "#whereLabel")).isEqualTo("This computer: " + databases.file().describe());

        robot.clickOn("Use a household server…");
        waitUntil(() -> robot.lookup("#serverDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#useServer").queryAs(Button.class).isDisabled()).as("not before a test").isTrue();
        robot.clickOn("#hostField").write(server.host());
        robot.doubleClickOn("#portField").write(String.valueOf(server.port()));
        robot.doubleClickOn("#databaseField").write(server.database());
        robot.clickOn("#serverPasswordField").write("not-the-password");
        @SuppressWarnings("unchecked")
        ComboBox<TlsMode> tls = robot.lookup("#tlsChoice").queryAs(ComboBox.class);
        robot.interact(() -> tls.setValue(TlsMode.DISABLE));

        robot.clickOn("#testButton");
        waitUntil(() -> status(robot).startsWith("The server at"));
        assertThat(status(robot)).isEqualTo("The server at " + server.host() + ":" + server.port()
                + " refused the password of " + server.user() + ": check the password.");
        assertThat(robot.lookup("#useServer").queryAs(Button.class).isDisabled()).isTrue();

        robot.doubleClickOn("#serverPasswordField").eraseText(20).write(server.password());
        robot.clickOn("#testButton");
        waitUntil(() -> status(robot).startsWith("Connected: PostgreSQL"));
        assertThat(status(robot)).endsWith("with SpendSense's data.");
        robot.clickOn("#useServer");

        waitUntil(() -> robot.lookup("#serverDialog").tryQuery().isEmpty());
        waitUntil(() -> profileNames(robot).equals("bob"));
        assertThat(text(robot, "#whereLabel")).isEqualTo("Household server: " + server.user() + "@" + server.host()
                + ":" + server.port() + "/" + server.database() + " · no TLS");
        assertThat(robot.lookup("Use this computer's file").tryQuery()).isPresent();

        // kept for the next launch, readable by this user only, without the password (not asked to remember it)
        Path file = settings.file();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("use=server").doesNotContain(server.password());
        assertThat(databases.atLaunch()).isEqualTo(server.withPassword(null));

        AppRobots.signIn(robot, context, "bob");
        robot.clickOn("#profileMenu").clickOn("Sign out");
        waitUntil(() -> robot.lookup("#profileList").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn("Use this computer's file");
        waitUntil(() -> profileNames(robot).equals("alice"));
        assertThat(text(robot, "#whereLabel")).startsWith("This computer: ");
        assertThat(settings.load().orElseThrow().inUse()).isFalse();
    }

    @Test
    void aKeptServerThatCannotBeReachedSaysWhyAndOffersRetryAndTheFile(FxRobot robot) throws Exception {
        proxy = new TcpProxy(server.host(), server.port()).start();
        var viaProxy = new DatabaseLocation.Server("127.0.0.1", proxy.port(), server.database(), server.user(),
                server.properties(), server.password());
        settings.keep(viaProxy, true);
        proxy.cut();

        launch(robot);
        waitUntil(() -> context.signInViewModel().retryOfferedProperty().get());
        assertThat(text(robot, "#errorLabel")).isEqualTo("The household server could not be opened. The host 127.0.0.1:"
                + proxy.port() + " refused the connection: no PostgreSQL server listens there. Is it running, and on"
                + " that port?");
        assertThat(robot.lookup("#retryButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("Use this computer's file").tryQuery()).isPresent();

        proxy.start();
        robot.clickOn("#retryButton");
        waitUntil(() -> profileNames(robot).equals("bob"));
        assertThat(text(robot, "#errorLabel")).isEmpty();
        assertThat(robot.lookup("#retryButton").query().isVisible()).isFalse();
    }

    @Test
    void theServerGoingAwayMidSessionAsksToRetryAndRetrySavesTheEditorsValues(FxRobot robot) throws Exception {
        proxy = new TcpProxy(server.host(), server.port()).start();
        settings.keep(new DatabaseLocation.Server("127.0.0.1", proxy.port(), server.database(), server.user(),
                server.properties(), server.password()), true);
        launch(robot);
        AppRobots.signIn(robot, context, "bob");

        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isPresent());
        robot.clickOn("#amountField").write("12.50");
        robot.clickOn("#payeeField").write("Corner Shop");
        robot.clickOn("#categoryChoice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                n -> "Groceries".equals(((Labeled) n).getText())).<Labeled>query());
        robot.clickOn("#descriptionField").write("Milk");
        assertThat(robot.lookup("#saveExpense").queryAs(Button.class).isDisabled()).isFalse();
        proxy.cut();
        long cut = System.nanoTime();
        robot.clickOn("#saveExpense");

        // the pool tries for a new connection up to its timeout (15 s) before the save fails
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#serverLost").tryQuery().isPresent()).get());
        assertThat((System.nanoTime() - cut) / 1_000_000_000).as("seconds to the message").isLessThan(30);
        var lost = robot.lookup("#serverLost").queryAs(DialogPane.class);
        assertThat(lost.getHeaderText()).isEqualTo("The household server is not answering");
        assertThat(lost.getContentText()).contains("127.0.0.1:" + proxy.port()).contains("Nothing was half-written")
                .doesNotContain("Exception");
        assertThat(robot.lookup("#amountField").tryQuery()).as("the editor is still open").isPresent();
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port()
                + "/" + server.database(), server.user(), server.password());
             var rs = c.createStatement().executeQuery("select count(*) from expenses")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing written").isZero();
        }

        proxy.start();
        robot.clickOn("Retry");
        waitUntil(() -> robot.lookup("#amountField").tryQuery().isEmpty());
        waitUntil(() -> DesktopAppTest.table(robot).getItems().size() == 1);
        waitUntil(() -> text(robot, "#footerLabel").equals("1 expense · Total $12.50"));
    }

    private static String status(FxRobot robot) {
        return text(robot, "#serverStatus");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static String profileNames(FxRobot robot) {
        return robot.lookup("#profileList").tryQuery().map(n -> {
            @SuppressWarnings("unchecked")
            var list = (ListView<User>) n;
            return String.join(",", list.getItems().stream().map(User::username).toList());
        }).orElse("");
    }
}
