package io.spendsense.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The callbacks a job collects before it starts; runners decide on which thread they are called. */
abstract class AbstractJob<T> implements TaskRunner.Job<T> {
    protected final Callable<T> work;
    protected Consumer<? super T> success = r -> { };
    protected Consumer<? super Throwable> failure = e -> { };
    protected Consumer<Boolean> busy = b -> { };

    AbstractJob(Callable<T> work) {
        this.work = work;
    }

    @Override
    public TaskRunner.Job<T> onSuccess(Consumer<? super T> callback) {
        this.success = callback;
        return this;
    }

    @Override
    public TaskRunner.Job<T> onFailure(Consumer<? super Throwable> callback) {
        this.failure = callback;
        return this;
    }

    @Override
    public TaskRunner.Job<T> onBusy(Consumer<Boolean> callback) {
        this.busy = callback;
        return this;
    }
}
