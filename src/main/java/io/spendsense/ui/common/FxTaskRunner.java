package io.spendsense.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a small pool of daemon threads and delivers every callback on the FX thread. One worker keeps
 * database work in submission order (SQLite has one writer anyway), so a save is never overtaken by the reload
 * that should see it.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor;

    public FxTaskRunner() {
        var counter = new AtomicInteger();
        executor = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "spendsense-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Job<T> run(Callable<T> work) {
        return new AbstractJob<>(work) {
            @Override
            public void start() {
                onFx(() -> busy.accept(true));
                executor.execute(() -> {
                    try {
                        T result = work.call();
                        onFx(() -> {
                            busy.accept(false);
                            success.accept(result);
                        });
                    } catch (Exception | Error e) {
                        LOG.debug("Background work failed", e);
                        onFx(() -> {
                            busy.accept(false);
                            failure.accept(e);
                        });
                    }
                });
            }
        };
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
