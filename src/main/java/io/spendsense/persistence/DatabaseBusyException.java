package io.spendsense.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

import org.hibernate.PessimisticLockException;
import org.hibernate.exception.LockAcquisitionException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Another connection (a SpendSense window or command) held the database's write lock for longer than the busy
 * timeout. The message is the one plain line the user sees; the cause stays for the log.
 */
public final class DatabaseBusyException extends DatabaseException {
    public static final String MESSAGE =
            "the database is busy with another SpendSense window or command; try again";

    public DatabaseBusyException(Throwable cause) {
        super(MESSAGE, cause);
    }

    /**
     * PostgreSQL's SQLSTATEs for a lock not had in time ({@code lock_timeout}), a serialization failure and a
     * deadlock: another transaction held what this one needed.
     */
    private static final Set<String> POSTGRES_BUSY = Set.of("55P03", "40001", "40P01");

    /**
     * Whether {@code t} or one of its causes says the database was busy or locked: SQLite's {@code SQLITE_BUSY} and
     * {@code SQLITE_LOCKED} (and their extended codes), as sqlite-jdbc, Hibernate and Flyway report them, and
     * PostgreSQL's lock timeout, serialization failure and deadlock.
     */
    public static boolean isBusy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DatabaseBusyException || c instanceof LockAcquisitionException
                    || c instanceof PessimisticLockException) {
                return true;
            }
            if (c instanceof SQLiteException e && isBusy(e.getResultCode())) {
                return true;
            }
            if (c instanceof SQLException e && e.getSQLState() != null && POSTGRES_BUSY.contains(e.getSQLState())) {
                return true;
            }
            if (c instanceof SQLException e && (e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code
                    || e.getErrorCode() == SQLiteErrorCode.SQLITE_LOCKED.code)) {
                return true;
            }
            // Flyway and Hibernate sometimes keep only the driver's words; our own messages may quote user text.
            boolean library = c instanceof SQLException || c.getClass().getName().startsWith("org.hibernate.")
                    || c.getClass().getName().startsWith("org.flywaydb.");
            String message = c.getMessage();
            if (library && message != null && (message.contains("SQLITE_BUSY") || message.toLowerCase(Locale.ROOT)
                    .contains("database is locked"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBusy(SQLiteErrorCode code) {
        return code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code
                || code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_LOCKED.code;
    }
}
