package io.spendsense.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.spendsense.assistant.Assistant;
import io.spendsense.domain.AmountParser;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.service.ChangeWatcher;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.budgets.BudgetAlerts;
import io.spendsense.ui.budgets.BudgetsView;
import io.spendsense.ui.budgets.BudgetsViewModel;
import io.spendsense.ui.charts.ChartsView;
import io.spendsense.ui.charts.ChartsViewModel;
import io.spendsense.ui.chat.ChatView;
import io.spendsense.ui.chat.ChatViewModel;
import io.spendsense.ui.common.ControllerFactory;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import io.spendsense.ui.common.ViewLoader;
import io.spendsense.ui.expenses.ExpenseEditorView;
import io.spendsense.ui.expenses.ExpensesView;
import io.spendsense.ui.expenses.ExpensesViewModel;
import io.spendsense.ui.expenses.ImportView;
import io.spendsense.ui.expenses.RatesView;
import io.spendsense.ui.insights.InsightsView;
import io.spendsense.ui.insights.InsightsViewModel;
import io.spendsense.ui.insights.Sensitivity;
import io.spendsense.ui.main.MainView;
import io.spendsense.ui.main.MainViewModel;
import io.spendsense.ui.recurring.RecurringView;
import io.spendsense.ui.recurring.RecurringViewModel;
import io.spendsense.ui.rules.RulesView;
import io.spendsense.ui.rules.RulesViewModel;
import io.spendsense.ui.settings.UiPreferences;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;

/**
 * What exists while a user is signed in, wired together: the main window with its expense table, the charts, the
 * chat column, the Budgets, Insights, Recurring and Rules tabs and the budget alerts, and who follows whose changes.
 * Built by
 * {@link AppContext} at sign-in from the app-wide parts it hands in; {@link #close()} at sign-out lets go of the
 * parts that outlive the session (the chat view-model is kept per profile).
 */
public final class SignedInSession implements AutoCloseable {
    /** The app-wide parts a session is built from: the open services and what the composition root keeps. */
    public record Parts(Services services, TaskRunner runner, DialogService dialogs, UiPreferences preferences,
                        FilePicker files, Assistant assistant, ChatViewModel chat, ControllerFactory controllers,
                        ViewLoader loader) {
    }

    private final Parts parts;
    private final SignedInUser user;
    /**
     * Reads the amounts typed in every editor of the session. A profile has no locale of its own yet, so it is the
     * system's format locale, read here once (the parser itself never reads a default), with the profile currency's
     * decimals (a BHD profile's "12.345" is fils).
     */
    private final AmountParser amounts;
    private final ExpensesViewModel expenses;
    private final MainViewModel main;
    private final MainView mainView;
    private final Parent root;
    /** Undone at {@link #close()}: listeners on objects that outlive the session. */
    private final List<Runnable> detach = new ArrayList<>();
    /** What follows a change to the expenses made outside the table (chat, recurring templates, rules applied). */
    private final List<Runnable> followChange = new ArrayList<>();
    /** Reads the profile's change counter in the background: changes made elsewhere show here (decision 0021). */
    private final ChangeWatcher watcher;
    /** A refresh for changes made elsewhere is on its way to the FX thread: further signals until then are one. */
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private ChatViewModel chat;
    private boolean closed;

    /** Builds the main window of {@code main}'s user and everything in it; call on the FX thread. */
    public SignedInSession(Parts parts, SignedInUser user, MainViewModel main) {
        this.parts = parts;
        this.user = user;
        this.amounts = new AmountParser(Locale.getDefault(Locale.Category.FORMAT), user.currency());
        this.main = main;
        // Started first, so that its first reading (what counts as unchanged) comes before the views' first loads
        // rather than after them; a signal is handled on the FX thread, after this constructor.
        this.watcher = parts.services().changes().watcher(user).onChange(this::signalledElsewhere).start();
        this.expenses = new ExpensesViewModel(parts.services(), user, parts.runner(), parts.dialogs(), amounts);
        // The session's own controllers, in the app's controller factory until close(): the main window, the
        // expense table and its dialogs, and the tabs.
        var loader = parts.loader();
        register(ExpensesView.class, () -> new ExpensesView(expenses, loader, parts.files()));
        register(ExpenseEditorView.class, ExpenseEditorView::new);
        register(ImportView.class, ImportView::new);
        register(RatesView.class, RatesView::new);
        Parent expensesView = loader.<ExpensesView>load("/io/spendsense/ui/expenses/Expenses.fxml").root();
        register(MainView.class, () -> new MainView(main, expensesView, parts.files()));
        ViewLoader.Loaded<MainView> loaded = loader.load("/io/spendsense/ui/main/Main.fxml");
        this.mainView = loaded.controller();
        this.root = loaded.root();
        installChartsAndChat();
        installBudgets();
        installRecurringAndRules();
        generateDueRecurring();
    }

    /**
     * On the watcher's thread: another window, computer or command changed this profile's data. The hop to the FX
     * thread goes through the task runner (its callbacks run there); signals that come while one is on its way are
     * one refresh.
     */
    private void signalledElsewhere() {
        if (refreshPending.compareAndSet(false, true)) {
            parts.runner().run(() -> Boolean.TRUE)
                    .onSuccess(x -> {
                        refreshPending.set(false);
                        changedElsewhere();
                    })
                    .onFailure(e -> refreshPending.set(false))
                    .start();
        }
    }

    /**
     * Changes made elsewhere: the table reads its rows again keeping its filter, order, place and selection; the
     * assistant re-reads the user's words (its answers are read from the database at each question); the chat's
     * suggestions, the charts, budgets, insights, recurring and rules tabs reload, as after a change made here.
     */
    void changedElsewhere() {
        if (closed) {
            return;
        }
        expenses.refresh();
        parts.assistant().dataChanged(user);
        if (chat != null) {
            chat.refreshSuggestions();
        }
        followChange.forEach(Runnable::run);
    }

    /** Registers a controller of this session; {@link #close()} takes it out of the factory again. */
    private <C> void register(Class<C> type, Supplier<? extends C> supplier) {
        parts.controllers().register(type, supplier);
        detach.add(() -> parts.controllers().unregister(type));
    }

    /** Loads a tab's view with {@code controller} as its code-behind. */
    private <C> Parent load(Class<C> type, String fxml, Supplier<? extends C> controller) {
        register(type, controller);
        return parts.loader().load(fxml).root();
    }

    /** The charts view (Charts tab) and the chat column; "Show in table" from either filters the expense table. */
    private void installChartsAndChat() {
        var services = parts.services();
        var charts = new ChartsViewModel(user, services.summaries(), parts.runner(), services.clock());
        var chat = parts.chat();
        this.chat = chat;
        mainView.chartsHost().getChildren().setAll(
                load(ChartsView.class, ChartsView.FXML, () -> new ChartsView(charts)));
        mainView.chatHost().getChildren().setAll(
                load(ChatView.class, ChatView.FXML, () -> new ChatView(chat)));
        charts.refresh();

        ChangeListener<ExpenseFilter> showInTable = (obs, old, filter) -> {
            if (filter != null) {
                expenses.applyFilter(filter);
                mainView.showExpenses();
            }
        };
        charts.filterRequestProperty().addListener(showInTable);
        chat.filterRequestProperty().addListener(showInTable);
        // The assistant already re-reads its words after a confirmed save; telling it again costs nothing.
        ChangeListener<Number> savedFromChat = (obs, old, n) -> changedOutsideTheTable();
        chat.expensesChangedProperty().addListener(savedFromChat);
        expenses.dataChangesProperty().addListener((obs, old, n) -> {
            parts.assistant().dataChanged(user);
            charts.refresh();
            chat.refreshSuggestions();
        });
        followChange.add(charts::refresh);
        // The chat view-model outlives the session (kept per profile): at sign-out it lets go of this session.
        detach.add(() -> {
            chat.filterRequestProperty().removeListener(showInTable);
            chat.expensesChangedProperty().removeListener(savedFromChat);
        });
    }

    /**
     * The Budgets and Insights tabs, and the budget alerts: after each change to the expenses both views reload and
     * every budget the change took past 80% or 100% is announced in the snackbar.
     */
    private void installBudgets() {
        var services = parts.services();
        var budgets = new BudgetsViewModel(services, user, parts.runner(), parts.dialogs(), amounts);
        var insights = new InsightsViewModel(services, user, parts.runner(), parts.dialogs());
        var preferences = parts.preferences();
        String username = user.username();
        insights.sensitivityProperty().set(Sensitivity.parse(preferences.insightSensitivity(username).orElse(null)));
        insights.sensitivityProperty().addListener((o, before, now) ->
                preferences.setInsightSensitivity(username, now.name()));
        var alerts = new BudgetAlerts(services.budgets(), user, parts.runner(), parts.dialogs(), services.clock());
        mainView.budgetsHost().getChildren().setAll(
                load(BudgetsView.class, BudgetsView.FXML, () -> new BudgetsView(budgets)));
        mainView.insightsHost().getChildren().setAll(
                load(InsightsView.class, InsightsView.FXML, () -> new InsightsView(insights)));
        alerts.prime();
        budgets.refresh();
        insights.refresh();
        Runnable follow = () -> {
            alerts.expensesChanged();
            budgets.refresh();
            insights.refresh();
        };
        followChange.add(follow);
        expenses.dataChangesProperty().addListener((obs, old, n) -> follow.run());
    }

    /**
     * The Recurring and Rules tabs. Saving a template may create the expenses due up to today, and applying a rule
     * changes expenses: both reload the table and everything that follows it. Any change to the expenses reloads
     * both screens (new history may make a monthly-bill candidate or a suggested rule; a preview may change).
     */
    private void installRecurringAndRules() {
        var services = parts.services();
        var recurring = new RecurringViewModel(services, user, parts.runner(), parts.dialogs(), amounts);
        var rules = new RulesViewModel(services, user, parts.runner(), parts.dialogs(), amounts);
        mainView.recurringHost().getChildren().setAll(
                load(RecurringView.class, RecurringView.FXML, () -> new RecurringView(recurring)));
        mainView.rulesHost().getChildren().setAll(
                load(RulesView.class, RulesView.FXML, () -> new RulesView(rules)));
        recurring.refresh();
        rules.refresh();
        ChangeListener<Number> changedHere = (obs, old, n) -> changedOutsideTheTable();
        recurring.expensesChangedProperty().addListener(changedHere);
        rules.expensesChangedProperty().addListener(changedHere);
        // A new, changed or removed template changes what is due: the Insights tab's list, the budget forecasts.
        recurring.templatesChangedProperty().addListener((obs, old, n) -> followChange.forEach(Runnable::run));
        Runnable follow = () -> {
            recurring.refresh();
            rules.refresh();
        };
        followChange.add(follow);
        expenses.dataChangesProperty().addListener((obs, old, n) -> follow.run());
    }

    /** Recurring expenses that fell due since the profile was last opened are created once, in the background. */
    private void generateDueRecurring() {
        parts.runner().run(() -> parts.services().recurring().generateDue(user))
                .onSuccess(created -> {
                    if (created > 0) {
                        changedOutsideTheTable();
                        parts.dialogs().notify(Messages.format("recurring.generated", created), null, null);
                    }
                })
                .onFailure(e -> parts.dialogs().showError(Messages.get("recurring.error.generate"), UserMessages.of(e)))
                .start();
    }

    /**
     * Expenses saved from the chat, created by recurring templates or changed by a rule do not go through the table's
     * commands: the one place that reloads the table, tells the assistant to re-read the user's words, and lets every
     * tab that follows the expenses catch up.
     */
    private void changedOutsideTheTable() {
        expenses.reload();
        parts.assistant().dataChanged(user);
        followChange.forEach(Runnable::run);
    }

    /** The main window's root, to show in the stage. */
    public Parent root() {
        return root;
    }

    public SignedInUser user() {
        return user;
    }

    public ExpensesViewModel expenses() {
        return expenses;
    }

    public MainViewModel main() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    /** Lets go of what outlives the session; nothing of it follows changes afterwards. */
    @Override
    public void close() {
        closed = true;
        watcher.close();
        detach.forEach(Runnable::run);
        detach.clear();
        followChange.clear();
    }
}
