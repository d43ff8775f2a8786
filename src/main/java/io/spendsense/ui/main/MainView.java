package io.spendsense.ui.main;

import io.spendsense.ui.common.AvatarView;
import io.spendsense.ui.common.FilePicker;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * Code-behind of Main.fxml: the header with the profile menu, the tabs (Expenses; Charts, Budgets, Insights,
 * Recurring and Rules in their hosts), and the collapsible chat column ({@code chatHost}). The views in the hosts are
 * built elsewhere and put there by {@code SignedInSession}.
 */
public final class MainView {
    private static final double CHAT_DIVIDER = 0.70;
    private final MainViewModel viewModel;
    private final Node expensesView;
    private final FilePicker files;
    @FXML private MenuButton profileMenu;
    @FXML private Label profileName;
    @FXML private StackPane avatarHost;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private MenuItem backUpItem;
    @FXML private MenuItem restoreItem;
    @FXML private ProgressIndicator backupProgress;
    @FXML private ToggleButton chatToggle;
    @FXML private SplitPane splitPane;
    @FXML private TabPane tabs;
    @FXML private Tab expensesTab;
    @FXML private Tab chartsTab;
    @FXML private Tab budgetsTab;
    @FXML private Tab insightsTab;
    @FXML private Tab recurringTab;
    @FXML private Tab rulesTab;
    @FXML private StackPane expensesHost;
    @FXML private StackPane chartsHost;
    @FXML private StackPane budgetsHost;
    @FXML private StackPane insightsHost;
    @FXML private StackPane recurringHost;
    @FXML private StackPane rulesHost;
    @FXML private StackPane chatHost;

    public MainView(MainViewModel viewModel, Node expensesView) {
        this(viewModel, expensesView, null);
    }

    /** With the file dialogs of the backup items ({@code files} is only used when the view-model has a backup). */
    public MainView(MainViewModel viewModel, Node expensesView, FilePicker files) {
        this.viewModel = viewModel;
        this.expensesView = expensesView;
        this.files = files;
    }

    @FXML
    private void initialize() {
        var avatar = new AvatarView(13);
        avatar.show(viewModel.username(), viewModel.displayName());
        avatarHost.getChildren().setAll(avatar);
        profileName.setText(viewModel.displayName());
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        expensesHost.getChildren().setAll(expensesView);
        chatToggle.selectedProperty().bindBidirectional(viewModel.chatVisibleProperty());
        if (viewModel.chatVisibleProperty().get()) {
            placeDivider();
        } else {
            showChat(false);
        }
        viewModel.chatVisibleProperty().addListener((o, a, visible) -> showChat(visible));
        boolean backups = viewModel.backup().isPresent() && files != null;
        backUpItem.setVisible(backups);
        restoreItem.setVisible(backups);
        viewModel.backup().ifPresent(b -> {
            backupProgress.visibleProperty().bind(b.busyProperty());
            backUpItem.disableProperty().bind(b.busyProperty());
            restoreItem.disableProperty().bind(b.busyProperty());
        });
    }

    private void showChat(boolean visible) {
        var items = splitPane.getItems();
        if (visible && !items.contains(chatHost)) {
            items.add(chatHost);
            placeDivider();
        } else if (!visible) {
            items.remove(chatHost);
        }
    }

    /**
     * A split pane that has no width yet forgets its divider position, so the chat column gets its share once the
     * window has laid it out; after that it keeps its width when the window is resized.
     */
    private void placeDivider() {
        SplitPane.setResizableWithParent(chatHost, true);
        if (splitPane.getWidth() > 0) {
            splitPane.setDividerPositions(CHAT_DIVIDER);
            SplitPane.setResizableWithParent(chatHost, false);
            return;
        }
        splitPane.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number before, Number width) {
                if (width.doubleValue() > 0) {
                    splitPane.widthProperty().removeListener(this);
                    splitPane.setDividerPositions(CHAT_DIVIDER);
                    SplitPane.setResizableWithParent(chatHost, false);
                }
            }
        });
    }

    /** Where the charts view goes (the Charts tab). */
    public StackPane chartsHost() {
        return chartsHost;
    }

    /** Where the budgets view goes (the Budgets tab). */
    public StackPane budgetsHost() {
        return budgetsHost;
    }

    /** Where the insights view goes (the Insights tab). */
    public StackPane insightsHost() {
        return insightsHost;
    }

    /** Where the recurring view goes (the Recurring tab). */
    public StackPane recurringHost() {
        return recurringHost;
    }

    /** Where the rules view goes (the Rules tab). */
    public StackPane rulesHost() {
        return rulesHost;
    }

    /** Where the chat view goes (the right-hand column; hidden while the chat is collapsed). */
    public StackPane chatHost() {
        return chatHost;
    }

    public void showExpenses() {
        tabs.getSelectionModel().select(expensesTab);
    }

    public void showCharts() {
        tabs.getSelectionModel().select(chartsTab);
    }

    public void showBudgets() {
        tabs.getSelectionModel().select(budgetsTab);
    }

    public void showInsights() {
        tabs.getSelectionModel().select(insightsTab);
    }

    public void showRecurring() {
        tabs.getSelectionModel().select(recurringTab);
    }

    public void showRules() {
        tabs.getSelectionModel().select(rulesTab);
    }

    @FXML
    private void onBackUp() {
        viewModel.backup().ifPresent(b -> files.saveBackup(window(), b.backupsFolder(), b.suggestedName())
                .ifPresent(b::backUp));
    }

    @FXML
    private void onRestore() {
        viewModel.backup().ifPresent(b -> files.openBackup(window(), b.backupsFolder()).ifPresent(b::restoreFrom));
    }

    private Window window() {
        return profileMenu.getScene() == null ? null : profileMenu.getScene().getWindow();
    }

    @FXML
    private void onSignOut() {
        viewModel.signOut();
    }

    @FXML
    private void onSwitchProfile() {
        viewModel.switchProfile();
    }
}
