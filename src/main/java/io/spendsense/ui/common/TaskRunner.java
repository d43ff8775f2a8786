package io.spendsense.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way to run work off the FX thread: {@code runner.run(() -> service.call()).onSuccess(...).onFailure(...)
 * .start()}. The production runner delivers callbacks on the FX thread; {@link ImmediateTaskRunner} runs everything
 * synchronously so view-model tests need no toolkit.
 */
public interface TaskRunner {
    <T> Job<T> run(Callable<T> work);

    /** A unit of background work being configured; nothing runs until {@link #start()}. */
    interface Job<T> {
        Job<T> onSuccess(Consumer<? super T> callback);

        Job<T> onFailure(Consumer<? super Throwable> callback);

        /** Called when the work starts and when it ends (true, then false): drives busy indicators. */
        Job<T> onBusy(Consumer<Boolean> callback);

        void start();
    }
}
