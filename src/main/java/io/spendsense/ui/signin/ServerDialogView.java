package io.spendsense.ui.signin;

import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Validation;
import io.spendsense.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;

/** Code-behind of ServerDialog.fxml, "Use a household server…": binds the fields and the test to the view-model. */
public final class ServerDialogView {
    static final String FXML = "/io/spendsense/ui/signin/ServerDialog.fxml";
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField serverPasswordField;
    @FXML private CheckBox rememberBox;
    @FXML private ComboBox<TlsMode> tlsChoice;
    @FXML private Label hostError;
    @FXML private Label portError;
    @FXML private Label databaseError;
    @FXML private Label userError;
    @FXML private Button testButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label serverStatus;
    private ServerDialogViewModel viewModel;

    /** Shows the dialog, window-modal; "Use this server" stays disabled until the fields as they are pass a test. */
    public static Dialog<ButtonType> open(ViewLoader loader, Window owner, ServerDialogViewModel viewModel) {
        ViewLoader.Loaded<ServerDialogView> loaded = loader.load(FXML);
        loaded.controller().bind(viewModel);
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.format("app.windowTitle", loader.text("server.dialogTitle")));
        dialog.setHeaderText(loader.text("server.dialogHeader"));
        var pane = dialog.getDialogPane();
        pane.setId("serverDialog");
        if (owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        var use = new ButtonType(loader.text("server.use"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(use, ButtonType.CANCEL);
        pane.setContent(loaded.root());
        var useButton = (Button) pane.lookupButton(use);
        useButton.setId("useServer");
        useButton.disableProperty().bind(viewModel.testedProperty().not().or(viewModel.testingProperty()));
        useButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.use();
        });
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setId("cancelServer");
        viewModel.usedProperty().addListener((o, a, b) -> {
            if (b) {
                dialog.setResult(use);
                dialog.close();
            }
        });
        Forms.growWithMessages(dialog, viewModel.statusProperty(), viewModel.hostErrorProperty(),
                viewModel.portErrorProperty(), viewModel.databaseErrorProperty(), viewModel.userErrorProperty());
        dialog.setOnShown(e -> Platform.runLater(loaded.controller().hostField::requestFocus));
        dialog.show();
        return dialog;
    }

    void bind(ServerDialogViewModel vm) {
        this.viewModel = vm;
        hostField.textProperty().bindBidirectional(vm.hostProperty());
        portField.textProperty().bindBidirectional(vm.portProperty());
        databaseField.textProperty().bindBidirectional(vm.databaseProperty());
        userField.textProperty().bindBidirectional(vm.userProperty());
        serverPasswordField.textProperty().bindBidirectional(vm.passwordProperty());
        rememberBox.selectedProperty().bindBidirectional(vm.rememberPasswordProperty());
        tlsChoice.getItems().setAll(TlsMode.values());
        tlsChoice.setCellFactory(l -> new TlsCell());
        tlsChoice.setButtonCell(new TlsCell());
        tlsChoice.valueProperty().bindBidirectional(vm.tlsProperty());
        Forms.showText(hostError, vm.hostErrorProperty());
        Forms.showText(portError, vm.portErrorProperty());
        Forms.showText(databaseError, vm.databaseErrorProperty());
        Forms.showText(userError, vm.userErrorProperty());
        var validation = new ValidationSupport();
        Validation.decorate(validation, hostField, vm.hostErrorProperty());
        Validation.decorate(validation, portField, vm.portErrorProperty());
        Validation.decorate(validation, databaseField, vm.databaseErrorProperty());
        Validation.decorate(validation, userField, vm.userErrorProperty());
        testButton.disableProperty().bind(vm.testingProperty());
        progress.visibleProperty().bind(vm.testingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        serverStatus.textProperty().bind(vm.statusProperty());
        vm.failedProperty().addListener((o, a, b) -> style());
        vm.testedProperty().addListener((o, a, b) -> style());
        hostField.setOnAction(e -> onTest());
        serverPasswordField.setOnAction(e -> onTest());
    }

    private void style() {
        serverStatus.getStyleClass().removeAll("signin-error", "server-ok");
        if (viewModel.failedProperty().get()) {
            serverStatus.getStyleClass().add("signin-error");
        } else if (viewModel.testedProperty().get()) {
            serverStatus.getStyleClass().add("server-ok");
        }
    }

    @FXML
    private void onTest() {
        viewModel.testConnection();
    }

    /** A TLS mode in its words. */
    private static final class TlsCell extends ListCell<TlsMode> {
        @Override
        protected void updateItem(TlsMode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
