package io.spendsense.ui;

import java.util.logging.Logger;

import javafx.application.Application;

/** Starts the JavaFX application from a class that is not itself an Application (needed for the classpath jar). */
public final class DesktopLauncher {
    /**
     * JavaFX's own logger. It warns at every start that JavaFX was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how this app ships (decision 0008), so that one message is filtered out; every other
     * JavaFX warning still shows. Held here so that the logger, and its filter, are not collected.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        JAVAFX_LOG.setFilter(r -> !isClassPathWarning(r.getMessage()));
        Application.launch(SpendSenseApp.class, args);
    }

    static boolean isClassPathWarning(String message) {
        return message != null && message.startsWith("Unsupported JavaFX configuration");
    }
}
