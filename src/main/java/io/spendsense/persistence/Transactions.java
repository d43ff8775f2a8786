package io.spendsense.persistence;

import java.util.function.Supplier;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Runs work in one transaction: all of it commits or none of it does. Nested calls join the outer transaction,
 * so a service may call another service inside its own unit of work.
 */
public final class Transactions {
    private final SessionFactory sessionFactory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Session session = sessionFactory.openSession()) {
            current.set(session);
            var tx = session.beginTransaction();
            try {
                T result = work.get();
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        } finally {
            current.remove();
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The session of the transaction under way on this thread. */
    Session session() {
        Session session = current.get();
        if (session == null) {
            throw new IllegalStateException("repository used outside Transactions.inTransaction");
        }
        return session;
    }
}
