package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.DatabaseLocation;
import org.flywaydb.core.Flyway;
import org.hibernate.dialect.Dialect;

/**
 * What differs between the two databases SpendSense runs on (decision 0017), behind one small interface: the same
 * entities, repositories and queries serve both, and the one implementation for the database is chosen once, when it
 * is opened ({@link #of}). Everything else is shared SQL: portable statements (upserts as
 * {@code insert ... on conflict do nothing}, {@code is distinct from}) and text columns that compare and sort alike on
 * both (by code point; {@code lower()} folds ASCII letters).
 */
interface Vendor {
    /** SQLite for a file, PostgreSQL for a server. */
    static Vendor of(DatabaseLocation location) {
        return location instanceof DatabaseLocation.Server ? PostgresVendor.INSTANCE : SqliteVendor.INSTANCE;
    }

    /** The database's name, for messages. */
    String name();

    /** The Flyway locations: the shared migrations and the vendor's own ({@code db/migration}, {@code db/<vendor>}). */
    String[] migrations();

    /** Hibernate's dialect for this database; null where Hibernate picks the right one itself (and warns if told). */
    Class<? extends Dialect> dialect();

    /** The connections of a database at {@code location}, created (file) and reachable; the caller closes them. */
    Connections connect(DatabaseLocation location);

    /** An existing database that {@code flyway} is about to migrate is backed up first, where the vendor can. */
    void backUpBeforeMigrating(DatabaseLocation location, Flyway flyway);

    /**
     * The first statement of a write transaction: it takes the database's write lock (waiting for another writer up
     * to the busy timeout), so that writers run one after the other and readers never wait (decision 0013).
     */
    void takeWriteLock(Connection connection) throws SQLException;

    /** The first statement of a transaction that must not write: it then cannot, and takes no lock. */
    void readOnly(Connection connection) throws SQLException;

    /** SQL for the {@code yyyy-MM} month of a date column or expression. */
    String monthOf(String date);

    /** Binds a date parameter of a plain JDBC statement. */
    void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

    /**
     * A condition on the search dictionary's alias {@code s} (table {@code search_texts}) that holds when its text
     * contains {@code needle} (three characters or more) ignoring the case of every letter, through the vendor's
     * trigram index; the value to bind to {@code parameter}.
     */
    TextCondition textContains(String parameter, String needle);

    /** A condition that holds when {@code haystack} (SQL) contains the parameter {@code parameter} as is. */
    String containsExactly(String haystack, String parameter);

    /** The expenses table, aliased {@code e}, for a scan of one user's rows in id order. */
    String expensesInIdOrder();

    /**
     * Inserts many expenses of one user inside the caller's transaction, keeping the month totals and the search
     * dictionary (decision 0003): the import path.
     */
    void insertExpenses(Connection connection, long userId, List<ExpenseRow> rows, long millis) throws SQLException;

    /**
     * Sets the category (and, when {@code payee} is not null, the payee) of many of the user's expenses at once in the
     * caller's transaction, the month totals moving with them; returns how many rows changed.
     */
    int recategorizeMany(Connection connection, long userId, List<Long> ids, long categoryId, String payee,
                         Instant now) throws SQLException;

    /** A SQL condition and the value of its one parameter. */
    record TextCondition(String sql, String value) {
    }
}
