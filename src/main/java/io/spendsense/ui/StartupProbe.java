package io.spendsense.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongSupplier;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The start-up benchmark's hook ({@code SPENDSENSE_STARTUP_PROBE=1}): prints when the start-up reached each point, in
 * milliseconds since the JVM started ({@code RuntimeMXBean.getStartTime()}), then quits. It does nothing unless the
 * variable is set. Its output is read by scripts ({@code packaging/launch-to-profiles.sh},
 * {@code packaging/startup-bench*.sh}) and may be by a benchmark command, so it is kept stable: on standard output,
 * one line each, in this order,
 * <pre>
 * startup-probe fx-start-ms=N      JavaFX called Application.start (the JVM and the toolkit are up)
 * startup-probe window-shown-ms=N  the first pulse after the sign-in window was shown
 * startup-probe profiles-ms=N      the first pulse after the profiles (with none, the Create profile form) were listed
 * startup-probe ready-ms=N         the first pulse after the services were open: signing in runs at once
 * </pre>
 * and instead of the last two or the last one {@code startup-probe failed-ms=N} when the data could not be opened.
 * The FX thread only notes the time of each point; a thread of the probe's own reads the JVM's start time (loading
 * the management classes) and prints, so that probing does not slow what it measures.
 */
final class StartupProbe {
    static final String VARIABLE = "SPENDSENSE_STARTUP_PROBE";
    private static final String PREFIX = "startup-probe ";

    private record Point(String name, long at, boolean last) {
    }

    private final BlockingQueue<Point> points = new LinkedBlockingQueue<>();
    private boolean listed;
    private boolean ready;
    private boolean finished;

    private StartupProbe() {
    }

    /** The probe if the environment asks for it, printing to standard output (the benchmark scripts read it). */
    static Optional<StartupProbe> fromEnvironment(Map<String, String> env) {
        if (!"1".equals(env.get(VARIABLE))) {
            return Optional.empty();
        }
        var probe = new StartupProbe();
        probe.printInBackground(System.out, () -> ManagementFactory.getRuntimeMXBean().getStartTime(), Platform::exit);
        return Optional.of(probe);
    }

    /** For tests: the lines go to {@code out}, counted from {@code jvmStart}, and {@code exit} runs after the last. */
    static StartupProbe printingTo(PrintStream out, long jvmStart, Runnable exit) {
        var probe = new StartupProbe();
        probe.printInBackground(out, () -> jvmStart, exit);
        return probe;
    }

    private void printInBackground(PrintStream out, LongSupplier jvmStart, Runnable exit) {
        var printer = new Thread(() -> {
            long start = jvmStart.getAsLong();
            try {
                Point p;
                do {
                    p = points.take();
                    out.println(PREFIX + p.name() + "-ms=" + (p.at() - start));
                } while (!p.last());
                out.flush();
                exit.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "startup-probe");
        printer.setDaemon(true);
        printer.start();
    }

    /**
     * Call on the FX thread right after the window is shown, with the time {@code Application.start} was entered:
     * {@code listed} turns true when the profiles are shown, {@code ready} when the services are open.
     */
    void windowShown(long fxStart, ObservableBooleanValue listed, ObservableBooleanValue ready,
                     ObservableStringValue error) {
        note("fx-start", fxStart, false);
        // The next pulse: the window's first frame has been laid out and handed to the toolkit.
        Platform.runLater(() -> note("window-shown", System.currentTimeMillis(), false));
        whenTrue(listed, () -> {
            if (!this.listed) {
                this.listed = true;
                noteNextPulse("profiles");
            }
        });
        whenTrue(ready, () -> {
            if (!this.ready) {
                this.ready = true;
                noteNextPulse("ready");
            }
        });
        error.addListener((o, a, b) -> {
            if (b != null && !b.isEmpty() && !finished) {
                finished = true;
                Platform.runLater(() -> note("failed", System.currentTimeMillis(), true));
            }
        });
    }

    private static void whenTrue(ObservableBooleanValue value, Runnable action) {
        if (value.get()) {
            action.run();
            return;
        }
        value.addListener((o, a, b) -> {
            if (b) {
                action.run();
            }
        });
    }

    /** Notes {@code name} at the next pulse; the probe is done once the profiles are listed and the services open. */
    private void noteNextPulse(String name) {
        boolean last = listed && ready && !finished;
        if (finished) {
            return;
        }
        finished = last;
        Platform.runLater(() -> note(name, System.currentTimeMillis(), last));
    }

    private void note(String name, long at, boolean last) {
        points.add(new Point(name, at, last));
    }
}
