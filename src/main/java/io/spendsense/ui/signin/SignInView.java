package io.spendsense.ui.signin;

import java.util.ResourceBundle;

import io.spendsense.domain.User;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Validation;
import io.spendsense.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Code-behind of SignIn.fxml: binds the profile picker, password and Create profile form to the view-model. */
public final class SignInView {
    private final SignInViewModel viewModel;
    @FXML private ResourceBundle resources;
    @FXML private HBox signInPane;
    @FXML private VBox createPane;
    @FXML private ListView<User> profileList;
    @FXML private Hyperlink createLink;
    @FXML private Label greeting;
    @FXML private PasswordField passwordField;
    @FXML private TextField passwordText;
    @FXML private ToggleButton showPassword;
    @FXML private Label capsLockHint;
    @FXML private Button signInButton;
    @FXML private TextField newUsername;
    @FXML private TextField newDisplayName;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newConfirm;
    @FXML private ComboBox<String> newCurrency;
    @FXML private Label usernameError;
    @FXML private Label passwordError;
    @FXML private Label confirmError;
    @FXML private Label currencyError;
    @FXML private Button createButton;
    @FXML private Button cancelCreateButton;
    @FXML private Button demoButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label status;
    @FXML private Label errorLabel;
    @FXML private Button retryButton;
    @FXML private Label whereLabel;
    @FXML private Label tagline;
    @FXML private Hyperlink useServerLink;
    @FXML private Hyperlink useFileLink;
    private final ViewLoader loader;

    public SignInView(SignInViewModel viewModel, ViewLoader loader) {
        this.viewModel = viewModel;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        profileList.setId("profileList");
        profileList.setItems(viewModel.profiles());
        profileList.setCellFactory(l -> new ProfileCell());
        profileList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.selectedProfileProperty().set(b);
                passwordField.requestFocus();
            }
        });
        viewModel.selectedProfileProperty().addListener((o, a, b) -> profileList.getSelectionModel().select(b));
        // After sign-out the view is new but the view-model remembers the profile; reloading the list keeps it.
        profileList.getSelectionModel().select(viewModel.selectedProfileProperty().get());
        viewModel.profiles().addListener((ListChangeListener<User>) c ->
                profileList.getSelectionModel().select(viewModel.selectedProfileProperty().get()));
        profileList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (viewModel.passwordProperty().get().isEmpty()) {
                    passwordField.requestFocus();
                } else {
                    onSignIn();
                }
            }
        });
        greeting.textProperty().bind(Bindings.createStringBinding(() -> {
            User u = viewModel.selectedProfileProperty().get();
            return u == null ? "" : Messages.format("signin.welcomeBack", u.displayName());
        }, viewModel.selectedProfileProperty()));

        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordText.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordText.visibleProperty().bind(showPassword.selectedProperty());
        passwordField.visibleProperty().bind(showPassword.selectedProperty().not());
        showPassword.textProperty().bind(Bindings.when(showPassword.selectedProperty())
                .then(resources.getString("signin.hide")).otherwise(resources.getString("signin.show")));
        passwordField.addEventHandler(KeyEvent.KEY_RELEASED, e -> updateCapsLock());
        passwordText.addEventHandler(KeyEvent.KEY_RELEASED, e -> updateCapsLock());
        passwordField.focusedProperty().addListener((o, a, b) -> updateCapsLock());

        var form = viewModel.createForm();
        newUsername.textProperty().bindBidirectional(form.usernameProperty());
        newDisplayName.textProperty().bindBidirectional(form.displayNameProperty());
        newPassword.textProperty().bindBidirectional(form.passwordProperty());
        newConfirm.textProperty().bindBidirectional(form.confirmProperty());
        newCurrency.getItems().setAll(CreateProfileViewModel.CURRENCIES);
        newCurrency.valueProperty().bindBidirectional(form.currencyProperty());
        newCurrency.getEditor().textProperty().addListener((o, a, b) -> form.currencyProperty().set(b));
        Forms.showText(usernameError, form.usernameErrorProperty());
        Forms.showText(passwordError, form.passwordErrorProperty());
        Forms.showText(confirmError, form.confirmErrorProperty());
        Forms.showText(currencyError, form.currencyErrorProperty());
        var validation = new ValidationSupport();
        Validation.decorate(validation, newUsername, form.usernameErrorProperty());
        Validation.decorate(validation, newPassword, form.passwordErrorProperty());
        Validation.decorate(validation, newConfirm, form.confirmErrorProperty());
        Validation.decorate(validation, newCurrency, form.currencyErrorProperty());
        createButton.disableProperty().bind(form.validProperty().not().or(viewModel.busyProperty())
                .or(viewModel.waitingProperty()));
        cancelCreateButton.visibleProperty().bind(Bindings.isNotEmpty(viewModel.profiles()));
        newUsername.setOnAction(e -> onCreate());
        newConfirm.setOnAction(e -> onCreate());

        signInPane.visibleProperty().bind(viewModel.creatingProperty().not());
        signInPane.managedProperty().bind(signInPane.visibleProperty());
        createPane.visibleProperty().bind(viewModel.creatingProperty());
        createPane.managedProperty().bind(createPane.visibleProperty());
        viewModel.creatingProperty().addListener((o, a, b) -> Platform.runLater(
                () -> (b ? newUsername : passwordField).requestFocus()));
        // Enabled as soon as the profiles are listed: a sign-in before the services are open waits for them.
        signInButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.waitingProperty())
                .or(viewModel.selectedProfileProperty().isNull()));

        // a server that could not be opened is not "opening" any more: the error says why, Retry tries again
        var opening = viewModel.listedProperty().not().and(viewModel.retryOfferedProperty().not())
                .or(viewModel.waitingProperty());
        progress.visibleProperty().bind(viewModel.busyProperty().or(opening));
        progress.managedProperty().bind(progress.visibleProperty());
        demoButton.visibleProperty().bind(viewModel.demoOfferedProperty());
        demoButton.managedProperty().bind(demoButton.visibleProperty());
        demoButton.disableProperty().bind(viewModel.busyProperty());
        status.textProperty().bind(Bindings.when(opening)
                .then(resources.getString("signin.opening"))
                .otherwise(Bindings.when(viewModel.creatingDemoProperty())
                        .then(resources.getString("signin.creatingDemo")).otherwise("")));
        errorLabel.textProperty().bind(viewModel.errorProperty());
        Forms.showWhen(retryButton, viewModel.retryOfferedProperty());
        whereLabel.textProperty().bind(viewModel.whereProperty());
        tagline.textProperty().bind(Bindings.when(viewModel.onServerProperty())
                .then(resources.getString("signin.taglineServer")).otherwise(resources.getString("signin.tagline")));
        whereLabel.setId("whereLabel");
        Forms.showWhen(useServerLink, viewModel.switchableProperty());
        Forms.showWhen(useFileLink, viewModel.switchableProperty().and(viewModel.onServerProperty()));
        // Typing can start before the profiles are loaded: the keys go to the password (or the new username).
        Platform.runLater(() -> (viewModel.creatingProperty().get() ? newUsername : passwordField).requestFocus());
    }

    private void updateCapsLock() {
        boolean on;
        try {
            on = Platform.isKeyLocked(KeyCode.CAPS).orElse(false);
        } catch (UnsupportedOperationException e) {
            on = false;
        }
        capsLockHint.setVisible(on && (passwordField.isFocused() || passwordText.isFocused()));
        capsLockHint.setManaged(capsLockHint.isVisible());
    }

    @FXML
    private void onSignIn() {
        viewModel.signIn();
    }

    @FXML
    private void onStartCreate() {
        viewModel.startCreate();
    }

    @FXML
    private void onCreate() {
        viewModel.createProfile();
    }

    @FXML
    private void onExploreDemo() {
        viewModel.exploreDemo();
    }

    @FXML
    private void onRetry() {
        viewModel.retry();
    }

    @FXML
    private void onUseFile() {
        viewModel.useFile();
    }

    /** Opens "Use a household server…" over this window; once used, the window lists that server's profiles. */
    @FXML
    private void onUseServer() {
        var dialog = viewModel.serverDialog();
        if (dialog != null) {
            ServerDialogView.open(loader, useServerLink.getScene().getWindow(), dialog);
        }
    }

    @FXML
    private void onCancelCreate() {
        viewModel.cancelCreate();
    }
}
