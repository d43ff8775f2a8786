package io.spendsense.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {
    Preferences node = MemoryPreferences.fresh().node("io/spendsense/ui");
    UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void themeIsRememberedPerProfile() {
        prefs.setDarkTheme("alice", true);
        assertThat(prefs.darkTheme("alice")).isTrue();
        assertThat(prefs.darkTheme("bob")).isFalse();
    }

    @Test
    void windowBoundsRoundTripAndAreAbsentAtFirst() {
        assertThat(prefs.windowBounds()).isEmpty();
        prefs.setWindowBounds(new UiPreferences.WindowBounds(10, 20, 1300, 820, false));
        assertThat(prefs.windowBounds()).contains(new UiPreferences.WindowBounds(10, 20, 1300, 820, false));
    }

    @Test
    void lastProfile() {
        assertThat(prefs.lastProfile()).isEmpty();
        prefs.setLastProfile("alice");
        assertThat(prefs.lastProfile()).contains("alice");
    }
}
