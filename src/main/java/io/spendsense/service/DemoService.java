package io.spendsense.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.domain.Texts;
import io.spendsense.domain.User;
import io.spendsense.persistence.Transactions;
import io.spendsense.persistence.UserRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The demo profile: "demo" (shown as "Demo profile", password {@value #PASSWORD}) with a realistic, generated year
 * and a half of expenses up to today, a few budgets (one of them with a limit raised a few months ago) and the
 * regular bills as recurring expenses, so that a first run has something to show in every tab. The expenses go
 * through the real import path; all of it is created in one transaction: all of it or nothing. It is marked as a
 * demo and deleted like any profile.
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
    private final CategoryService categories;
    private final BudgetService budgets;
    private final RecurringService recurring;
    private final Clock clock;

    /** A monthly budget of the demo: the category (null: all spending) and its limit. */
    private record DemoBudget(String category, String limit) {
    }

    /** A monthly bill of the generated expenses that the demo keeps as a recurring expense. */
    private record DemoBill(String category, String payee, String description, String amount, int day) {
    }

    /** Near what the generated months spend (medians: all 5,300, groceries 1,310, dining 675, shopping 545,
     * transport 360): most months within, some over, as for a real person. */
    private static final List<DemoBudget> BUDGETS = List.of(new DemoBudget(null, "6000"),
            new DemoBudget("Groceries", "1400"), new DemoBudget("Dining", "600"), new DemoBudget("Shopping", "500"),
            new DemoBudget("Transport", "400"));
    /** The Dining budget was raised to this {@value #RAISED_MONTHS_AGO} months ago: its history shows both limits. */
    private static final String DINING_RAISED_TO = "700";
    private static final int RAISED_MONTHS_AGO = 3;
    /** The others (Spotify, iCloud, internet, the transit pass) are left for "Looks like a monthly bill". */
    private static final List<DemoBill> BILLS = List.of(
            new DemoBill("Housing", "Oakwood Apartments", "Monthly rent", "1475.00", 1),
            new DemoBill("Subscriptions", "Netflix", "Netflix subscription", "15.49", 1),
            new DemoBill("Health", "Planet Fitness", "Gym membership", "24.99", 5),
            new DemoBill("Utilities", "Verizon Wireless", "Phone bill", "45.00", 12));

    public DemoService(Transactions tx, AuthService auth, ImportService importer, CategoryService categories,
                       BudgetService budgets, RecurringService recurring, Clock clock) {
        this.tx = tx;
        this.users = new UserRepository(tx);
        this.auth = auth;
        this.importer = importer;
        this.categories = categories;
        this.budgets = budgets;
        this.recurring = recurring;
        this.clock = clock;
    }

    /** What {@link #create} made. */
    public record Demo(SignedInUser user, int expenses, LocalDate from, LocalDate to, int budgets, int recurring) {
    }

    /** The demo profile, if it exists. */
    public java.util.Optional<User> find() {
        return tx.inTransaction(() -> users.find(USERNAME)).map(s -> s.user()).filter(User::demo);
    }

    /** Creates the demo profile and its expenses, signed in. Refuses when a profile named "demo" exists. */
    public Demo create() {
        var existing = tx.inWriteTransaction(() -> users.find(USERNAME));
        if (existing.isPresent()) {
            throw new ServiceException(existing.get().user().demo()
                    ? Texts.format("demo.exists", USERNAME, PASSWORD) : Texts.format("demo.nameTaken", USERNAME));
        }
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusMonths(MONTHS).plusDays(1);
        String csv = csv(new ExpenseGenerator(SEED).generate(from, to));
        return tx.inWriteTransaction(() -> {
            User user = auth.register(USERNAME, DISPLAY_NAME, null, PASSWORD, "USD");
            var who = new SignedInUser(users.markDemo(user.id()));
            try {
                var report = importer.importCsv(who, "demo expenses", new StringReader(csv), ImportOptions.DEFAULT);
                addBudgets(who, YearMonth.from(to));
                addBills(who, to);
                return new Demo(who, report.imported(), from, to, BUDGETS.size(), BILLS.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The budgets, started a year ago so that their history has something to show. */
    private void addBudgets(SignedInUser who, YearMonth thisMonth) {
        YearMonth start = thisMonth.minusMonths(11);
        for (DemoBudget b : BUDGETS) {
            budgets.set(who, categoryId(who, b.category()), new BigDecimal(b.limit()), false, start);
        }
        budgets.set(who, categoryId(who, "Dining"), new BigDecimal(DINING_RAISED_TO), false, null,
                thisMonth.minusMonths(RAISED_MONTHS_AGO));
    }

    /**
     * The bills as recurring expenses, each starting at its next day after today: the generated expenses already
     * hold every earlier one, so opening the profile creates nothing twice.
     */
    private void addBills(SignedInUser who, LocalDate today) {
        for (DemoBill b : BILLS) {
            LocalDate next = today.withDayOfMonth(Math.min(b.day(), today.lengthOfMonth()));
            if (!next.isAfter(today)) {
                LocalDate nextMonth = today.plusMonths(1);
                next = nextMonth.withDayOfMonth(Math.min(b.day(), nextMonth.lengthOfMonth()));
            }
            recurring.create(who, new RecurringDraft(new BigDecimal(b.amount()), categoryId(who, b.category()),
                    b.payee(), b.description(), Schedule.monthly(b.day()), next, null));
        }
    }

    private Long categoryId(SignedInUser who, String name) {
        return name == null ? null : categories.findOrCreate(who, name).id();
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
