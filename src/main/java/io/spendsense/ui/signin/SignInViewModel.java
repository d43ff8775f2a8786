package io.spendsense.ui.signin;

import java.util.List;
import java.util.function.Consumer;

import io.spendsense.domain.User;
import io.spendsense.service.AuthService;
import io.spendsense.service.DemoService;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.ValidationException;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sign-in screen: the local profiles, the password of the chosen one, and the "Create profile" form. The
 * database opens in the background meanwhile; until {@link #servicesReady} the screen shows that it is starting.
 */
public final class SignInViewModel {
    private final TaskRunner runner;
    private final CreateProfileViewModel createForm = new CreateProfileViewModel();
    private final ObservableList<User> profiles = FXCollections.observableArrayList();
    private final ObservableList<User> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObjectProperty<User> selectedProfile = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demoOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creatingDemo = new ReadOnlyBooleanWrapper(false);
    private AuthService auth;
    private DemoService demo;
    private String preferredProfile;
    /** Enter was pressed before the database was open: sign in as soon as it is, into the last profile used. */
    private boolean signInWhenReady;
    private boolean loadingProfiles;
    private Consumer<SignedInUser> onSignedIn = u -> { };

    public SignInViewModel(TaskRunner runner) {
        this.runner = runner;
        // A password typed while the profiles were still loading belongs to the first selection: keep it.
        selectedProfile.addListener((o, a, b) -> {
            if (a != null) {
                password.set("");
                error.set("");
            }
        });
    }

    /** Called by the composition root once the database is open; loads the profiles. */
    public void servicesReady(AuthService authService) {
        servicesReady(authService, null);
    }

    /** As {@link #servicesReady(AuthService)}, with the demo profile offered on a first run. */
    public void servicesReady(AuthService authService, DemoService demoService) {
        this.auth = authService;
        this.demo = demoService;
        ready.set(true);
        refreshProfiles();
    }

    /** The database is being closed (a restore): nothing to sign in to until {@link #servicesReady} again. */
    public void servicesClosed() {
        auth = null;
        demo = null;
        ready.set(false);
        profiles.clear();
        selectedProfile.set(null);
    }

    public void servicesFailed(Throwable failure) {
        error.set(Messages.format("signin.databaseFailed", UserMessages.of(failure)));
    }

    public void setOnSignedIn(Consumer<SignedInUser> callback) {
        this.onSignedIn = callback;
    }

    /** The profile to pre-select (the last one used on this machine), if it still exists. */
    public void setPreferredProfile(String username) {
        this.preferredProfile = username;
    }

    public void refreshProfiles() {
        if (auth == null) {
            return;
        }
        loadingProfiles = true;
        runner.run(auth::listUsers).onBusy(busy::set).onSuccess(users -> {
            loadingProfiles = false;
            showProfiles(users);
        }).onFailure(e -> {
            loadingProfiles = false;
            error.set(UserMessages.of(e));
        }).start();
    }

    private void showProfiles(List<User> users) {
        profiles.setAll(users);
        demoOffered.set(demo != null && users.isEmpty());
        if (users.isEmpty()) {
            startCreate();
            return;
        }
        creating.set(false);
        var preferred = users.stream().filter(u -> u.username().equals(preferredProfile)).findFirst();
        selectedProfile.set(preferred.orElse(users.get(0)));
        if (signInWhenReady) {
            signInWhenReady = false;
            // Only into the profile the user saw last time; a password typed blind is not tried on another one.
            if (preferred.isPresent() && !password.get().isEmpty()) {
                signIn();
            }
        }
    }

    public void signIn() {
        User profile = selectedProfile.get();
        if (auth == null || loadingProfiles) {
            signInWhenReady = true;
            return;
        }
        if (busy.get()) {
            return;
        }
        if (profile == null) {
            error.set(Messages.get("signin.chooseFirst"));
            return;
        }
        if (password.get().isEmpty()) {
            error.set(Messages.format("signin.enterPassword", profile.displayName()));
            return;
        }
        String pw = password.get();
        runner.run(() -> auth.signIn(profile.username(), pw)).onBusy(busy::set)
                .onSuccess(this::signedIn)
                .onFailure(e -> {
                    password.set("");
                    error.set(UserMessages.of(e));
                }).start();
    }

    private void signedIn(SignedInUser user) {
        password.set("");
        error.set("");
        preferredProfile = user.username();
        onSignedIn.accept(user);
    }

    public void startCreate() {
        createForm.clear();
        error.set("");
        creating.set(true);
    }

    public void cancelCreate() {
        if (!profiles.isEmpty()) {
            error.set("");
            creating.set(false);
        }
    }

    /** Registers the profile and signs straight into it. */
    public void createProfile() {
        createForm.markSubmitted();
        if (auth == null || busy.get() || !createForm.isValid()) {
            return;
        }
        var f = createForm;
        String username = f.usernameProperty().get().strip();
        String pw = f.passwordProperty().get();
        String display = f.displayNameProperty().get();
        String currency = f.currencyProperty().get();
        runner.run(() -> {
            auth.register(username, display, null, pw, currency);
            return auth.signIn(username, pw);
        }).onBusy(busy::set).onSuccess(user -> {
            creating.set(false);
            createForm.clear();
            refreshProfiles();
            signedIn(user);
        }).onFailure(e -> error.set(e instanceof ValidationException v ? f.acceptServiceErrors(v) : UserMessages.of(e)))
                .start();
    }

    /**
     * "Explore a demo profile": creates the demo (a year and a half of generated expenses, a second or two) in the
     * background and signs into it.
     */
    public void exploreDemo() {
        if (demo == null || busy.get()) {
            return;
        }
        error.set("");
        runner.run(demo::create).onBusy(b -> {
            busy.set(b);
            creatingDemo.set(b);
        }).onSuccess(made -> {
            creating.set(false);
            refreshProfiles();
            signedIn(made.user());
        }).onFailure(e -> error.set(UserMessages.of(e))).start();
    }

    /** Back to this screen after sign out or "switch profile": nothing of the last session stays. */
    public void reset() {
        password.set("");
        error.set("");
        refreshProfiles();
    }

    public CreateProfileViewModel createForm() {
        return createForm;
    }

    public ObservableList<User> profiles() {
        return profilesView;
    }

    public ObjectProperty<User> selectedProfileProperty() {
        return selectedProfile;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** True on a first run (no profiles yet) once the database is open: the demo can be explored. */
    public ReadOnlyBooleanProperty demoOfferedProperty() {
        return demoOffered.getReadOnlyProperty();
    }

    /** True while the demo profile is being made. */
    public ReadOnlyBooleanProperty creatingDemoProperty() {
        return creatingDemo.getReadOnlyProperty();
    }

    public boolean hasProfiles() {
        return !profiles.isEmpty();
    }
}
