package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.domain.UpcomingExpense;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BothDatabases
class RecurringServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    MutableClock clock;
    SignedInUser alice;
    long subscriptions;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        clock = new MutableClock(Instant.parse("2028-04-10T10:00:00Z"));
        services = Services.openForTests(database.location(), clock);
        alice = TestUsers.signedUp(services, "alice");
        subscriptions = services.categories().findByName(alice, "Subscriptions").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private RecurringDraft draft(String schedule, String start, String end) {
        return new RecurringDraft(new BigDecimal("15.49"), subscriptions, "Netflix", "Netflix plan",
                Schedule.parse(schedule), LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    private List<Expense> expenses(Services s, SignedInUser who) {
        return s.expenses().page(who, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0, 1000)
                .items();
    }

    @Test
    void occurrencesUpToTodayAreCreatedOnceWithMonthEnds() {
        services.recurring().create(alice, draft("monthly:31", "2028-01-31", null));
        assertThat(services.recurring().generateDue(alice)).isEqualTo(3);
        assertThat(services.recurring().generateDue(alice)).isZero();
        assertThat(expenses(services, alice)).extracting(e -> e.date().toString())
                .containsExactly("2028-01-31", "2028-02-29", "2028-03-31");
        assertThat(expenses(services, alice).get(0)).satisfies(e -> {
            assertThat(e.amount()).isEqualByComparingTo("15.49");
            assertThat(e.payee()).isEqualTo("Netflix");
            assertThat(e.categoryName()).isEqualTo("Subscriptions");
        });
        clock.advance(Duration.ofDays(21));
        assertThat(services.recurring().generateDue(alice)).isEqualTo(1);
        assertThat(services.recurring().list(alice).get(0).generatedThrough()).isEqualTo(LocalDate.of(2028, 5, 1));
    }

    @Test
    void aDeletedOrEditedOccurrenceStaysAsTheUserLeftItEvenWhenTheClockGoesBack() {
        services.recurring().create(alice, draft("monthly:1", "2028-01-01", null));
        services.recurring().generateDue(alice);
        var list = expenses(services, alice);
        services.expenses().delete(alice, list.get(1).id());
        var edited = list.get(2).toDraft();
        services.expenses().update(alice, list.get(2).id(), new ExpenseDraft(edited.date(), new BigDecimal("19.99"),
                edited.categoryId(), "New price", edited.payee(), null));

        clock.advance(Duration.ofDays(-60));
        assertThat(services.recurring().generateDue(alice)).isZero();
        clock.advance(Duration.ofDays(60));
        assertThat(services.recurring().generateDue(alice)).isZero();
        assertThat(expenses(services, alice)).extracting(e -> e.date() + " " + e.amount() + " " + e.description())
                .containsExactly("2028-01-01 15.49 Netflix plan", "2028-03-01 19.99 New price",
                        "2028-04-01 15.49 Netflix plan");
        assertThat(services.recurring().list(alice).get(0).generatedThrough()).isEqualTo(LocalDate.of(2028, 4, 10));
    }

    @Test
    void anEndDateStopsTheOccurrences() {
        services.recurring().create(alice, draft("weekly:mon:2", "2028-03-01", "2028-03-31"));
        assertThat(services.recurring().generateDue(alice)).isEqualTo(2);
        assertThat(expenses(services, alice)).extracting(e -> e.date().toString())
                .containsExactly("2028-03-06", "2028-03-20");
        assertThat(services.recurring().upcoming(alice, 30)).isEmpty();
    }

    @Test
    void twoProcessesGeneratingAtOnceCreateEachOccurrenceOnce() throws Exception {
        services.recurring().create(alice, draft("days:1", "2028-01-01", null));
        services.recurring().create(alice, new RecurringDraft(new BigDecimal("9.99"), subscriptions, "Cloud", "Storage",
                Schedule.monthly(31), LocalDate.of(2027, 1, 31), null));
        try (var other = Services.openForTests(database.location(), clock)) {
            var aliceThere = other.auth().signIn("alice", TestUsers.PASSWORD);
            var pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 4; round++) {
                    var start = new CountDownLatch(1);
                    Callable<Integer> here = () -> {
                        start.await();
                        return services.recurring().generateDue(alice);
                    };
                    Callable<Integer> there = () -> {
                        start.await();
                        return other.recurring().generateDue(aliceThere);
                    };
                    Future<Integer> a = pool.submit(here);
                    Future<Integer> b = pool.submit(there);
                    start.countDown();
                    int created = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
                    assertThat(created).as("round " + round).isEqualTo(round == 0 ? 101 + 15 : 3);
                    clock.advance(Duration.ofDays(3));
                }
            } finally {
                pool.shutdownNow();
            }
            var all = expenses(other, aliceThere);
            assertThat(all).hasSize(101 + 15 + 9);
            assertThat(all.stream().map(e -> e.date() + e.description() + e.amount()).distinct()).hasSize(all.size());
        }
    }

    @ParameterizedTest(name = "{1}: {2} created")
    @CsvSource(textBlock = """
            2028-03-31T23:30:00Z, UTC,              0
            2028-03-31T23:30:00Z, Asia/Tokyo,       1
            2028-04-01T03:00:00Z, America/New_York, 0
            2028-04-01T05:00:00Z, America/New_York, 1
            """)
    void todayIsTheDayInTheClocksTimeZone(Instant now, ZoneId zone, int created) {
        try (var zoned = Services.openForTests(database.location(), Clock.fixed(now, zone))) {
            zoned.recurring().create(alice, draft("monthly:1", "2028-04-01", null));
            assertThat(zoned.recurring().generateDue(alice)).isEqualTo(created);
        }
    }

    @Test
    void upcomingListsTheNext30DaysSoonestFirstAndDueThisMonthSumsPerCategory() {
        long housing = services.categories().findByName(alice, "Housing").orElseThrow().id();
        services.recurring().create(alice, draft("monthly:15", "2028-01-15", null));
        services.recurring().create(alice, new RecurringDraft(new BigDecimal("1500"), housing, "Landlord", "Rent",
                Schedule.monthly(1), LocalDate.of(2028, 1, 1), null));
        services.recurring().generateDue(alice);
        assertThat(services.recurring().upcoming(alice, 30)).extracting(UpcomingExpense::date)
                .extracting(LocalDate::toString).containsExactly("2028-04-15", "2028-05-01");
        assertThat(services.recurring().dueThisMonth(alice)).containsOnlyKeys(subscriptions)
                .hasEntrySatisfying(subscriptions, v -> assertThat(v).isEqualByComparingTo("15.49"));
        var forecast = services.budgets().forecast(alice);
        assertThat(forecast).isEmpty();
    }

    @Test
    void anotherUserCannotSeeRemoveOrGenerateTemplatesOfAlice() {
        var t = services.recurring().create(alice, draft("monthly:1", "2028-01-01", null));
        var bob = TestUsers.signedUp(services, "bob");
        assertThat(services.recurring().list(bob)).isEmpty();
        assertThat(services.recurring().generateDue(bob)).isZero();
        assertThat(services.recurring().upcoming(bob, 30)).isEmpty();
        assertThatThrownBy(() -> services.recurring().remove(bob, t.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.recurring().create(bob, draft("monthly:1", "2028-01-01", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not one of yours");
        assertThat(services.recurring().generateDue(alice)).isEqualTo(4);
    }

    @Test
    void removingATemplateKeepsItsExpenses() {
        var t = services.recurring().create(alice, draft("monthly:1", "2028-01-01", null));
        services.recurring().generateDue(alice);
        services.recurring().remove(alice, t.id());
        assertThat(services.recurring().list(alice)).isEmpty();
        assertThat(expenses(services, alice)).hasSize(4);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> services.recurring().create(alice, draft("monthly:1", "2028-02-01", "2028-01-31")))
                .isInstanceOf(ValidationException.class).hasMessage("end date is before the start date");
    }

    @Test
    void monthlyLookingPayeesAreOfferedAsTemplatesAndNormalVariationIsNot() {
        long groceries = services.categories().findByName(alice, "Groceries").orElseThrow().id();
        long dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        var drafts = new ArrayList<ExpenseDraft>();
        LocalDate day = LocalDate.of(2027, 10, 3);
        for (int m = 0; m < 6; m++) {
            // a bill: about the same amount, 28 to 33 days apart
            drafts.add(new ExpenseDraft(LocalDate.of(2027, 10, 5).plusMonths(m).plusDays(m % 2), new BigDecimal(
                    m == 3 ? "16.20" : "15.49"), subscriptions, "Spotify", "Spotify", null));
            // a gym whose charge varies too much
            drafts.add(new ExpenseDraft(LocalDate.of(2027, 10, 9).plusMonths(m), new BigDecimal(20 + 9 * m),
                    dining, "Gym", "Gym", null));
        }
        for (int w = 0; w < 26; w++) {
            // weekly groceries of similar amounts: a month apart too, but with lots in between
            drafts.add(new ExpenseDraft(day.plusWeeks(w), new BigDecimal("60.00"), groceries, "Food", "Market", null));
        }
        drafts.add(new ExpenseDraft(LocalDate.of(2028, 3, 1), new BigDecimal("9.99"), subscriptions, "x",
                "Twice", null));
        drafts.add(new ExpenseDraft(LocalDate.of(2028, 4, 1), new BigDecimal("9.99"), subscriptions, "x",
                "Twice", null));
        services.expenses().restore(alice, drafts);

        var candidates = services.recurring().candidates(alice);
        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.payee()).isEqualTo("Spotify");
            assertThat(c.times()).isEqualTo(6);
            assertThat(c.suggested().schedule()).isEqualTo(Schedule.monthly(6));
            assertThat(c.suggested().start()).isEqualTo(LocalDate.of(2028, 4, 6));
        });
        services.recurring().create(alice, candidates.get(0).suggested());
        assertThat(services.recurring().candidates(alice)).isEmpty();
        // the suggestion starts after the last charge: only the charge due since (April 6) is created
        assertThat(services.recurring().generateDue(alice)).isEqualTo(1);
    }
}
