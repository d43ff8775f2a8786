package io.spendsense.service;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.spendsense.persistence.ChangeCounters;

/**
 * Changes made elsewhere (decision 0021): each profile's change counter, which every transaction that changes its
 * data raises once, and the watchers that read it for an open window.
 */
public final class ChangeService {
    private final ChangeCounters counters;
    /** The watchers not closed yet: closing the services stops them, before the database goes. */
    private final Set<ChangeWatcher> open = ConcurrentHashMap.newKeySet();

    ChangeService(ChangeCounters counters) {
        this.counters = counters;
    }

    /** How many transactions have changed the user's data so far (0 for a profile no one changed yet). */
    public long count(SignedInUser who) {
        return counters.current(who.id());
    }

    /** A watcher of the user's data, reading every {@link ChangeWatcher#INTERVAL}; not started yet. */
    public ChangeWatcher watcher(SignedInUser who) {
        return watcher(who, ChangeWatcher.INTERVAL);
    }

    /** A watcher reading every {@code interval}; not started yet. */
    public ChangeWatcher watcher(SignedInUser who, Duration interval) {
        var watcher = new ChangeWatcher(counters, who.id(), interval, open::remove);
        open.add(watcher);
        return watcher;
    }

    /** Stops every watcher still reading (the services are closing). */
    void closeAll() {
        open.forEach(ChangeWatcher::close);
    }
}
