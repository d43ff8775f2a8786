package io.spendsense.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The start-up benchmark's hook ({@code SPENDSENSE_STARTUP_PROBE=1}): prints how long after the JVM started the
 * sign-in window was shown and when the database was open (profiles ready), then quits. It writes to standard output
 * because the benchmark script reads it there; it does nothing unless the variable is set.
 */
final class StartupProbe {
    static final String VARIABLE = "SPENDSENSE_STARTUP_PROBE";

    private final PrintStream out;
    private final long jvmStart;
    private final AtomicBoolean finished = new AtomicBoolean();

    private StartupProbe(PrintStream out, long jvmStart) {
        this.out = out;
        this.jvmStart = jvmStart;
    }

    /** The probe if the environment asks for it. */
    static java.util.Optional<StartupProbe> fromEnvironment(Map<String, String> env) {
        if (!"1".equals(env.get(VARIABLE))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StartupProbe(System.out,
                ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /** Call on the FX thread right after the window is shown; {@code ready} turns true when the database is open. */
    void windowShown(ObservableBooleanValue ready, ObservableStringValue error) {
        // The next pulse: the window's first frame has been laid out and handed to the toolkit.
        Platform.runLater(() -> out.println("startup-probe window-shown-ms=" + elapsed()));
        if (ready.get()) {
            finish("ready");
            return;
        }
        ready.addListener((o, a, b) -> {
            if (b) {
                finish("ready");
            }
        });
        error.addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                finish("failed");
            }
        });
    }

    /** Reports once: quitting closes the database under the profile query, whose failure is not start-up's. */
    private void finish(String what) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        Platform.runLater(() -> {
            out.println("startup-probe " + what + "-ms=" + elapsed());
            out.flush();
            Platform.exit();
        });
    }

    private long elapsed() {
        return System.currentTimeMillis() - jvmStart;
    }
}
