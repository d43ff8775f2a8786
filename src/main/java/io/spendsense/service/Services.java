package io.spendsense.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.User;
import io.spendsense.persistence.Database;

/**
 * The services over one open database, built once: the command line and the desktop app's composition root
 * both start here.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final Clock clock;
    private final AuthService auth;
    private final CategoryService categories;
    private final ExpenseService expenses;
    private final SummaryService summaries;
    private final ImportService importer;
    private final ExportService exporter;
    private final BudgetService budgets;
    private final RecurringService recurring;
    private final InsightService insights;
    private final ForecastService forecasts;
    private final RuleService rules;
    private final DemoService demo;
    private final AttachmentService attachments;
    private final RateService rates;
    private final ChangeService changes;

    private Services(Database database, Clock clock, int bcryptCost) {
        this.database = database;
        this.clock = clock;
        var tx = database.transactions();
        this.auth = new AuthService(tx, clock, bcryptCost);
        this.categories = new CategoryService(tx);
        this.expenses = new ExpenseService(tx, clock);
        this.summaries = new SummaryService(tx);
        this.importer = new ImportService(tx, categories, clock);
        this.exporter = new ExportService(tx);
        this.recurring = new RecurringService(tx, clock);
        this.forecasts = new ForecastService(tx, recurring, clock);
        this.budgets = new BudgetService(tx, clock, forecasts);
        this.insights = new InsightService(tx, clock);
        this.rules = new RuleService(tx, clock);
        this.demo = new DemoService(tx, auth, importer, categories, budgets, recurring, clock);
        this.attachments = new AttachmentService(tx, clock);
        this.rates = new RateService(tx, clock);
        this.changes = new ChangeService(tx.changes());
    }

    /** Opens the database file (creating and migrating it) and builds the services. Slow: not on the FX thread. */
    public static Services open(Path databaseFile, Clock clock) {
        return open(DatabaseLocation.file(databaseFile), clock);
    }

    /** Opens the database at {@code location}, a file or a server (migrating it), and builds the services. */
    public static Services open(DatabaseLocation location, Clock clock) {
        return prepare(location, clock).open();
    }

    /** For tests: a low bcrypt cost keeps the suite fast; the algorithm is the same. */
    public static Services openForTests(Path databaseFile, Clock clock) {
        return openForTests(DatabaseLocation.file(databaseFile), clock);
    }

    /** {@link #openForTests(Path, Clock)} for any location. */
    public static Services openForTests(DatabaseLocation location, Clock clock) {
        return prepareForTests(location, clock).open();
    }

    /**
     * {@link #open} in two steps, for the desktop app's start: this one creates and migrates the file (~0.2 s, no
     * Hibernate), after which {@link Prepared#listUsers()} lists the profiles; {@link Prepared#open()} then builds
     * Hibernate and the services (the slow part). Not on the FX thread.
     */
    public static Prepared prepare(Path databaseFile, Clock clock) {
        return prepare(DatabaseLocation.file(databaseFile), clock);
    }

    /** {@link #prepare(Path, Clock)} for any location: a file, or a server (reached, and its password tried, here). */
    public static Prepared prepare(DatabaseLocation location, Clock clock) {
        return new Prepared(Database.prepare(location), clock, 12);
    }

    /** {@link #prepare} with the tests' low bcrypt cost. */
    public static Prepared prepareForTests(Path databaseFile, Clock clock) {
        return prepareForTests(DatabaseLocation.file(databaseFile), clock);
    }

    /** {@link #prepareForTests(Path, Clock)} for any location. */
    public static Prepared prepareForTests(DatabaseLocation location, Clock clock) {
        return new Prepared(Database.prepare(location), clock, 4);
    }

    /** A database ready for use whose services are not built yet (see {@link #prepare}). */
    public static final class Prepared implements AutoCloseable {
        private final Database.Prepared database;
        private final Clock clock;
        private final int bcryptCost;

        private Prepared(Database.Prepared database, Clock clock, int bcryptCost) {
            this.database = database;
            this.clock = clock;
            this.bcryptCost = bcryptCost;
        }

        /** The profiles as {@link AuthService#listUsers()} lists them (the same repository query), no Hibernate. */
        public List<User> listUsers() {
            return database.listUsers();
        }

        /** Builds Hibernate's SessionFactory and the services: 1.5–4 s on two cores. */
        public Services open() {
            return new Services(database.open(), clock, bcryptCost);
        }

        /** Releases a database that is not going to be opened (a server's connections). */
        @Override
        public void close() {
            database.close();
        }
    }

    /** Work that may throw a checked exception, for {@link #readOnly}. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T get() throws X;
    }

    /**
     * Runs {@code work} read-only on this thread: every transaction it starts writes nothing and takes no write lock
     * (SQLite {@code query_only}), except the writes the services declare (which take the lock first). For commands
     * that only read; see {@link io.spendsense.persistence.Transactions}.
     */
    public <T, X extends Exception> T readOnly(Work<T, X> work) throws X {
        return database.transactions().readOnly(work::get);
    }

    /** The database file these services are open on; an {@link IllegalStateException} on a server. */
    public Path databaseFile() {
        return database.file();
    }

    /** Where the database these services are open on is: a file or a server. */
    public DatabaseLocation location() {
        return database.location();
    }

    /** The persistence layer, for the benchmarks and the tests only: the app and the commands use the services. */
    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AuthService auth() {
        return auth;
    }

    public CategoryService categories() {
        return categories;
    }

    public ExpenseService expenses() {
        return expenses;
    }

    public SummaryService summaries() {
        return summaries;
    }

    public ImportService importer() {
        return importer;
    }

    public ExportService exporter() {
        return exporter;
    }

    public BudgetService budgets() {
        return budgets;
    }

    public RecurringService recurring() {
        return recurring;
    }

    public InsightService insights() {
        return insights;
    }

    public ForecastService forecasts() {
        return forecasts;
    }

    public RuleService rules() {
        return rules;
    }

    public DemoService demo() {
        return demo;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    /** Exchange rates: entered, imported from a rates file, or downloaded when the user turned that on. */
    public RateService rates() {
        return rates;
    }

    /** Changes made elsewhere to a profile's data: its change counter and the watchers an open window uses. */
    public ChangeService changes() {
        return changes;
    }

    @Override
    public void close() {
        changes.closeAll();
        database.close();
    }
}
