package io.spendsense.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.spendsense.assistant.Assistant;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.service.BackupService;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.budgets.BudgetAlerts;
import io.spendsense.ui.budgets.BudgetsView;
import io.spendsense.ui.budgets.BudgetsViewModel;
import io.spendsense.ui.charts.ChartsView;
import io.spendsense.ui.charts.ChartsViewModel;
import io.spendsense.ui.chat.AssistantChat;
import io.spendsense.ui.chat.ChatView;
import io.spendsense.ui.chat.ChatViewModel;
import io.spendsense.ui.common.ControllerFactory;
import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.FxDialogService;
import io.spendsense.ui.common.FxFilePicker;
import io.spendsense.ui.common.Snackbar;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import io.spendsense.ui.common.ViewLoader;
import io.spendsense.ui.expenses.ExpenseEditorView;
import io.spendsense.ui.expenses.ExpensesView;
import io.spendsense.ui.expenses.ExpensesViewModel;
import io.spendsense.ui.expenses.ImportView;
import io.spendsense.ui.insights.InsightsView;
import io.spendsense.ui.insights.InsightsViewModel;
import io.spendsense.ui.insights.Sensitivity;
import io.spendsense.ui.main.MainView;
import io.spendsense.ui.main.MainViewModel;
import io.spendsense.ui.settings.BackupViewModel;
import io.spendsense.ui.settings.UiPreferences;
import io.spendsense.ui.signin.SignInView;
import io.spendsense.ui.signin.SignInViewModel;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: opens the services in the background while the sign-in screen shows,
 * builds the view-models of each signed-in session, and hands controllers to FXMLLoader through a factory that
 * knows every controller class (and refuses the others). Nothing else creates services or view-models.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final Callable<Services> opener;
    private final UiPreferences preferences;
    private final TaskRunner runner;
    private final StackPane content = new StackPane();
    private final Snackbar snackbar = new Snackbar();
    private final FxDialogService dialogs;
    private final ViewLoader loader;
    private final SignInViewModel signIn;
    private Services services;
    private Session session;
    private Assistant assistant;
    private final Map<Long, ChatViewModel> chats = new HashMap<>();
    private Runnable detachInsights = () -> { };
    /** Set by {@link #installBudgets}: what follows a change to the expenses made outside the table (chat, recurring). */
    private Runnable budgetsFollowChange = () -> { };

    /** What exists while a user is signed in; gone at sign-out. */
    public record Session(SignedInUser user, ExpensesViewModel expenses, MainViewModel main, MainView mainView) {
    }

    /** The view-models of a session being built, read by the controller factory while its views load. */
    private record Building(SignedInUser user, ExpensesViewModel expenses, MainViewModel main) {
    }

    public AppContext(Stage stage, Callable<Services> opener, UiPreferences preferences, TaskRunner runner) {
        this(stage, opener, preferences, runner, new FxFilePicker());
    }

    /** With the file dialogs given (tests answer them without a native dialog). */
    public AppContext(Stage stage, Callable<Services> opener, UiPreferences preferences, TaskRunner runner,
                      FilePicker files) {
        this.stage = stage;
        this.opener = opener;
        this.preferences = preferences;
        this.runner = runner;
        this.dialogs = new FxDialogService(() -> stage, snackbar);
        this.signIn = new SignInViewModel(runner);
        preferences.lastProfile().ifPresent(signIn::setPreferredProfile);
        signIn.setOnSignedIn(this::showMain);
        var controllers = new ControllerFactory()
                .register(SignInView.class, () -> new SignInView(signIn))
                .register(ExpensesView.class, () -> new ExpensesView(building().expenses(), loader(), files))
                .register(ExpenseEditorView.class, ExpenseEditorView::new)
                .register(ImportView.class, ImportView::new)
                .register(MainView.class, () -> new MainView(building().main(), buildingExpensesView, files));
        this.loader = new ViewLoader(controllers);
    }

    private Building building;
    private Parent buildingExpensesView;

    private ViewLoader loader() {
        return loader;
    }

    private Building building() {
        if (building == null) {
            throw new IllegalStateException("Session views can only be loaded while a session is being built");
        }
        return building;
    }

    /** Shows the sign-in window at once and opens the database meanwhile (Hibernate needs a second or two). */
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
        showSignIn();
        stage.show();
        runner.run(opener).onSuccess(s -> {
            services = s;
            signIn.servicesReady(s.auth(), s.demo());
        }).onFailure(signIn::servicesFailed).start();
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
        stage.setTitle("SpendSense — Sign in");
        snackbar.hide();
        content.getChildren().setAll(loader.<SignInView>load("/io/spendsense/ui/signin/SignIn.fxml").root());
    }

    private void showMain(SignedInUser user) {
        preferences.setLastProfile(user.username());
        building = new Building(user, new ExpensesViewModel(services, user, runner, dialogs),
                new MainViewModel(user, preferences, this::signOut, this::signOut, backupViewModel()));
        try {
            buildingExpensesView = loader.<ExpensesView>load("/io/spendsense/ui/expenses/Expenses.fxml").root();
            ViewLoader.Loaded<MainView> main = loader.load("/io/spendsense/ui/main/Main.fxml");
            session = new Session(user, building.expenses(), building.main(), main.controller());
            content.getChildren().setAll(main.root());
        } finally {
            building = null;
            buildingExpensesView = null;
        }
        session.main().darkThemeProperty().addListener((o, a, dark) -> applyTheme(dark));
        applyTheme(session.main().darkThemeProperty().get());
        installInsights(session);
        installBudgets(session);
        stage.setTitle(session.main().windowTitle());
    }

    /**
     * The place for the charts and chat views (ui/charts, ui/chat): build them from {@code session} (user,
     * expenses view-model for "show in table") and put them into {@code session.mainView().chartsHost()} and
     * {@code chatHost()}.
     */
    private void installInsights(Session s) {
        var user = s.user();
        if (assistant == null) {
            assistant = Assistant.over(services);
        }
        var charts = new ChartsViewModel(user, services.summaries(), runner, services.clock());
        // One conversation per profile for the whole run of the app: signing out and in again keeps it.
        var chat = chats.computeIfAbsent(user.id(), id -> AssistantChat.viewModel(assistant, user, services.categories(),
                services.summaries(), services.clock(), runner));
        s.mainView().chartsHost().getChildren().setAll(new ChartsView(charts).root());
        s.mainView().chatHost().getChildren().setAll(new ChatView(chat).root());
        charts.refresh();

        ChangeListener<ExpenseFilter> showInTable = (obs, old, filter) -> {
            if (filter != null) {
                s.expenses().applyFilter(filter);
                s.mainView().showExpenses();
            }
        };
        charts.filterRequestProperty().addListener(showInTable);
        chat.filterRequestProperty().addListener(showInTable);
        ChangeListener<Number> savedFromChat = (obs, old, n) -> {
            s.expenses().reload();
            charts.refresh();
            budgetsFollowChange.run();
        };
        chat.expensesChangedProperty().addListener(savedFromChat);
        s.expenses().dataChangesProperty().addListener((obs, old, n) -> {
            assistant.dataChanged(user);
            charts.refresh();
            chat.refreshSuggestions();
        });
        // Recurring expenses that fell due since the profile was last opened are created once, in the background.
        runner.run(() -> services.recurring().generateDue(user))
                .onSuccess(created -> {
                    if (created > 0) {
                        s.expenses().reload();
                        charts.refresh();
                        budgetsFollowChange.run();
                        assistant.dataChanged(user);
                        dialogs.notify(created == 1 ? "1 recurring expense added"
                                : created + " recurring expenses added", null, null);
                    }
                })
                .onFailure(e -> dialogs.showError("Recurring expenses", UserMessages.of(e)))
                .start();
        // The chat view-model outlives the session (kept per profile): at sign-out it lets go of this session.
        detachInsights = () -> {
            chat.filterRequestProperty().removeListener(showInTable);
            chat.expensesChangedProperty().removeListener(savedFromChat);
        };
    }

    /**
     * The Budgets and Insights tabs (ui/budgets, ui/insights), and the budget alerts: after each change to the
     * expenses both views reload and every budget the change took past 80% or 100% is announced in the snackbar.
     */
    private void installBudgets(Session s) {
        var budgets = new BudgetsViewModel(services, s.user(), runner, dialogs);
        var insights = new InsightsViewModel(services, s.user(), runner, dialogs);
        String username = s.user().username();
        insights.sensitivityProperty().set(Sensitivity.parse(preferences.insightSensitivity(username).orElse(null)));
        insights.sensitivityProperty().addListener((o, before, now) ->
                preferences.setInsightSensitivity(username, now.name()));
        var alerts = new BudgetAlerts(services.budgets(), s.user(), runner, dialogs, services.clock());
        s.mainView().budgetsHost().getChildren().setAll(new BudgetsView(budgets).root());
        s.mainView().insightsHost().getChildren().setAll(new InsightsView(insights).root());
        alerts.prime();
        budgets.refresh();
        insights.refresh();
        Runnable follow = () -> {
            alerts.expensesChanged();
            budgets.refresh();
            insights.refresh();
        };
        // Expenses saved from the chat or created by recurring templates do not go through the table's commands.
        budgetsFollowChange = follow;
        ChangeListener<Number> changed = (obs, old, n) -> follow.run();
        s.expenses().dataChangesProperty().addListener(changed);
        Runnable detachCharts = detachInsights;
        detachInsights = () -> {
            detachCharts.run();
            s.expenses().dataChangesProperty().removeListener(changed);
            budgetsFollowChange = () -> { };
        };
    }

    private BackupViewModel backupViewModel() {
        return new BackupViewModel(services.database().file(), new BackupService(services.clock()), runner, dialogs,
                this::restoreDatabase, services.clock().getZone());
    }

    /**
     * Restores a checked backup: signs out, closes the services (the file cannot be swapped under an open
     * SessionFactory), swaps the file in the background and opens the services again, on the restored file or, when
     * the swap failed, on the unchanged one. The sign-in screen then lists the restored profiles.
     */
    private void restoreDatabase(Path backup, Consumer<BackupService.Restored> done, Consumer<Throwable> failed) {
        Services closing = services;
        Path database = closing.database().file();
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
        detachInsights.run();
        detachInsights = () -> { };
        session = null;
        signIn.reset();
        showSignIn();
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void restoreBounds() {
        preferences.windowBounds().ifPresentOrElse(b -> {
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            boolean onScreen = !Double.isNaN(b.x()) && !Screen.getScreensForRectangle(
                    new Rectangle2D(b.x(), b.y(), Math.min(b.width(), 100), Math.min(b.height(), 100))).isEmpty();
            if (onScreen) {
                stage.setX(b.x());
                stage.setY(b.y());
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(b.maximized());
        }, stage::centerOnScreen);
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

    /** The signed-in session, if any: for tests and for the views installed by {@link #installInsights}. */
    public Session session() {
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
        }
    }
}
