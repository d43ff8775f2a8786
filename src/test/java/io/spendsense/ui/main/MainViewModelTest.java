package io.spendsense.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.prefs.Preferences;

import io.spendsense.domain.User;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.settings.MemoryPreferences;
import io.spendsense.ui.settings.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    Preferences node = MemoryPreferences.fresh().node("io/spendsense/ui");
    UiPreferences prefs = new UiPreferences(node);
    int signOuts;

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    MainViewModel vm(String username, String displayName) {
        var user = new User(1, username, displayName, null, "USD", Instant.EPOCH, Instant.EPOCH, 0, null);
        return new MainViewModel(TestUsers.as(user), prefs, () -> signOuts++, () -> signOuts++);
    }

    @Test
    void themeChoiceIsRememberedForTheProfile() {
        var alice = vm("alice", "Alice Smith");
        assertThat(alice.darkThemeProperty().get()).isFalse();
        alice.toggleTheme();
        assertThat(vm("alice", "Alice Smith").darkThemeProperty().get()).isTrue();
        assertThat(vm("bob", "Bob").darkThemeProperty().get()).isFalse();
    }

    @Test
    void headerShowsNameInitialsAndTitle() {
        var alice = vm("alice", "Alice Smith");
        assertThat(alice.initials()).isEqualTo("AS");
        assertThat(alice.windowTitle()).isEqualTo("SpendSense — Alice Smith");
        alice.signOut();
        assertThat(signOuts).isEqualTo(1);
    }
}
