package io.spendsense.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
    /**
     * The data's boot, started here before the toolkit and taken by {@link SpendSenseApp#start} (JavaFX builds the
     * application object itself, so it cannot be handed over otherwise).
     */
    private static final AtomicReference<DataBoot> BOOT = new AtomicReference<>();

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // First: the profiles are read on the boot thread while JavaFX starts (decision 0020).
        BOOT.set(SpendSenseApp.openData());
        JAVAFX_LOG.setFilter(r -> !isClassPathWarning(r.getMessage()));
        Application.launch(SpendSenseApp.class, args);
    }

    /** The boot {@link #launch} started, once; empty when the app was launched some other way. */
    static Optional<DataBoot> takeBoot() {
        return Optional.ofNullable(BOOT.getAndSet(null));
    }

    static boolean isClassPathWarning(String message) {
        return message != null && message.startsWith("Unsupported JavaFX configuration");
    }
}
