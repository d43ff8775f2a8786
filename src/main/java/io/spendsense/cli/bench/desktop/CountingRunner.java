package io.spendsense.cli.bench.desktop;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.common.TaskRunner;

/**
 * The app's own task runner ({@link FxTaskRunner}), counting the jobs started and not yet done, so that the benchmark
 * can start each user action with no background work left over from the one before.
 */
final class CountingRunner implements TaskRunner, AutoCloseable {
    private final FxTaskRunner runner = new FxTaskRunner();
    private final AtomicInteger pending = new AtomicInteger();

    @Override
    public <T> Job<T> run(Callable<T> work) {
        Job<T> job = runner.run(() -> {
            try {
                return work.call();
            } finally {
                pending.decrementAndGet();
            }
        });
        return new Job<>() {
            @Override
            public Job<T> onSuccess(Consumer<? super T> callback) {
                job.onSuccess(callback);
                return this;
            }

            @Override
            public Job<T> onFailure(Consumer<? super Throwable> callback) {
                job.onFailure(callback);
                return this;
            }

            @Override
            public Job<T> onBusy(Consumer<Boolean> callback) {
                job.onBusy(callback);
                return this;
            }

            @Override
            public void start() {
                pending.incrementAndGet();
                job.start();
            }
        };
    }

    /** Jobs started whose work has not finished (their callbacks may still be on their way to the FX thread). */
    int pending() {
        return pending.get();
    }

    @Override
    public void close() {
        runner.close();
    }
}
