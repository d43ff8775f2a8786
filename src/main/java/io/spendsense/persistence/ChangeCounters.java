package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Each profile's change counter (table {@code change_counters}, V18; decision 0021): a transaction that changes a
 * profile's data raises its row by exactly one, once, just before it commits ({@link Transactions#changed}), so
 * another window or computer on the same database learns that something changed by reading one row. The repositories'
 * write methods say which profile they changed; a bulk import raises it once, not once per row.
 *
 * <p>It also remembers the values this database's own transactions raised it to, so that a watcher can tell its own
 * changes (which its window has shown already) from everyone else's: a value is remembered only after its
 * transaction committed, so a rolled-back one is never taken for one's own.
 */
public final class ChangeCounters {
    private static final String BUMP = "insert into change_counters (user_id, changes) values (?, 1)"
            + " on conflict (user_id) do update set changes = change_counters.changes + 1 returning changes";

    /** At most this many of our own values per user are remembered. */
    private static final int REMEMBERED = 1_000;

    private final Transactions tx;
    /** Per user, the counter values our own committed transactions reached that no watcher has passed yet. */
    private final Map<Long, NavigableSet<Long>> own = new ConcurrentHashMap<>();

    ChangeCounters(Transactions tx) {
        this.tx = tx;
    }

    /** The user's counter now: how many transactions changed their data (0 when none ever did). */
    public long current(long userId) {
        return tx.readOnly(() -> tx.inTransaction(() -> tx.session().doReturningWork(c -> read(c, userId))));
    }

    static long read(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select changes from change_counters where user_id = ?")) {
            ps.setLong(1, userId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Whether every change that took the user's counter from {@code seen} up to {@code now} was one of ours (true when
     * nothing changed). Forgets our values up to {@code now}: call it once per reading.
     */
    public boolean onlyOwnBetween(long userId, long seen, long now) {
        NavigableSet<Long> values = own.get(userId);
        boolean onlyOwn = now == seen || now > seen && values != null
                && values.subSet(seen, false, now, true).size() == now - seen;
        if (values != null) {
            values.headSet(now, true).clear();
        }
        return onlyOwn;
    }

    /** Raises the counters of {@code userIds} by one on the transaction's connection; returns the new values. */
    static long[] bump(Connection c, Collection<Long> userIds) throws SQLException {
        long[] values = new long[userIds.size()];
        int i = 0;
        try (PreparedStatement ps = c.prepareStatement(BUMP)) {
            for (long userId : userIds) {
                ps.setLong(1, userId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    values[i++] = rs.getLong(1);
                }
            }
        }
        return values;
    }

    /** After the commit: the values our transaction raised the counters to are ours. */
    void committed(Collection<Long> userIds, long[] values) {
        int i = 0;
        for (long userId : userIds) {
            var remembered = own.computeIfAbsent(userId, u -> new ConcurrentSkipListSet<>());
            remembered.add(values[i++]);
            while (remembered.size() > REMEMBERED) {
                remembered.pollFirst();   // no watcher reads them (a command): keep the newest only
            }
        }
    }
}
