package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.Insight;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BothDatabases
class InsightServiceTest {
    static final YearMonth JUNE = YearMonth.of(2028, 6);
    static final String[] PAYEES = {"Bistro", "Cafe Luna", "Noodle Bar", "Taqueria"};
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    long dining;
    long groceries;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2028-06-28T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        groceries = services.categories().findByName(alice, "Groceries").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Seven months of ordinary spending: Dining 10–40 every other day, Groceries 50–90 weekly, known payees only. */
    private void ordinaryMonths(long seed) {
        var random = new Random(seed);
        var drafts = new ArrayList<ExpenseDraft>();
        int n = 0;
        for (LocalDate d = LocalDate.of(2027, 12, 1); !d.isAfter(JUNE.atEndOfMonth()); d = d.plusDays(2)) {
            // payees in turn: the same payee comes back after 8 days, so no pair can look like a duplicate charge
            drafts.add(new ExpenseDraft(d, cents(1000 + random.nextInt(3001)), dining, "Meal",
                    PAYEES[n++ % PAYEES.length], null));
            if (d.getDayOfYear() % 7 < 2) {
                drafts.add(new ExpenseDraft(d, cents(5000 + random.nextInt(4001)), groceries, "Food", "Market", null));
            }
        }
        services.expenses().restore(alice, drafts);
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private void spend(String date, String amount, long category, String payee) {
        services.expenses().create(alice, new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount), category,
                "x", payee, null));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource(textBlock = """
            1
            2
            3
            42
            2028
            """)
    void ordinaryVariationIsNotFlagged(long seed) {
        ordinaryMonths(seed);
        for (int m = 0; m < 3; m++) {
            assertThat(services.insights().find(alice, JUNE.minusMonths(m))).as("month " + JUNE.minusMonths(m))
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource(textBlock = """
            1
            7
            99
            """)
    void plantedOutliersAreFoundWithTheirReasons(long seed) {
        ordinaryMonths(seed);
        spend("2028-06-10", "140.00", dining, "Bistro");
        spend("2028-06-12", "480.00", groceries, "Market");
        spend("2028-06-15", "899.00", groceries, "Electronics Mega Store");
        spend("2028-06-20", "23.45", dining, "Taqueria");
        spend("2028-06-22", "23.45", dining, "Taqueria");
        List<Insight> found = services.insights().find(alice, JUNE);
        assertThat(found).extracting(i -> i.kind() + " " + i.expense().date() + " " + i.expense().amount())
                .containsExactly("UNUSUAL 2028-06-10 140.00", "UNUSUAL 2028-06-12 480.00",
                        "UNUSUAL 2028-06-15 899.00", "FIRST_PAYEE 2028-06-15 899.00", "DUPLICATE 2028-06-22 23.45");
        assertThat(found.get(0).reason()).matches("\\d\\.\\d× your usual Dining expense");
        assertThat(found.get(3).reason()).startsWith("first time at Electronics Mega Store, and ");
        assertThat(found.get(4).reason()).isEqualTo("same amount at Taqueria as on 2028-06-20: a possible duplicate"
                + " charge");
    }

    @Test
    void aPayeePaidYearsAgoInAnotherSpellingIsNotNew() {
        ordinaryMonths(1);
        spend("2020-03-01", "12.00", groceries, "  ELECTRONICS mega store ");
        spend("2028-06-15", "899.00", groceries, "Electronics Mega Store");
        spend("2028-06-16", "899.00", groceries, "Brand New Shop");
        assertThat(services.insights().find(alice, JUNE)).filteredOn(i -> i.kind() == Insight.Kind.FIRST_PAYEE)
                .extracting(i -> i.expense().payee()).containsExactly("Brand New Shop");
    }

    @Test
    void theSensitivityIsASetting() {
        ordinaryMonths(5);
        // ordinary Dining is 10 to 40, median about 25: 55 is within 3.5 robust deviations, not within 2
        spend("2028-06-10", "55.00", dining, "Bistro");
        assertThat(services.insights().find(alice, JUNE)).isEmpty();
        assertThat(services.insights().find(alice, JUNE, new BigDecimal("2.0")))
                .extracting(Insight::kind).containsExactly(Insight.Kind.UNUSUAL);
        assertThatThrownBy(() -> services.insights().find(alice, JUNE, BigDecimal.ZERO))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fewerThanFiveEarlierExpensesAreNotEnoughToJudge() {
        for (int d = 1; d <= 4; d++) {
            spend("2028-05-0" + d, "10.00", dining, "Bistro");
        }
        spend("2028-06-01", "500.00", dining, "Bistro");
        assertThat(services.insights().find(alice, JUNE)).isEmpty();
        spend("2028-05-05", "10.00", dining, "Bistro");
        assertThat(services.insights().find(alice, JUNE)).extracting(Insight::reason)
                .containsExactly("50.0× your usual Dining expense");
    }

    @Test
    void dismissedInsightsStayHiddenAndOnlyForTheirOwner() {
        ordinaryMonths(3);
        spend("2028-06-10", "140.00", dining, "Bistro");
        var insight = services.insights().find(alice, JUNE).get(0);
        var bob = TestUsers.signedUp(services, "bob");
        assertThatThrownBy(() -> services.insights().dismiss(bob, insight.key()))
                .isInstanceOf(NotFoundException.class);
        assertThat(services.insights().find(bob, JUNE)).isEmpty();
        services.insights().dismiss(alice, insight.key());
        assertThat(services.insights().find(alice, JUNE)).isEmpty();
        assertThatThrownBy(() -> services.insights().dismiss(alice, "weird:1"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void recurringChargesAreNotDuplicates() {
        long subscriptions = services.categories().findByName(alice, "Subscriptions").orElseThrow().id();
        services.recurring().create(alice, new RecurringDraft(new BigDecimal("3.00"), subscriptions, "Parking",
                "Daily parking", Schedule.everyDays(1), LocalDate.of(2028, 6, 1), null));
        services.recurring().generateDue(alice);
        assertThat(services.insights().find(alice, JUNE)).isEmpty();
        spend("2028-06-27", "3.00", subscriptions, "Parking");
        assertThat(services.insights().find(alice, JUNE)).extracting(Insight::kind)
                .containsExactly(Insight.Kind.DUPLICATE);
    }
}
