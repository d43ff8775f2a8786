package io.spendsense.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import io.spendsense.assistant.Assistant;
import io.spendsense.assistant.WarmUp;
import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.BackupService;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.chat.AssistantChat;
import io.spendsense.ui.chat.ChatViewModel;
import io.spendsense.ui.common.BinaryStylesheets;
import io.spendsense.ui.common.ControllerFactory;
import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.FxDialogService;
import io.spendsense.ui.common.FxFilePicker;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Snackbar;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.ViewLoader;
import io.spendsense.ui.main.MainViewModel;
import io.spendsense.ui.settings.BackupViewModel;
import io.spendsense.ui.settings.UiPreferences;
import io.spendsense.ui.signin.ServerDialogView;
import io.spendsense.ui.signin.SignInView;
import io.spendsense.ui.signin.SignInViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: opens the data in the background while the sign-in screen shows (the
 * profiles first, then the services: {@link DataBoot}),
 * keeps what lives for the whole run (the services, the assistant, one chat per profile, the theme and window
 * bounds), builds a {@link SignedInSession} at each sign-in and drops it at sign-out, and swaps the database on a
 * restore. Nothing else creates services.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    /**
     * The opening of the data, under way (the first usually since the JVM started) or started by {@link #start()},
     * a retry or a switch of database.
     */
    private DataBoot boot;
    /** Opens the services again after a restore swapped the file. */
    private final Callable<Services> opener;
    /** The databases the sign-in window may switch between; null when it offers no other (tests of one file). */
    private final Databases databases;
    /** Where the data is opened (null until known: a boot of a single database says once it is open). */
    private DatabaseLocation location;
    /** Bumped by every opening: the answers of an opening given up (a retry, a switch) are dropped. */
    private int opening;
    private final UiPreferences preferences;
    private final TaskRunner runner;
    private final FilePicker files;
    private final StackPane content = new StackPane();
    private final Snackbar snackbar = new Snackbar();
    private final FxDialogService dialogs;
    /** The app's one controller factory: the sign-in view here, the signed-in screens by each session. */
    private final ControllerFactory controllers = new ControllerFactory();
    private final ViewLoader loader = new ViewLoader(controllers);
    private final SignInViewModel signIn;
    private Services services;
    private SignedInSession session;
    private Assistant assistant;
    /** One conversation per profile for the whole run of the app: signing out and in again keeps it. */
    private final Map<Long, ChatViewModel> chats = new HashMap<>();

    public AppContext(Stage stage, Callable<Services> opener, UiPreferences preferences, TaskRunner runner) {
        this(stage, opener, preferences, runner, new FxFilePicker());
    }

    /**
     * Opening the services with {@code opener} (the profiles are listed once they are open), with the file dialogs
     * given (tests answer them without a native dialog). The boot starts with {@link #start()}.
     */
    public AppContext(Stage stage, Callable<Services> opener, UiPreferences preferences, TaskRunner runner,
                      FilePicker files) {
        this(stage, null, opener, preferences, runner, files);
    }

    /**
     * The desktop app's: {@code boot} is the first opening, already under way ({@code null}: {@link #start()} starts
     * one with {@code opener}); {@code opener} opens the services again after a restore.
     */
    AppContext(Stage stage, DataBoot boot, Callable<Services> opener, UiPreferences preferences, TaskRunner runner,
               FilePicker files) {
        this(stage, boot, null, opener, preferences, runner, files);
    }

    /**
     * The desktop app's: {@code boot} was started from the app's {@link Databases} (at launch,
     * {@code DataBoot.start(databases)}); the sign-in window shows which database it opens and may switch to the
     * other (decision 0022).
     */
    AppContext(Stage stage, DataBoot boot, UiPreferences preferences, TaskRunner runner, FilePicker files) {
        this(stage, boot, boot.databases().orElseThrow(), null, preferences, runner, files);
    }

    private AppContext(Stage stage, DataBoot boot, Databases databases, Callable<Services> opener,
                       UiPreferences preferences, TaskRunner runner, FilePicker files) {
        this.stage = stage;
        this.boot = boot;
        this.databases = databases;
        this.location = boot == null ? null : boot.location().orElse(null);
        this.opener = databases == null ? opener : () -> databases.prepare(location).open();
        this.preferences = preferences;
        this.runner = runner;
        this.files = files;
        this.dialogs = new FxDialogService(() -> stage, snackbar);
        this.signIn = new SignInViewModel(runner);
        preferences.lastProfile().ifPresent(signIn::setPreferredProfile);
        signIn.setOnSignedIn(this::showMain);
        signIn.showDatabase(location);
        if (databases != null) {
            signIn.setDatabaseSwitch(new DatabaseSwitcher(databases, runner, () -> location, this::open));
        }
        // The session's own views (main window, expenses, the tabs) are registered by SignedInSession.
        controllers.register(SignInView.class, () -> new SignInView(signIn, loader));
        controllers.register(ServerDialogView.class, ServerDialogView::new);
    }

    /**
     * Shows the sign-in window at once, with the profiles if the boot has listed them already (else as soon as it
     * has), then waits in the background for the services (Hibernate needs a second or more).
     */
    public void start() {
        var root = new StackPane(content, snackbar);
        root.getStyleClass().add("app-root");
        var scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(AppContext.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        addIcons();
        restoreBounds();
        stage.setOnHiding(e -> saveBounds());
        applyTheme(preferences.lastProfile().map(preferences::darkTheme).orElse(false));
        if (boot == null) {
            boot = DataBoot.afterServices(opener);
        }
        // listed before the window is shown, so that its first frame has them
        boot.profilesIfListed().ifPresent(signIn::profilesListed);
        showSignIn();
        stage.show();
        // Hibernate's build starts once this first frame is under way: on two cores it would slow the window
        // (measured, decision 0020), and the profiles need none of it.
        Platform.runLater(boot::openServices);
        follow(boot, opening);
    }

    /**
     * Shows what {@code opened} lists and opens, unless another opening has begun since ({@code generation} is no
     * longer the current one). The worker waits for the boot's steps (the FX thread never does).
     */
    private void follow(DataBoot opened, int generation) {
        runner.run(opened::profiles).onSuccess(users -> {
            if (generation == opening) {
                signIn.profilesListed(users);
                runner.run(opened::services).onSuccess(s -> {
                    if (generation == opening) {
                        servicesOpened(s);
                    }
                }).onFailure(e -> failed(generation, e)).start();
            }
        }).onFailure(e -> failed(generation, e)).start();
    }

    private void failed(int generation, Throwable e) {
        if (generation == opening) {
            signIn.servicesFailed(e);
        }
    }

    /**
     * Opens {@code where} instead of the database in use, from the sign-in window (a retry, the household server, the
     * file): the open services, or the opening under way, are closed; the window lists the new database's profiles.
     */
    private void open(DatabaseLocation where) {
        int generation = ++opening;
        Services closing = services;
        DataBoot previous = boot;
        services = null;
        signIn.servicesClosed();
        assistant = null;
        chats.clear();
        location = where;
        signIn.showDatabase(where);
        boot = DataBoot.start(databases, where);
        boot.openServices();
        if (closing != null) {
            runner.run(() -> {
                closing.close();
                return null;
            }).onFailure(e -> LOG.debug("Closing the database given up failed", e)).start();
        } else if (previous != null) {
            previous.close();   // still opening (or failed): whatever it opens is closed
        }
        follow(boot, generation);
    }

    private void servicesOpened(Services opened) {
        services = opened;
        if (location == null) {
            location = opened.location();
            signIn.showDatabase(location);
        }
        signIn.servicesReady(opened.auth(), opened.demo());
        // the grammar's first use costs class loading: pay it while the user types a password
        WarmUp.inBackground();
    }

    /**
     * The window and task-bar icon: the PNGs drawn by packaging/IconGenerator.java (copied here from its output),
     * loaded in the background so that they cost the first window nothing.
     */
    private void addIcons() {
        var icons = new java.util.ArrayList<Image>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = AppContext.class.getResource("icons/spendsense-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm(), true));
            }
        }
        stage.getIcons().setAll(icons);
    }

    private void showSignIn() {
        stage.setTitle(Messages.get("signin.windowTitle"));
        snackbar.hide();
        content.getChildren().setAll(loader.<SignInView>load("/io/spendsense/ui/signin/SignIn.fxml").root());
    }

    private void showMain(SignedInUser user) {
        preferences.setLastProfile(user.username());
        if (assistant == null) {
            assistant = Assistant.over(services);
        }
        var ready = assistant;
        // the user's words and the common query shapes, read before the first question instead of during it
        runner.run(() -> {
            ready.prepare(user);
            return null;
        }).onFailure(e -> LOG.debug("assistant preparation failed", e)).start();
        var chat = chats.computeIfAbsent(user.id(), id -> AssistantChat.viewModel(assistant, user,
                services.categories(), services.summaries(), services.clock(), runner));
        var main = new MainViewModel(user, preferences, this::signOut, this::signOut, backupViewModel());
        session = new SignedInSession(new SignedInSession.Parts(services, sessionRunner(), dialogs, preferences, files,
                assistant, chat, controllers, loader), user, main);
        content.getChildren().setAll(session.root());
        main.darkThemeProperty().addListener((o, a, dark) -> applyTheme(dark));
        applyTheme(main.darkThemeProperty().get());
        stage.setTitle(main.windowTitle());
    }

    /** On a household server, work that fails because the server went away asks to be retried (decision 0022). */
    private TaskRunner sessionRunner() {
        return services.location() instanceof DatabaseLocation.Server server
                ? RetryingTaskRunner.onServer(runner, server, stage) : runner;
    }

    private BackupViewModel backupViewModel() {
        if (!(services.location() instanceof DatabaseLocation.File)) {
            return null;   // a server is backed up by its administrator (pg_dump), not from the profile menu
        }
        return new BackupViewModel(services.databaseFile(), new BackupService(services.clock()), runner, dialogs,
                this::restoreDatabase, services.clock().getZone());
    }

    /**
     * Restores a checked backup: signs out, closes the services (the file cannot be swapped under an open
     * SessionFactory), swaps the file in the background and opens the services again, on the restored file or, when
     * the swap failed, on the unchanged one. The sign-in screen then lists the restored profiles.
     */
    private void restoreDatabase(Path backup, Consumer<BackupService.Restored> done, Consumer<Throwable> failed) {
        Services closing = services;
        Path database = closing.databaseFile();
        var backups = new BackupService(closing.clock());
        services = null;
        // Before signing out, so that the sign-in screen does not list profiles from the database being closed.
        signIn.servicesClosed();
        signOut();
        // The assistant and the chats hold the old data; they are rebuilt from the reopened services.
        assistant = null;
        chats.clear();
        runner.run(() -> {
            closing.close();
            BackupService.Restored restored = null;
            RuntimeException failure = null;
            try {
                restored = backups.restore(database, backup);
            } catch (RuntimeException e) {
                failure = e;
            }
            return new Reopened(opener.call(), restored, failure);
        }).onSuccess(r -> {
            services = r.services();
            signIn.servicesReady(r.services().auth(), r.services().demo());
            if (r.failure() != null) {
                failed.accept(r.failure());
            } else {
                done.accept(r.restored());
            }
        }).onFailure(e -> {
            signIn.servicesFailed(e);
            failed.accept(e);
        }).start();
    }

    private record Reopened(Services services, BackupService.Restored restored, RuntimeException failure) {
    }

    /** Sign out and switch profile both return to the profile picker with nothing of the session left. */
    private void signOut() {
        if (session != null) {
            session.close();
        }
        session = null;
        signIn.reset();
        showSignIn();
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(BinaryStylesheets.theme(dark));
    }

    private void restoreBounds() {
        preferences.windowBounds().ifPresentOrElse(b -> {
            var screens = Double.isNaN(b.x()) ? List.<Screen>of() : Screen.getScreensForRectangle(
                    new Rectangle2D(b.x(), b.y(), Math.min(b.width(), 100), Math.min(b.height(), 100)));
            // the screen it was on, or the main one: never larger than that screen, never past its edges (a window
            // saved on a bigger monitor, or at another resolution, comes back whole)
            Rectangle2D area = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
            double width = Math.min(b.width(), area.getWidth());
            double height = Math.min(b.height(), area.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            if (!screens.isEmpty()) {
                stage.setX(Math.max(area.getMinX(), Math.min(b.x(), area.getMaxX() - width)));
                stage.setY(Math.max(area.getMinY(), Math.min(b.y(), area.getMaxY() - height)));
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(b.maximized());
        }, () -> {
            // no bounds saved yet: the default size, also when the stage was sized before (the tests share one)
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
        });
    }

    private void saveBounds() {
        if (stage.isMaximized() || stage.isIconified()) {
            preferences.windowBounds().ifPresent(b -> preferences.setWindowBounds(
                    new UiPreferences.WindowBounds(b.x(), b.y(), b.width(), b.height(), stage.isMaximized())));
            return;
        }
        preferences.setWindowBounds(new UiPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), false));
    }

    /** The signed-in session, if any (for tests). */
    public SignedInSession session() {
        return session;
    }

    public SignInViewModel signInViewModel() {
        return signIn;
    }

    @Override
    public void close() {
        if (stage.isShowing()) {
            // Platform.exit() closes the app without hiding the window first.
            saveBounds();
        }
        // A closed context no longer follows its stage (tests reuse one primary stage for several contexts).
        stage.setOnHiding(null);
        if (runner instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the task runner failed", e);
            }
        }
        if (services != null) {
            services.close();
        } else if (boot != null) {
            boot.close();   // still opening (or failed): whatever it opens is closed
        }
    }
}
