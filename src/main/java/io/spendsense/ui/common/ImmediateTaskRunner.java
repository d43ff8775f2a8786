package io.spendsense.ui.common;

import java.util.concurrent.Callable;

/** Runs work and callbacks at once on the calling thread: for view-model tests without a toolkit. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> Job<T> run(Callable<T> work) {
        return new AbstractJob<>(work) {
            @Override
            public void start() {
                busy.accept(true);
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    busy.accept(false);
                    failure.accept(e);
                    return;
                }
                busy.accept(false);
                success.accept(result);
            }
        };
    }
}
