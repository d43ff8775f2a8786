package io.spendsense.ui.main;

import java.util.Optional;

import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.Avatars;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.settings.BackupViewModel;
import io.spendsense.ui.settings.UiPreferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The main window's own state: who is signed in (for the header), the theme (remembered per profile) and whether
 * the chat panel is open. Signing out and switching profile are the composition root's business, reached through
 * the two actions it hands in.
 */
public final class MainViewModel {
    private final SignedInUser user;
    private final UiPreferences preferences;
    private final BooleanProperty darkTheme;
    private final BooleanProperty chatVisible;
    private final Runnable signOut;
    private final Runnable switchProfile;
    private final BackupViewModel backup;

    public MainViewModel(SignedInUser user, UiPreferences preferences, Runnable signOut, Runnable switchProfile) {
        this(user, preferences, signOut, switchProfile, null);
    }

    /** With the profile menu's "Back up now…" and "Restore from backup…" ({@code backup} may be null: no items). */
    public MainViewModel(SignedInUser user, UiPreferences preferences, Runnable signOut, Runnable switchProfile,
                         BackupViewModel backup) {
        this.user = user;
        this.backup = backup;
        this.preferences = preferences;
        this.signOut = signOut;
        this.switchProfile = switchProfile;
        this.darkTheme = new SimpleBooleanProperty(preferences.darkTheme(user.username()));
        this.chatVisible = new SimpleBooleanProperty(preferences.chatVisible());
        darkTheme.addListener((o, a, dark) -> preferences.setDarkTheme(user.username(), dark));
        chatVisible.addListener((o, a, visible) -> preferences.setChatVisible(visible));
    }

    public String displayName() {
        return user.user().displayName();
    }

    public String username() {
        return user.username();
    }

    public String initials() {
        return Avatars.initials(displayName());
    }

    public String windowTitle() {
        return Messages.format("app.windowTitle", displayName());
    }

    public void signOut() {
        signOut.run();
    }

    public void switchProfile() {
        switchProfile.run();
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public Optional<BackupViewModel> backup() {
        return Optional.ofNullable(backup);
    }

    public BooleanProperty chatVisibleProperty() {
        return chatVisible;
    }
}
