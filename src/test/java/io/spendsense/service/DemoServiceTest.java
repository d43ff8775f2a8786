package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@BothDatabases
class DemoServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services services;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void createsAMarkedDemoProfileWithAYearAndAHalfOfVariedExpensesUpToToday() {
        var demo = services.demo().create();

        assertThat(demo.from()).isEqualTo(LocalDate.of(2024, 9, 21));
        assertThat(demo.to()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(demo.expenses()).isBetween(1_200, 2_500);
        var user = services.demo().find().orElseThrow();
        assertThat(user.demo()).isTrue();
        assertThat(user.displayName()).isEqualTo(DemoService.DISPLAY_NAME);

        var who = services.auth().signIn(DemoService.USERNAME, DemoService.PASSWORD);
        assertThat(services.summaries().count(who, ExpenseFilter.ALL)).isEqualTo(demo.expenses());
        var categories = services.summaries().byCategory(who, ExpenseFilter.of(Period.year(2025)));
        assertThat(categories).extracting(CategoryTotal::category)
                .contains("Housing", "Utilities", "Groceries", "Dining", "Travel", "Subscriptions");
        // Rent every month: 12 x 1,475.00 in 2025.
        assertThat(categories).filteredOn(c -> c.category().equals("Housing")).singleElement()
                .satisfies(c -> assertThat(c.total()).isGreaterThanOrEqualTo(new BigDecimal("17700.00")));
    }

    @Test
    void theDemoHasBudgetsWithAHistoryAndItsBillsAsRecurringExpensesThatCreateNothingTwice() {
        var demo = services.demo().create();
        var who = services.demo().signIn();
        long before = services.summaries().count(who, ExpenseFilter.ALL);

        var budgets = services.budgets().list(who);
        assertThat(budgets).hasSize(demo.budgets()).hasSize(5);
        assertThat(budgets).extracting(io.spendsense.domain.Budget::categoryName)
                .contains("Groceries", "Dining", "Shopping", "Transport");
        assertThat(budgets).allSatisfy(b -> assertThat(b.startMonth()).isEqualTo(YearMonth.of(2025, 4)));
        var dining = budgets.stream().filter(b -> "Dining".equals(b.categoryName())).findFirst().orElseThrow();
        assertThat(dining.limitIn(YearMonth.of(2025, 11))).isEqualByComparingTo("600");
        assertThat(dining.limitIn(YearMonth.of(2025, 12))).isEqualByComparingTo("700");
        assertThat(dining.limitIn(YearMonth.of(2026, 3))).isEqualByComparingTo("700");
        // the history has a whole year to show, with spending in every month
        assertThat(services.budgets().history(who, dining.id(), YearMonth.of(2025, 4), YearMonth.of(2026, 3)))
                .hasSize(12).allSatisfy(s -> assertThat(s.spent()).isPositive());

        var bills = services.recurring().list(who);
        assertThat(bills).hasSize(demo.recurring()).extracting(io.spendsense.domain.RecurringTemplate::payee)
                .containsExactlyInAnyOrder("Oakwood Apartments", "Netflix", "Planet Fitness", "Verizon Wireless");
        assertThat(bills).allSatisfy(t -> assertThat(t.start()).isAfter(demo.to()));
        // opening the profile (and a day later) creates no second rent: the generated expenses hold the past ones
        assertThat(services.recurring().generateDue(who)).isZero();
        assertThat(services.summaries().count(who, ExpenseFilter.ALL)).isEqualTo(before);
        // the bills left out are offered as candidates
        assertThat(services.recurring().candidates(who)).extracting(io.spendsense.domain.RecurringCandidate::payee)
                .contains("Spotify").doesNotContain("Netflix");
    }

    @Test
    void aSecondCreateIsRefusedAndARealProfileNamedDemoIsNeverTakenForTheDemo() {
        services.demo().create();
        assertThatThrownBy(() -> services.demo().create()).isInstanceOf(ServiceException.class)
                .hasMessageContaining("already exists").hasMessageContaining(DemoService.PASSWORD);

        services.auth().deleteAccount(services.demo().signIn());
        assertThat(services.demo().find()).isEmpty();
        services.auth().register("demo", "Me", null, "my own password", "EUR");
        assertThat(services.demo().find()).isEmpty();
        assertThatThrownBy(() -> services.demo().create()).hasMessageContaining("is not the demo");
    }

    @Test
    void realProfilesAreNotMarkedAsDemo() {
        var alice = TestUsers.signedUp(services, "alice");
        assertThat(alice.user().demo()).isFalse();
    }
}
