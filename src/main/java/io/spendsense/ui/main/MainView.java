package io.spendsense.ui.main;

import io.spendsense.ui.common.AvatarView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;

/**
 * Code-behind of Main.fxml: the header with the profile menu, the tabs (Expenses; Charts in {@code chartsHost}), and
 * the collapsible chat column ({@code chatHost}). The charts and chat views are built elsewhere and put into their
 * hosts by the composition root.
 */
public final class MainView {
    private static final double CHAT_DIVIDER = 0.70;
    private final MainViewModel viewModel;
    private final Node expensesView;
    @FXML private MenuButton profileMenu;
    @FXML private Label profileName;
    @FXML private StackPane avatarHost;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private ToggleButton chatToggle;
    @FXML private SplitPane splitPane;
    @FXML private TabPane tabs;
    @FXML private Tab expensesTab;
    @FXML private Tab chartsTab;
    @FXML private StackPane expensesHost;
    @FXML private StackPane chartsHost;
    @FXML private StackPane chatHost;

    public MainView(MainViewModel viewModel, Node expensesView) {
        this.viewModel = viewModel;
        this.expensesView = expensesView;
    }

    @FXML
    private void initialize() {
        SplitPane.setResizableWithParent(chatHost, false);
        var avatar = new AvatarView(13);
        avatar.show(viewModel.username(), viewModel.displayName());
        avatarHost.getChildren().setAll(avatar);
        profileName.setText(viewModel.displayName());
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        expensesHost.getChildren().setAll(expensesView);
        chatToggle.selectedProperty().bindBidirectional(viewModel.chatVisibleProperty());
        showChat(viewModel.chatVisibleProperty().get());
        viewModel.chatVisibleProperty().addListener((o, a, visible) -> showChat(visible));
    }

    private void showChat(boolean visible) {
        var items = splitPane.getItems();
        if (visible && !items.contains(chatHost)) {
            items.add(chatHost);
            splitPane.setDividerPositions(CHAT_DIVIDER);
        } else if (!visible) {
            items.remove(chatHost);
        }
    }

    /** Where the charts view goes (the Charts tab). */
    public StackPane chartsHost() {
        return chartsHost;
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

    @FXML
    private void onSignOut() {
        viewModel.signOut();
    }

    @FXML
    private void onSwitchProfile() {
        viewModel.switchProfile();
    }
}
