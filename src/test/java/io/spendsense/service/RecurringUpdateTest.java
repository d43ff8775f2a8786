package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.Expense;
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

/** {@link RecurringService#update}: what the desktop Recurring screen's Edit does. */
@BothDatabases
class RecurringUpdateTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    MutableClock clock;
    SignedInUser alice;
    long subscriptions;
    long housing;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
        services = Services.openForTests(database.location(), clock);
        alice = TestUsers.signedUp(services, "alice");
        subscriptions = services.categories().findByName(alice, "Subscriptions").orElseThrow().id();
        housing = services.categories().findByName(alice, "Housing").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private RecurringDraft draft(String amount, long category, String schedule, String start) {
        return new RecurringDraft(new BigDecimal(amount), category, "Netflix", "plan", Schedule.parse(schedule),
                LocalDate.parse(start), null);
    }

    @Test
    void anEditAppliesToTheOccurrencesStillToComeAndLeavesTheCreatedOnes() {
        var t = services.recurring().create(alice, draft("15.49", subscriptions, "monthly:5", "2026-01-05"));
        assertThat(services.recurring().generateDue(alice)).isEqualTo(3);

        var changed = services.recurring().update(alice, t.id(), draft("17.99", subscriptions, "monthly:10",
                "2026-01-05"));

        assertThat(changed.amount()).isEqualByComparingTo("17.99");
        assertThat(changed.generatedThrough()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(services.recurring().upcoming(alice, 30)).extracting(UpcomingExpense::date)
                .containsExactly(LocalDate.of(2026, 4, 10));
        assertThat(expenses()).extracting(Expense::amount).allMatch(a -> a.compareTo(new BigDecimal("15.49")) == 0);
        clock.advance(java.time.Duration.ofDays(22));
        assertThat(services.recurring().generateDue(alice)).isEqualTo(1);
        assertThat(expenses().get(0).amount()).isEqualByComparingTo("17.99");
        assertThat(expenses().get(0).date()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void updateIsValidatedAndScopedToTheUser() {
        var t = services.recurring().create(alice, draft("15.49", subscriptions, "monthly:5", "2026-04-05"));
        var bob = TestUsers.signedUp(services, "bob");
        long bobs = services.categories().findByName(bob, "Housing").orElseThrow().id();
        assertThatThrownBy(() -> services.recurring().update(bob, t.id(), draft("1", bobs, "yearly", "2026-04-05")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.recurring().update(alice, t.id(), draft("1", bobs, "yearly", "2026-04-05")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.recurring().update(alice, t.id(), draft("0", housing, "yearly",
                "2026-04-05"))).isInstanceOf(ValidationException.class);
        assertThat(services.recurring().list(alice).get(0).amount()).isEqualByComparingTo("15.49");
    }

    private java.util.List<Expense> expenses() {
        return services.expenses().page(alice, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, false), 0,
                100).items();
    }
}
