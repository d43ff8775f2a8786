package io.spendsense.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

import io.spendsense.domain.User;
import io.spendsense.persistence.Transactions;
import io.spendsense.persistence.UserRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The demo profile: "demo" (shown as "Demo profile", password {@value #PASSWORD}) with a realistic, generated year
 * and a half of expenses up to today, so that a first run has something to show. It goes through the real import
 * path and is created in one transaction: all of it or nothing. It is marked as a demo and deleted like any profile.
 */
public final class DemoService {
    public static final String USERNAME = "demo";
    public static final String DISPLAY_NAME = "Demo profile";
    public static final String PASSWORD = "demo-password";
    /** How far back the demo's expenses go. */
    public static final int MONTHS = 18;
    private static final long SEED = 20_260_101L;

    private final Transactions tx;
    private final UserRepository users;
    private final AuthService auth;
    private final ImportService importer;
    private final Clock clock;

    public DemoService(Transactions tx, AuthService auth, ImportService importer, Clock clock) {
        this.tx = tx;
        this.users = new UserRepository(tx);
        this.auth = auth;
        this.importer = importer;
        this.clock = clock;
    }

    /** What {@link #create} made. */
    public record Demo(SignedInUser user, int expenses, LocalDate from, LocalDate to) {
    }

    /** The demo profile, if it exists. */
    public java.util.Optional<User> find() {
        return tx.inTransaction(() -> users.find(USERNAME)).map(s -> s.user()).filter(User::demo);
    }

    /** Creates the demo profile and its expenses, signed in. Refuses when a profile named "demo" exists. */
    public Demo create() {
        var existing = tx.inTransaction(() -> users.find(USERNAME));
        if (existing.isPresent()) {
            throw new ServiceException(existing.get().user().demo()
                    ? "The demo profile already exists: sign in as '" + USERNAME + "' with the password '" + PASSWORD
                    + "'."
                    : "A profile named '" + USERNAME + "' already exists and is not the demo; the demo was not made.");
        }
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusMonths(MONTHS).plusDays(1);
        String csv = csv(new ExpenseGenerator(SEED).generate(from, to));
        return tx.inTransaction(() -> {
            User user = auth.register(USERNAME, DISPLAY_NAME, null, PASSWORD, "USD");
            var who = new SignedInUser(users.markDemo(user.id()));
            try {
                var report = importer.importCsv(who, "demo expenses", new StringReader(csv), ImportOptions.DEFAULT);
                return new Demo(who, report.imported(), from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Signs into the demo profile with its published password. */
    public SignedInUser signIn() {
        return auth.signIn(USERNAME, PASSWORD);
    }

    private static String csv(java.util.List<ExpenseGenerator.GeneratedExpense> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord((Object[]) ExportService.HEADER);
            for (var g : rows) {
                printer.printRecord(g.date().toString(), g.description(), g.category(), g.payee(),
                        g.amount().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
