package io.spendsense.ui.signin;

import java.util.List;
import java.util.function.Consumer;

import io.spendsense.domain.DatabaseLocation;
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
 * database opens in the background meanwhile, in two steps: the profiles can be listed ({@link #profilesListed})
 * before the services are open ({@link #servicesReady}); a sign-in or a new profile asked for in between waits for
 * them, and the screen shows that it is waiting.
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
    private final ReadOnlyBooleanWrapper listed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demoOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper creatingDemo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper onServer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper switchable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper retryOffered = new ReadOnlyBooleanWrapper(false);
    /** Where the profiles shown are; null until the composition root says. */
    private DatabaseLocation location;
    private DatabaseSwitch databases;
    private AuthService auth;
    private DemoService demo;
    private String preferredProfile;
    /** Enter was pressed before the database was open: sign in as soon as it is, into the last profile used. */
    private boolean signInWhenReady;
    private boolean loadingProfiles;
    /** A sign-in or a new profile asked for while the profiles were listed but the services not yet open. */
    private Runnable whenReady;
    /** The profiles shown were read before the services opened ({@link #profilesListed}), not yet by them. */
    private boolean listedEarly;
    /** Why the services could not be opened, if they could not: nothing waits for them then. */
    private String openFailure;
    private Consumer<SignedInUser> onSignedIn = u -> { };

    public SignInViewModel(TaskRunner runner) {
        this.runner = runner;
        // A password typed while the profiles were still loading belongs to the first selection: keep it.
        selectedProfile.addListener((o, a, b) -> {
            if (a != null) {
                password.set("");
                error.set("");
                stopWaiting();   // a sign-in waiting for the database was into the profile no longer chosen
            }
        });
    }

    /**
     * How the sign-in window changes the database (decision 0022): the composition root's. Without one (tests of a
     * single database) the window offers no other database.
     */
    public interface DatabaseSwitch {
        /** Opens the database in use again (after it could not be reached). */
        void retry();

        /** Goes back to this computer's file. */
        void useFile();

        /** A "Use a household server…" dialog, filled with the server kept or in use; it switches once used. */
        ServerDialogViewModel serverDialog();
    }

    /** Lets the window switch databases through {@code databaseSwitch}. */
    public void setDatabaseSwitch(DatabaseSwitch databaseSwitch) {
        this.databases = databaseSwitch;
        switchable.set(databaseSwitch != null);
    }

    /** The database the profiles are (to be) read from: the window says which. */
    public void showDatabase(DatabaseLocation database) {
        this.location = database;
        where.set(database == null ? "" : ServerWords.where(database));
        onServer.set(database instanceof DatabaseLocation.Server);
    }

    /** "Retry": the database in use is opened again. */
    public void retry() {
        if (databases != null) {
            databases.retry();
        }
    }

    /** "Use this computer's file". */
    public void useFile() {
        if (databases != null) {
            databases.useFile();
        }
    }

    /** The dialog "Use a household server…" opens; null when the window offers no other database. */
    public ServerDialogViewModel serverDialog() {
        return databases == null ? null : databases.serverDialog();
    }

    /** Called by the composition root once the database is open; loads the profiles. */
    public void servicesReady(AuthService authService) {
        servicesReady(authService, null);
    }

    /** As {@link #servicesReady(AuthService)}, with the demo profile offered on a first run. */
    public void servicesReady(AuthService authService, DemoService demoService) {
        this.auth = authService;
        this.demo = demoService;
        openFailure = null;
        retryOffered.set(false);
        ready.set(true);
        if (!listedEarly) {
            refreshProfiles();
            return;
        }
        // Listed moments ago by the same repository query (profilesListed): nothing can have changed them since.
        listedEarly = false;
        demoOffered.set(demo != null && profiles.isEmpty());
        Runnable pending = whenReady;
        stopWaiting();
        if (pending != null) {
            pending.run();
        }
    }

    /**
     * The profiles, read before the services are open (the start's first step): shown at once. Signing in or
     * creating a profile then waits for {@link #servicesReady}. Ignored once the services list them themselves.
     */
    public void profilesListed(List<User> users) {
        if (!ready.get()) {
            listedEarly = true;
            showProfiles(users);
        }
    }

    /** The database is being closed (a restore): nothing to sign in to until {@link #servicesReady} again. */
    public void servicesClosed() {
        openFailure = null;
        retryOffered.set(false);
        error.set("");
        creating.set(false);
        auth = null;
        demo = null;
        ready.set(false);
        listed.set(false);
        listedEarly = false;
        stopWaiting();
        profiles.clear();
        selectedProfile.set(null);
    }

    public void servicesFailed(Throwable failure) {
        stopWaiting();
        if (location instanceof DatabaseLocation.Server server) {
            // which: the password, the host, the database, TLS; Retry and "Use this computer's file" are offered
            openFailure = Messages.format("server.unreachable", ServerWords.problem(failure, server));
            retryOffered.set(true);
        } else {
            openFailure = Messages.format("signin.databaseFailed", UserMessages.of(failure));
        }
        error.set(openFailure);
    }

    /** Runs {@code action} once the services are open; until then the screen says it is waiting. */
    private void waitForServices(Runnable action) {
        if (openFailure != null) {
            error.set(openFailure);   // they will not open: say why again instead of waiting forever
            return;
        }
        whenReady = action;
        waiting.set(true);
    }

    private void stopWaiting() {
        whenReady = null;
        waiting.set(false);
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
        listed.set(true);
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
        if (!listed.get() || loadingProfiles) {
            signInWhenReady = true;
            return;
        }
        if (busy.get() || waiting.get()) {
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
        if (auth == null) {
            // The profiles are listed, the services not open yet: the user chose this profile, sign in when they are.
            error.set("");
            waitForServices(this::signIn);
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
        stopWaiting();
        createForm.clear();
        error.set("");
        creating.set(true);
    }

    public void cancelCreate() {
        if (!profiles.isEmpty()) {
            stopWaiting();
            error.set("");
            creating.set(false);
        }
    }

    /** Registers the profile and signs straight into it. */
    public void createProfile() {
        createForm.markSubmitted();
        if (!listed.get() || busy.get() || waiting.get() || !createForm.isValid()) {
            return;
        }
        if (auth == null) {
            waitForServices(this::createProfile);
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

    /** True once the services are open: signing in and creating a profile run at once. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** True once the profiles (or, with none, the Create profile form) are shown; may come before ready. */
    public ReadOnlyBooleanProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    /** True while a sign-in or a new profile waits for the services to open. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
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

    /** Where the data is, in words: "This computer: …" or "Household server: …". */
    public ReadOnlyStringProperty whereProperty() {
        return where.getReadOnlyProperty();
    }

    /** True when the database is a household server: "Use this computer's file" is offered. */
    public ReadOnlyBooleanProperty onServerProperty() {
        return onServer.getReadOnlyProperty();
    }

    /** True when the window may switch databases. */
    public ReadOnlyBooleanProperty switchableProperty() {
        return switchable.getReadOnlyProperty();
    }

    /** True when the server could not be opened: Retry is offered. */
    public ReadOnlyBooleanProperty retryOfferedProperty() {
        return retryOffered.getReadOnlyProperty();
    }

    public boolean hasProfiles() {
        return !profiles.isEmpty();
    }
}
