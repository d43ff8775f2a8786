package io.spendsense.cli.bench.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.spendsense.cli.UserException;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * When the screen shows something: after the layout pass of every pulse of the app's scene, the conditions waited
 * for are checked against the laid-out scene graph; the first pulse in which one holds ends its wait, timed when that
 * pulse has finished (its frame handed to the renderer). Each timed action is performed at the start of a pulse
 * (before its layout), as input that arrives just before a frame: a figure is then the work the app does until a
 * frame shows the result, not also the 0–16.7 ms wait for the next 60 Hz pulse that an action at a random moment
 * would add. Called from the benchmark's thread, never the FX thread, which it only ever asks to run short steps.
 */
final class Frames {
    private final long timeoutSeconds;
    /** The conditions being waited for; FX thread only. */
    private final List<Watch> watches = new ArrayList<>();
    /** The app's scene; FX thread only. */
    private Scene scene;

    /** A user action and what the screen shows once it is done, each for one time. */
    record Timed(Runnable action, List<BooleanSupplier> shown) {
        Timed(Runnable action, BooleanSupplier shown) {
            this(action, List.of(shown));
        }
    }

    private record Watch(BooleanSupplier shown, CompletableFuture<Long> done) {
    }

    /** Frames whose every wait and step gives up after {@code timeoutSeconds}. */
    Frames(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Follows the pulses of {@code scene}; call on the FX thread, once. */
    void follow(Scene followed) {
        this.scene = followed;
        followed.addPostLayoutPulseListener(this::laidOut);
    }

    private void laidOut() {
        if (watches.isEmpty()) {
            return;
        }
        for (var it = watches.iterator(); it.hasNext();) {
            Watch w = it.next();
            try {
                if (w.shown().getAsBoolean()) {
                    it.remove();
                    // queued behind the rest of this pulse: completes once the pulse is over
                    Platform.runLater(() -> w.done().complete(System.nanoTime()));
                }
            } catch (RuntimeException e) {
                it.remove();
                w.done().completeExceptionally(e);
            }
        }
        if (!watches.isEmpty()) {
            // keep checking: a result may come without making the scene dirty again
            Platform.requestNextPulse();
        }
    }

    /**
     * Prepares the step on the FX thread, performs its action there and returns the milliseconds from the action to
     * the end of the first pulse that shows each of its results.
     */
    double[] millis(String what, Supplier<Timed> step) {
        long[] start = new long[1];
        List<CompletableFuture<Long>> done = onFx(() -> {
            Timed timed = step.get();
            var futures = new ArrayList<CompletableFuture<Long>>();
            timed.shown().forEach(shown -> futures.add(new CompletableFuture<>()));
            var atPulse = new Runnable() {
                @Override
                public void run() {
                    scene.removePreLayoutPulseListener(this);
                    start[0] = System.nanoTime();
                    try {
                        timed.action().run();
                    } catch (RuntimeException e) {
                        futures.forEach(f -> f.completeExceptionally(e));
                        return;
                    }
                    for (int i = 0; i < futures.size(); i++) {
                        watches.add(new Watch(timed.shown().get(i), futures.get(i)));
                    }
                }
            };
            scene.addPreLayoutPulseListener(atPulse);
            Platform.requestNextPulse();
            return futures;
        }, what);
        double[] result = new double[done.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = (await(done.get(i), what) - start[0]) / 1e6;
        }
        return result;
    }

    /** As {@link #millis}, for a step with one result. */
    double millisOne(String what, Supplier<Timed> step) {
        return millis(what, step)[0];
    }

    /** Waits, untimed, for the first pulse that shows {@code shown}. */
    void await(String what, BooleanSupplier shown) {
        millis(what, () -> new Timed(() -> { }, shown));
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    <T> T onFx(Callable<T> work, String what) {
        var f = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return await(f, what);
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    void onFx(Runnable work, String what) {
        onFx(() -> {
            work.run();
            return null;
        }, what);
    }

    private <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new UserException("bench-desktop: " + what + " did not show within " + timeoutSeconds + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UserException u) {
                throw u;
            }
            throw new IllegalStateException("bench-desktop: " + what + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("bench-desktop: interrupted while waiting for " + what);
        }
    }
}
