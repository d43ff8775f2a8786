package io.spendsense.ui;

import javafx.application.Application;

/** Starts the JavaFX application from a class that is not itself an Application (needed for the classpath jar). */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(SpendSenseApp.class, args);
    }
}
