package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.DayKind;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.Period;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@BothDatabases
class ExpenseRepositoryTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Database db;
    Transactions tx;
    ExpenseRepository expenses;
    long alice;
    long bob;
    long food;
    long rent;
    long bobFood;
    final Instant now = Instant.parse("2026-03-20T10:00:00Z");

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        db = Database.open(database.location());
        tx = db.transactions();
        expenses = new ExpenseRepository(tx);
        var users = new UserRepository(tx);
        var categories = new CategoryRepository(tx);
        tx.run(() -> {
            alice = users.create("alice", "Alice", null, "h", "USD", now).id();
            bob = users.create("bob", "Bob", null, "h", "USD", now).id();
            food = categories.create(alice, "Food", "#ff0000", List.of("eating")).id();
            rent = categories.create(alice, "Rent", "#00ff00", List.of()).id();
            bobFood = categories.create(bob, "Food", "#ff0000", List.of()).id();
            expenses.insert(alice, draft("2026-03-07", "10.50", food, "Lunch", "Chipotle"), now); // Saturday
            expenses.insert(alice, draft("2026-03-09", "1200.00", rent, "Rent", "Oakwood"), now); // Monday
            expenses.insert(alice, draft("2026-02-15", "4.35", food, "Coffee", "Starbucks"), now); // Sunday
            expenses.insert(bob, draft("2026-03-07", "99.99", bobFood, "Dinner", "Chipotle"), now);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ExpenseDraft draft(String date, String amount, long category, String description, String payee) {
        return new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount), category, description, payee, null);
    }

    /** SQLite keeps a date as ISO text, PostgreSQL as a date; an SQLite file and its new folder are the owner's. */
    @Test
    void datesAreStoredAsDatesAndAFileIsOwnerOnly() throws Exception {
        try (var c = database.connect(); var rs = c.createStatement().executeQuery(database.postgres()
                ? "select expense_date::text, pg_typeof(expense_date)::text from expenses limit 1"
                : "select expense_date, typeof(expense_date) from expenses limit 1")) {
            rs.next();
            assertThat(rs.getString(1)).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(rs.getString(2)).isEqualTo(database.postgres() ? "date" : "text");
        }
        if (!database.postgres()) {
            Path file = dir.resolve("data/test.db");
            Database.open(file).close();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void totalsAreScopedToTheUserAndPeriod() {
        var march = ExpenseFilter.of(Period.month(YearMonth.of(2026, 3)));
        var totals = tx.inTransaction(() -> expenses.totals(alice, march));
        assertThat(totals.total()).isEqualByComparingTo("1210.50");
        assertThat(totals.count()).isEqualTo(2);
        assertThat(tx.inTransaction(() -> expenses.totals(bob, march)).total()).isEqualByComparingTo("99.99");
    }

    @Test
    void weekendAndWeekdayFiltersUseTheDayOfWeek() {
        var weekend = tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withDays(DayKind.WEEKEND)));
        assertThat(weekend.total()).isEqualByComparingTo("14.85");
        var weekday = tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withDays(DayKind.WEEKDAY)));
        assertThat(weekday.total()).isEqualByComparingTo("1200.00");
    }

    @Test
    void groupsByMonthAndCategory() {
        var months = tx.inTransaction(() -> expenses.byMonth(alice, ExpenseFilter.ALL));
        assertThat(months).extracting(m -> m.month().toString()).containsExactly("2026-02", "2026-03");
        var cats = tx.inTransaction(() -> expenses.byCategory(alice, ExpenseFilter.ALL));
        assertThat(cats).extracting(c -> c.category()).containsExactly("Rent", "Food");
        assertThat(tx.inTransaction(() -> expenses.byMonthAndCategory(alice, ExpenseFilter.ALL))).hasSize(3);
    }

    @Test
    void amountBoundsCanBeExclusive() {
        var over = tx.inTransaction(() ->
        expenses.totals(alice, ExpenseFilter.ALL.withMin(new BigDecimal("10.50"), true)));
        assertThat(over.count()).isEqualTo(1);
        var atLeast = tx.inTransaction(() ->
                expenses.totals(alice, ExpenseFilter.ALL.withMin(new BigDecimal("10.50"), false)));
        assertThat(atLeast.count()).isEqualTo(2);
    }

    @Test
    void severalPayeesMatchAnyOfThemAndExclusionsLeaveRowsOut() {
        var either = tx.inTransaction(() ->
        expenses.totals(alice, ExpenseFilter.ALL.withPayees(List.of("chip", "oak"))));
        assertThat(either.count()).isEqualTo(2);
        assertThat(either.total()).isEqualByComparingTo("1210.50");
        var notRent = tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withoutCategories(Set.of(rent))));
        assertThat(notRent.total()).isEqualByComparingTo("14.85");
        // the month-totals table answers category exclusions too: the same figure for whole months
        var march = ExpenseFilter.of(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(tx.inTransaction(() -> expenses.totals(alice, march.withoutCategories(Set.of(rent)))).total())
                .isEqualByComparingTo("10.50");
        var notStarbucks =
                tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withoutPayees(List.of("starbucks",
                "lunch"))));
        assertThat(notStarbucks.count()).isEqualTo(1);
        assertThat(notStarbucks.total()).isEqualByComparingTo("1200.00");
    }

    @Test
    void payeeTotalsAreScopedToTheUserAndRankedByTotal() {
        var top = tx.inTransaction(() -> expenses.byPayee(alice, ExpenseFilter.ALL, 5));
        assertThat(top).extracting(p -> p.payee()).containsExactly("Oakwood", "Chipotle", "Starbucks");
        assertThat(top.get(1).total()).isEqualByComparingTo("10.50");
        var bobs = tx.inTransaction(() -> expenses.byPayee(bob, ExpenseFilter.ALL, 5));
        assertThat(bobs).hasSize(1);
        assertThat(bobs.get(0).total()).isEqualByComparingTo("99.99");
    }

    @Test
    void payeeFilterMatchesPayeeOrDescriptionAndEscapesWildcards() {
        assertThat(tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withPayee("chip"))).count())
        .isEqualTo(1);
        assertThat(tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withPayee("coff"))).count())
                .isEqualTo(1);
        assertThat(tx.inTransaction(() -> expenses.totals(alice, ExpenseFilter.ALL.withPayee("%"))).count()).isZero();
    }

    @Test
    void anotherUsersExpenseCannotBeReadChangedOrDeletedById() {
        long bobsId = tx.inTransaction(() -> expenses.page(bob, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 10))
                .items().get(0).id();
        assertThat(tx.inTransaction(() -> expenses.find(alice, bobsId))).isEmpty();
        assertThat(tx.inTransaction(() -> expenses.update(alice, bobsId,
                draft("2026-01-01", "1.00", food, "x", "y"), now))).isEmpty();
        assertThat(tx.inTransaction(() -> expenses.delete(alice, bobsId))).isFalse();
        assertThat(tx.inTransaction(() -> expenses.find(bob, bobsId))).get()
                .extracting(e -> e.amount()).isEqualTo(new BigDecimal("99.99"));
    }

    @Test
    void pagesAreSortedAndCounted() {
        var page = tx.inTransaction(() -> expenses.page(alice, ExpenseFilter.ALL,
                new io.spendsense.domain.ExpenseSort(ExpenseSort.Field.AMOUNT, false), 0, 2));
        assertThat(page.items()).extracting(e -> e.description()).containsExactly("Rent", "Lunch");
        assertThat(page.total()).isEqualTo(3);
        assertThat(tx.inTransaction(() -> expenses.extremes(alice, ExpenseFilter.ALL, false, 1)).get(0).description())
                .isEqualTo("Coffee");
    }

    @Test
    void bulkInsertAddsRowsInOneTransaction() {
        tx.run(() -> expenses.insertAll(alice, List.of(draft("2025-01-01", "1.00", food, "a", "b"),
                draft("2025-01-02", "2.00", food, "c", "d")), now));
        assertThat(tx.inTransaction(() -> expenses.count(alice))).isEqualTo(5);
        assertThat(tx.inTransaction(() -> expenses.keysBetween(alice, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-31")))).hasSize(2);
        assertThat(tx.inTransaction(() -> expenses.payees(alice))).extracting(p -> p.payee()).contains("Chipotle");
    }
}
