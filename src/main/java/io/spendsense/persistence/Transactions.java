package io.spendsense.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction: all of it commits or none of it does. Nested calls join the outer transaction,
 * so a service may call another service inside its own unit of work.
 *
 * <p>SQLite in WAL mode lets any number of readers run beside one writer, and a reader never waits (PostgreSQL does the
 * same with its advisory write lock, {@link PostgresVendor}). Writers wait for
 * each other, up to the busy timeout — but only a transaction that takes the write lock <em>before</em> it reads
 * waits: one that read first and then tries to write fails at once when another connection wrote meanwhile (SQLite
 * cannot invoke its busy handler there without breaking the snapshot). So there are three kinds of transaction:
 * <ul>
 *   <li>{@link #inWriteTransaction}: takes the write lock first (waiting for another writer up to the busy timeout),
 *   for every unit of work that changes data;</li>
 *   <li>{@link #inTransaction}: begins as a reader; if it turns out to write and a writer got in between, it is run
 *   again once as a write transaction (the work must not have effects outside the database);</li>
 *   <li>inside {@link #readOnly}: every transaction that is not declared a write is SQLite {@code query_only} — it
 *   cannot write, so it never takes the write lock; a command that only reads runs in this scope.</li>
 * </ul>
 * A writer that waited past the busy timeout ends in a {@link DatabaseBusyException}, whose message is the one line
 * the user sees.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** Work that may throw a checked exception (a command's own work inside {@link #readOnly}). */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T get() throws X;
    }

    private enum Mode { READ, ANY, WRITE }

    /** The transaction under way on this thread; {@code changed} holds the profiles whose data it changed. */
    private record Current(Session session, Mode mode, Set<Long> changed) {
    }

    private final SessionFactory sessionFactory;
    private final long busyTimeoutMillis;
    private final Vendor vendor;
    private final ThreadLocal<Current> current = new ThreadLocal<>();
    private final ThreadLocal<Integer> readOnlyDepth = ThreadLocal.withInitial(() -> 0);
    private final ChangeCounters changes = new ChangeCounters(this);

    Transactions(SessionFactory sessionFactory, long busyTimeoutMillis, Vendor vendor) {
        this.sessionFactory = sessionFactory;
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.vendor = vendor;
    }

    /** The profiles' change counters of this database, which the transactions here raise (decision 0021). */
    public ChangeCounters changes() {
        return changes;
    }

    /**
     * Says that the transaction under way changed the data of {@code userId}: its change counter goes up by one just
     * before the transaction commits, however many changes it made. Every write method of the repositories calls it.
     */
    void changed(long userId) {
        Current c = current.get();
        if (c == null) {
            throw new IllegalStateException("a change outside Transactions.inTransaction");
        }
        c.changed().add(userId);
    }

    /** What differs on this database, for the repositories. */
    Vendor vendor() {
        return vendor;
    }

    /**
     * Work that may read and write. It begins as a reader; if it writes after another connection wrote since it began
     * (SQLite refuses that at once), it is rolled back and run again, once, as a write transaction.
     */
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (readOnlyDepth.get() > 0) {
            return execute(work, Mode.READ);
        }
        long start = System.nanoTime();
        try {
            return execute(work, Mode.ANY);
        } catch (DatabaseBusyException e) {
            // A busy error that came before the busy timeout ran out is the read-then-write case: no waiting happened.
            if ((System.nanoTime() - start) / 1_000_000 >= busyTimeoutMillis) {
                throw e;
            }
            LOG.debug("A transaction that read first could not write; running it again as a write transaction", e);
            return execute(work, Mode.WRITE);
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Work that changes data: takes the write lock before anything else, so it waits for another writer (up to the
     * busy timeout, then {@link DatabaseBusyException}) instead of failing halfway. Allowed inside {@link #readOnly}
     * (a read-only command may save one thing it was asked to), not inside a read-only transaction.
     */
    public <T> T inWriteTransaction(Supplier<T> work) {
        Current outer = current.get();
        if (outer == null) {
            return execute(work, Mode.WRITE);
        }
        if (outer.mode() == Mode.READ) {
            throw new IllegalStateException("a write inside a read-only transaction");
        }
        if (outer.mode() == Mode.ANY) {
            // Joining a transaction that began as a reader: take the lock now (if it already read and a writer got
            // in between, this fails at once and the outer transaction runs again as a writer).
            takeWriteLock(outer.session());
            current.set(new Current(outer.session(), Mode.WRITE, outer.changed()));
        }
        return work.get();
    }

    public void runWrite(Runnable work) {
        inWriteTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} with every transaction it starts on this thread read-only (SQLite {@code query_only}): they
     * write nothing and take no write lock, so they never wait for a writer nor make one wait. Only
     * {@link #inWriteTransaction} may write from inside.
     */
    public <T, X extends Exception> T readOnly(Work<T, X> work) throws X {
        readOnlyDepth.set(readOnlyDepth.get() + 1);
        try {
            return work.get();
        } finally {
            readOnlyDepth.set(readOnlyDepth.get() - 1);
        }
    }

    private <T> T execute(Supplier<T> work, Mode mode) {
        try (Session session = sessionFactory.openSession()) {
            var changed = new LinkedHashSet<Long>();
            current.set(new Current(session, mode, changed));
            var tx = session.beginTransaction();
            try {
                if (mode == Mode.WRITE) {
                    takeWriteLock(session);
                } else if (mode == Mode.READ) {
                    session.doWork(vendor::readOnly);
                }
                T result = work.get();
                List<Long> users = List.copyOf(changed);
                long[] counted = users.isEmpty() ? null
                        : session.doReturningWork(c -> ChangeCounters.bump(c, users));
                tx.commit();
                if (counted != null) {
                    changes.committed(users, counted);
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException rollback) {
                        e.addSuppressed(rollback);
                    }
                }
                if (e instanceof RuntimeException && !(e instanceof DatabaseBusyException)
                        && DatabaseBusyException.isBusy(e)) {
                    throw new DatabaseBusyException(e);
                }
                throw e;
            }
        } finally {
            current.remove();
        }
    }

    private void takeWriteLock(Session session) {
        session.doWork(vendor::takeWriteLock);
    }

    /** The session of the transaction under way on this thread. */
    Session session() {
        Current c = current.get();
        if (c == null) {
            throw new IllegalStateException("repository used outside Transactions.inTransaction");
        }
        return c.session();
    }
}
