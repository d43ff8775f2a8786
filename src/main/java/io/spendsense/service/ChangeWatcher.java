package io.spendsense.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.spendsense.persistence.ChangeCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one profile's change counter (decision 0021) on a background thread of its own, about once a second, and
 * tells its listeners when someone else changed the profile's data: another window or computer on the same database,
 * or a command importing into the same file. Changes this database's own transactions made are not reported (the
 * window that made them has shown them already). Listeners run on the watcher's thread: a window hops to its own.
 *
 * <p>A reading that fails (the server went away) is logged and tried again at the next tick; the first reading after
 * it reports whatever changed meanwhile.
 */
public final class ChangeWatcher implements AutoCloseable {
    /** How often the counter is read: changes elsewhere show within about twice this. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final ChangeCounters counters;
    private final long userId;
    private final Duration interval;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<ChangeWatcher> onClose;
    /** Guards the timer (start, close): never held while the database is read, so closing never waits for a read. */
    private final Object lock = new Object();
    /** One reading at a time (the timer's and a caller's). */
    private final Object reading = new Object();
    private ScheduledExecutorService timer;
    /** The counter as last read; null before the first reading. */
    private Long seen;
    private boolean failing;
    private volatile boolean closed;

    ChangeWatcher(ChangeCounters counters, long userId, Duration interval, Consumer<ChangeWatcher> onClose) {
        this.onClose = onClose;
        this.counters = counters;
        this.userId = userId;
        this.interval = interval.toMillis() < 1 ? Duration.ofMillis(1) : interval;
    }

    /** {@code listener} is run, on the watcher's thread, after each reading that finds a change made elsewhere. */
    public ChangeWatcher onChange(Runnable listener) {
        listeners.add(listener);
        return this;
    }

    /** Starts reading in the background; the first reading sets what counts as unchanged. */
    public ChangeWatcher start() {
        synchronized (lock) {
            if (timer == null) {
                timer = Executors.newSingleThreadScheduledExecutor(r -> {
                    var t = new Thread(r, "spendsense-changes-" + userId);
                    t.setDaemon(true);
                    return t;
                });
                timer.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return this;
    }

    private void tick() {
        try {
            poll();
            if (failing) {
                LOG.info("Reading the change counter works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (closed) {
                LOG.debug("A reading of the change counter ended by closing the watcher", e);
            } else if (!failing) {
                LOG.warn("Cannot read the change counter; trying again every {} ms", interval.toMillis(), e);
                failing = true;
            }
        }
    }

    /**
     * One reading: whether the counter moved by a change made elsewhere since the last reading (false at the first
     * reading, and for our own changes); if so the listeners are told before it returns.
     */
    public boolean poll() {
        long now;
        boolean elsewhere;
        synchronized (reading) {
            now = counters.current(userId);
            Long before = seen;
            seen = now;
            elsewhere = before != null && !counters.onlyOwnBetween(userId, before, now);
            if (before == null) {
                counters.onlyOwnBetween(userId, now, now);   // forget our values up to the starting point
            }
        }
        if (elsewhere) {
            LOG.debug("Profile {} changed elsewhere (change counter {})", userId, now);
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A listener of changes made elsewhere failed", e);
                }
            }
        }
        return elsewhere;
    }

    /** Stops reading; no listener is called after it returns (except one already running). */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            if (timer != null) {
                timer.shutdownNow();
                timer = null;
            }
        }
        listeners.clear();
        onClose.accept(this);
    }
}
