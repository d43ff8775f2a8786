package io.spendsense.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesktopLauncherTest {

    @Test
    void onlyTheClassPathWarningIsFilteredOut() {
        assertThat(DesktopLauncher.isClassPathWarning(
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @6f73d471'")).isTrue();
        assertThat(DesktopLauncher.isClassPathWarning("Could not parse CSS stylesheet")).isFalse();
        assertThat(DesktopLauncher.isClassPathWarning(null)).isFalse();
    }
}
