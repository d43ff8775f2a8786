package io.spendsense.cli.bench.desktop;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import io.spendsense.cli.UserException;
import io.spendsense.domain.User;
import io.spendsense.service.Services;
import io.spendsense.ui.AppContext;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/**
 * The desktop benchmark's run of the real app: the composition root ({@link AppContext}) with the app's own task
 * runner and the benchmark's preferences, in a stage on Monocle's headless screen, driven with the mouse and keyboard
 * as a user would. Each run is one session: sign in, sort by every column, search, filter by a category, scroll a
 * page, open the Charts, Budgets and Insights tabs, measure the heap, sign out. Every action starts with no
 * background work left over, and is timed from the action until the end of the first pulse that shows its result.
 */
public final class DesktopBench {
    /** Filtered for the same reason as in the app's launcher: this app runs JavaFX from the class path. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final String SEARCH = "coffee";
    private static final String CATEGORY = "Dining";
    /** The tabs timed, by the ids of Main.fxml, and the figure each gives. */
    private static final List<String[]> TABS = List.of(new String[] {"chartsTab", "charts-tab-ms"},
            new String[] {"budgetsTab", "budgets-tab-ms"}, new String[] {"insightsTab", "insights-tab-ms"});
    private static final long MIB = 1024 * 1024;

    /** The profile to sign in to: its name and password. */
    public record Profile(String username, String password) {
    }

    private final Profile profile;
    private final PrintWriter progress;
    private final Figures figures;
    private final CountingRunner runner = new CountingRunner();
    private final long timeoutSeconds;
    private final Frames frames;
    private Screen screen;
    private Hands hands;

    private DesktopBench(Profile profile, PrintWriter progress, Figures figures, long timeoutSeconds) {
        this.profile = profile;
        this.progress = progress;
        this.figures = figures;
        this.timeoutSeconds = timeoutSeconds;
        this.frames = new Frames(timeoutSeconds);
    }

    /**
     * Starts the toolkit on Monocle, runs the app over the database {@code opener} opens, and adds each run's figures
     * to {@code figures}; progress goes to {@code progress}. Stops the toolkit at the end.
     */
    public static void run(Callable<Services> opener, Profile profile, int runs, long timeoutSeconds,
                           Figures figures, PrintWriter progress) {
        boolean started = startToolkit();
        var bench = new DesktopBench(profile, progress, figures, timeoutSeconds);
        try {
            bench.runAll(opener, runs);
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    /** Starts the JavaFX toolkit on Monocle unless it runs already; true if this call started it. */
    private static boolean startToolkit() {
        Monocle.require();
        Monocle.select();
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        var up = new CountDownLatch(1);
        boolean started = true;
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started = false;
            Platform.runLater(up::countDown);
        }
        Platform.setImplicitExit(false);
        try {
            if (!up.await(60, TimeUnit.SECONDS)) {
                throw new UserException("bench-desktop: the JavaFX toolkit did not start within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("bench-desktop: interrupted while the toolkit started");
        }
        return started;
    }

    private void runAll(Callable<Services> opener, int runs) {
        var preferences = new UiPreferences(MemoryPreferences.fresh().node("io/spendsense/ui"));
        var stage = new Stage[1];
        // as the app's own start does, on the FX thread: the window at once, the database opening meanwhile
        AppContext context = frames.onFx(() -> {
            stage[0] = new Stage();
            var app = new AppContext(stage[0], opener, preferences, runner);
            app.start();
            frames.follow(stage[0].getScene());
            screen = new Screen(stage[0].getScene());
            hands = new Hands();
            return app;
        }, "the app's start");
        try {
            for (int run = 1; run <= runs; run++) {
                progress.printf(Locale.ROOT, "bench-desktop: run %d of %d%n", run, runs);
                progress.flush();
                session();
            }
        } finally {
            frames.onFx(() -> {
                context.close();
                stage[0].hide();
            }, "closing the app");
        }
    }

    private void session() {
        signIn();
        for (var column : frames.onFx(this::sortableColumns, "the table's columns")) {
            sort(column);
        }
        search();
        filterByCategory();
        scrollOnePage();
        for (String[] tab : TABS) {
            openTab(tab[0], tab[1]);
        }
        heap();
        signOut();
    }

    private void signIn() {
        frames.await("the sign-in screen listing " + profile.username(), () -> profileCell().isPresent());
        frames.onFx(() -> hands.click(profileCell().orElseThrow()), "choosing the profile");
        frames.await("the profile chosen and the database open", () -> {
            var list = (ListView<?>) screen.node("#profileList");
            return isProfile(list.getSelectionModel().getSelectedItem())
                    && !screen.node("#signInButton").isDisabled();
        });
        frames.onFx(() -> {
            hands.click(screen.node("#passwordField"));
            hands.type(profile.password());
        }, "typing the password");
        frames.await("the password typed", () ->
                ((TextInputControl) screen.node("#passwordField")).getText().equals(profile.password()));
        double[] t = frames.millis("the expense table after signing in", () -> new Frames.Timed(
                () -> hands.press(KeyCode.ENTER),
                List.of(() -> screen.table().filter(Screen::showing).isPresent(),
                        () -> screen.table().filter(Screen::showsItems).isPresent())));
        record("signin-to-table-ms", t[1]);
        record("first-page-ms", t[1] - t[0]);
    }

    private Optional<Node> profileCell() {
        return screen.find("#profileList").filter(Screen::showing)
                .flatMap(list -> Screen.listCell((Parent) list, this::isProfile));
    }

    private boolean isProfile(Object item) {
        return item instanceof User u && u.username().equals(profile.username());
    }

    private TableView<?> table() {
        return screen.table().orElseThrow(() -> new IllegalStateException("the expense table is not on the screen"));
    }

    /** The table's sortable columns, those it is sorted by now last (so that each click changes the order). */
    private List<TableColumn<?, ?>> sortableColumns() {
        var table = table();
        var columns = new ArrayList<TableColumn<?, ?>>();
        for (var c : table.getColumns()) {
            if (c.isSortable() && c.isVisible() && !table.getSortOrder().contains(c)) {
                columns.add(c);
            }
        }
        for (var c : table.getSortOrder()) {
            if (c.isSortable() && c.isVisible()) {
                columns.add(c);
            }
        }
        return columns;
    }

    private void sort(TableColumn<?, ?> column) {
        String name = "sort-" + column.getText().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "-ms";
        settle();
        record(name, frames.millisOne("the table sorted by " + column.getText(), () -> {
            var table = table();
            var changed = Screen.changes(table);
            Node header = Screen.header(table, column);
            return new Frames.Timed(() -> hands.click(header), () -> changed.getAsBoolean()
                    && Screen.showsItems(table));
        }));
    }

    private void search() {
        settle();
        frames.onFx(() -> hands.click(screen.node("#searchField")), "clicking the search box");
        record("search-ms", frames.millisOne("the table searched for '" + SEARCH + "'", () -> {
            var table = table();
            // typed in the same step as the Enter that applies it: the box's debounce never fires in between
            hands.type(SEARCH);
            var changed = Screen.changes(table);
            return new Frames.Timed(() -> hands.press(KeyCode.ENTER), () -> changed.getAsBoolean()
                    && Screen.showsItems(table));
        }));
        clearFilters();
    }

    private void filterByCategory() {
        settle();
        frames.onFx(() -> hands.click(screen.node("#categoryBox")), "opening the category filter");
        frames.await("the category list", () -> Screen.popupCell(CATEGORY).isPresent());
        record("filter-category-ms", frames.millisOne("the table filtered by " + CATEGORY, () -> {
            var table = table();
            var changed = Screen.changes(table);
            Node cell = Screen.popupCell(CATEGORY).orElseThrow();
            return new Frames.Timed(() -> hands.click(cell), () -> changed.getAsBoolean()
                    && Screen.showsItems(table));
        }));
        frames.onFx(() -> hands.press(KeyCode.ESCAPE), "closing the category list");
        frames.await("the category list closed", () -> Screen.popupCell(CATEGORY).isEmpty());
        clearFilters();
    }

    private void clearFilters() {
        settle();
        frames.millis("the filters cleared", () -> {
            var table = table();
            var changed = Screen.changes(table);
            Node button = screen.node("#clearFiltersButton");
            return new Frames.Timed(() -> hands.click(button), () -> changed.getAsBoolean()
                    && Screen.showsItems(table));
        });
    }

    /**
     * Page Down in the table: the first press moves the focus to the last row on the screen (untimed); the second
     * scrolls, making that row the first.
     */
    private void scrollOnePage() {
        settle();
        frames.onFx(() -> hands.click(Screen.firstRowNode(table())), "clicking the first row");
        frames.millis("the focus on the last row of the page", () -> {
            var table = table();
            int last = Screen.lastWholeRow(table);
            return new Frames.Timed(() -> hands.press(KeyCode.PAGE_DOWN),
                    () -> table.getFocusModel().getFocusedIndex() == last);
        });
        settle();
        record("scroll-page-ms", frames.millisOne("the table one page down", () -> {
            var table = table();
            int last = Screen.lastWholeRow(table);
            // dispatched at once: the figure is the frame's work (see Frames), not the robot's queue
            return new Frames.Timed(() -> hands.pressNow(table.getScene(), KeyCode.PAGE_DOWN),
                    () -> Screen.firstRow(table) >= last && Screen.showsItems(table));
        }));
    }

    private void openTab(String id, String figure) {
        settle();
        record(figure, frames.millisOne("the " + id, () -> {
            var tab = screen.tab(id);
            Node header = screen.node("#" + id);
            return new Frames.Timed(() -> hands.click(header), () -> tab.isSelected()
                    && Screen.showing(tab.getContent()) && !Screen.busy(tab.getContent()));
        }));
        settle();
        frames.millis("the expenses tab", () -> {
            var tab = screen.tab("expensesTab");
            Node header = screen.node("#expensesTab");
            return new Frames.Timed(() -> hands.click(header), () -> tab.isSelected()
                    && screen.table().filter(Screen::showsItems).isPresent());
        });
    }

    /** Used heap after a full collection, the profile open. */
    private void heap() {
        settle();
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        record("heap-mib", (double) memory.getHeapMemoryUsage().getUsed() / MIB);
    }

    private void signOut() {
        settle();
        frames.onFx(() -> ((MenuButton) screen.node("#profileMenu")).getItems().stream()
                .filter(i -> "signOutItem".equals(i.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Sign out in the profile menu")).fire(),
                "signing out");
        frames.await("the sign-in screen", () -> screen.find("#profileList").filter(Screen::showing).isPresent());
    }

    /** Waits until no background work is pending and its results have reached the screen. */
    private void settle() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < TimeUnit.MILLISECONDS.toNanos(100)) {
                if (runner.pending() > 0) {
                    quietSince = System.nanoTime();
                }
                if (System.nanoTime() > deadline) {
                    throw new UserException("bench-desktop: the app stayed busy for " + timeoutSeconds + " s");
                }
                sleep(10);
            }
            // the last callbacks run before this step's pulse; they may have started more work
            frames.await("the app to be idle", () -> true);
            if (runner.pending() == 0) {
                return;
            }
        }
    }

    private void record(String name, double value) {
        figures.add(name, value);
        progress.printf(Locale.ROOT, "  %s %.1f%n", name, value);
        progress.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("bench-desktop: interrupted");
        }
    }
}
