package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetLevel;
import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.BudgetStatus;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BothDatabases
class BudgetServiceTest {
    static final YearMonth MARCH = YearMonth.of(2028, 3);
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    MutableClock clock;
    SignedInUser alice;
    long dining;
    long groceries;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        clock = new MutableClock(Instant.parse("2028-03-10T10:00:00Z"));
        services = Services.openForTests(database.location(), clock);
        alice = TestUsers.signedUp(services, "alice");
        dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        groceries = services.categories().findByName(alice, "Groceries").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void spend(SignedInUser who, long categoryId, String date, String amount) {
        services.expenses().create(who, new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount), categoryId,
                "x", "Somewhere", null));
    }

    private BudgetStatus statusOf(List<BudgetStatus> statuses, String name) {
        return statuses.stream().filter(s -> s.budget().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void settingAgainChangesTheBudgetAndKeepsItsStartMonth() {
        var first = services.budgets().set(alice, dining, new BigDecimal("200"), false, YearMonth.of(2028, 1));
        var second = services.budgets().set(alice, dining, new BigDecimal("250.50"), true, null);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.limit()).isEqualByComparingTo("250.50");
        assertThat(second.rollover()).isTrue();
        assertThat(second.startMonth()).isEqualTo(YearMonth.of(2028, 1));
        assertThat(services.budgets().list(alice)).hasSize(1);
    }

    @Test
    void aNewBudgetStartsThisMonthAndTheOverallBudgetIsListedFirst() {
        services.budgets().set(alice, groceries, new BigDecimal("400"), false, null);
        services.budgets().set(alice, null, new BigDecimal("2000"), false, null);
        services.budgets().set(alice, null, new BigDecimal("2100"), false, null);
        assertThat(services.budgets().list(alice)).extracting(Budget::name).containsExactly("Overall", "Groceries");
        assertThat(services.budgets().list(alice)).extracting(Budget::startMonth).containsOnly(MARCH);
    }

    @Test
    void statusCountsTheMonthsSpendingWithRolloverFromEarlierMonths() {
        services.budgets().set(alice, dining, new BigDecimal("100"), true, YearMonth.of(2028, 1));
        services.budgets().set(alice, null, new BigDecimal("500"), false, YearMonth.of(2028, 1));
        spend(alice, dining, "2028-01-31", "60.00");
        spend(alice, dining, "2028-02-29", "130.00");
        spend(alice, dining, "2028-03-01", "50.00");
        spend(alice, groceries, "2028-03-09", "380.00");
        spend(alice, dining, "2028-04-01", "999.00");

        var march = services.budgets().status(alice, MARCH);
        var diningMarch = statusOf(march, "Dining");
        assertThat(diningMarch.carry()).isEqualByComparingTo("10.00");
        assertThat(diningMarch.effectiveLimit()).isEqualByComparingTo("110.00");
        assertThat(diningMarch.spent()).isEqualByComparingTo("50.00");
        assertThat(diningMarch.daysLeft()).isEqualTo(22);
        var overall = statusOf(march, "Overall");
        assertThat(overall.spent()).isEqualByComparingTo("430.00");
        assertThat(overall.percent()).isEqualByComparingTo("86.0");
        assertThat(overall.level()).isEqualTo(BudgetLevel.WARNING);
        assertThat(services.budgets().status(alice)).isEqualTo(march);
    }

    @Test
    void historyListsEachMonthFromTheStartMonth() {
        var b = services.budgets().set(alice, dining, new BigDecimal("100"), true, YearMonth.of(2028, 2));
        spend(alice, dining, "2028-02-10", "120.00");
        var history = services.budgets().history(alice, b.id(), YearMonth.of(2027, 12), MARCH);
        assertThat(history).extracting(BudgetStatus::month).containsExactly(YearMonth.of(2028, 2), MARCH);
        assertThat(history).extracting(BudgetStatus::level).containsExactly(BudgetLevel.EXCEEDED, BudgetLevel.OK);
        assertThat(history.get(1).effectiveLimit()).isEqualByComparingTo("80.00");
    }

    @Test
    void withoutHistoryTheForecastIsWhatIsKnownAndLikelyToExceedOnlyIfThatIsOver() {
        services.budgets().set(alice, dining, new BigDecimal("105"), false, null);
        services.budgets().set(alice, null, new BigDecimal("60"), false, null);
        spend(alice, dining, "2028-03-05", "100.00");
        services.recurring().create(alice, new io.spendsense.domain.RecurringDraft(new BigDecimal("5.00"), dining,
                "Spotify", "Spotify Premium", io.spendsense.domain.Schedule.monthly(20), LocalDate.of(2028, 3, 20),
                null));
        var byName = forecasts();
        assertThat(byName.get("Dining").projected()).isEqualByComparingTo("105.00");
        assertThat(byName.get("Dining").forecast().billsDue()).isEqualByComparingTo("5.00");
        assertThat(byName.get("Dining").forecast().enoughHistory()).isFalse();
        assertThat(byName.get("Dining").likelyExceeded()).isFalse();
        assertThat(byName.get("Overall").projected()).isEqualByComparingTo("105.00");
        assertThat(byName.get("Overall").likelyExceeded()).isTrue();
    }

    @Test
    void withHistoryABudgetIsLikelyToExceedOnlyWhenTheLowEndOfTheRangeIsOverItsLimit() {
        services.budgets().set(alice, dining, new BigDecimal("280"), false, null);
        services.budgets().set(alice, groceries, new BigDecimal("280"), false, null);
        // four months of lunches, 9.00 every day, and this month so far
        for (LocalDate d = LocalDate.of(2027, 11, 1); !d.isAfter(LocalDate.of(2028, 3, 10)); d = d.plusDays(1)) {
            spend(alice, dining, d.toString(), "9.00");
            spend(alice, groceries, d.toString(), "4.00");
        }
        var byName = forecasts();
        var f = byName.get("Dining").forecast();
        assertThat(f.historyMonths()).isEqualTo(4);
        assertThat(f.spent()).isEqualByComparingTo("90.00");
        // 21 more days of lunches: 279.00 in March
        assertThat(f.expected()).isEqualByComparingTo("279.00");
        assertThat(byName.get("Dining").likelyExceeded()).isFalse();
        assertThat(byName.get("Dining").likelyWithin()).isTrue();
        services.budgets().set(alice, dining, new BigDecimal("270"), false, null);
        assertThat(forecasts().get("Dining").likelyExceeded()).isTrue();
        assertThat(byName.get("Groceries").likelyExceeded()).isFalse();
    }

    private java.util.Map<String, io.spendsense.domain.BudgetForecast> forecasts() {
        return services.budgets().forecast(alice).stream().collect(java.util.stream.Collectors.toMap(
                f -> f.status().budget().name(), f -> f));
    }

    @Test
    void anAddedExpenseThatCrossesAThresholdIsReported() {
        services.budgets().set(alice, dining, new BigDecimal("100"), false, null);
        services.budgets().set(alice, groceries, new BigDecimal("100"), false, null);
        spend(alice, dining, "2028-03-02", "70.00");
        var before = services.budgets().status(alice, MARCH);
        spend(alice, dining, "2028-03-09", "15.00");
        spend(alice, groceries, "2028-03-09", "5.00");
        var crossings = BudgetService.crossings(before, services.budgets().status(alice, MARCH));
        assertThat(crossings).singleElement().satisfies(c -> {
            assertThat(c.after().budget().name()).isEqualTo("Dining");
            assertThat(c.reached()).isEqualTo(BudgetLevel.WARNING);
        });
    }

    @ParameterizedTest(name = "limit {0}")
    @CsvSource(textBlock = """
            0
            -5
            10.001
            1000000000.01
            """)
    void limitsMustBePositiveMoney(String limit) {
        assertThatThrownBy(() -> services.budgets().set(alice, dining, new BigDecimal(limit), false, null))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("limit");
    }

    @Test
    void anotherUserCannotSeeOrChangeBudgetsById() {
        var b = services.budgets().set(alice, dining, new BigDecimal("100"), false, null);
        spend(alice, dining, "2028-03-02", "70.00");
        var bob = TestUsers.signedUp(services, "bob");
        assertThat(services.budgets().list(bob)).isEmpty();
        assertThat(services.budgets().status(bob, MARCH)).isEmpty();
        assertThatThrownBy(() -> services.budgets().find(bob, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.budgets().history(bob, b.id(), MARCH, MARCH))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.budgets().remove(bob, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.budgets().set(bob, dining, BigDecimal.TEN, false, null))
                .isInstanceOf(ValidationException.class);
        var bobs = services.budgets().set(bob, null, new BigDecimal("50"), false, null);
        assertThat(statusOf(services.budgets().status(bob, MARCH), "Overall").spent()).isEqualByComparingTo("0");
        assertThat(services.budgets().find(alice, b.id()).limit()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> services.budgets().remove(alice, bobs.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingABudgetOrItsCategoryDeletesIt() {
        var b = services.budgets().set(alice, dining, new BigDecimal("100"), false, null);
        services.budgets().remove(alice, b.id());
        assertThat(services.budgets().list(alice)).isEmpty();
        var coffee = services.categories().create(alice, "Coffee", null, List.of());
        services.budgets().set(alice, coffee.id(), new BigDecimal("30"), false, null);
        services.categories().merge(alice, coffee.id(), dining);
        assertThat(services.budgets().list(alice)).isEmpty();
    }

    private BudgetStatus in(SignedInUser who, String name, YearMonth month) {
        return statusOf(services.budgets().status(who, month), name);
    }

    @Test
    void aLimitChangedInMarchLeavesJanuaryAndFebruaryAsTheyWere() {
        var b = services.budgets().set(alice, dining, new BigDecimal("100"), false, YearMonth.of(2028, 1));
        spend(alice, dining, "2028-01-15", "90.00");
        spend(alice, dining, "2028-02-15", "120.00");
        spend(alice, dining, "2028-03-05", "150.00");
        var before = services.budgets().history(alice, b.id(), YearMonth.of(2028, 1), YearMonth.of(2028, 2));

        var changed = services.budgets().set(alice, dining, new BigDecimal("200"), false, null);

        assertThat(changed.limit()).isEqualByComparingTo("200");
        assertThat(changed.startMonth()).isEqualTo(YearMonth.of(2028, 1));
        assertThat(changed.limits()).extracting(BudgetLimit::from).containsExactly(YearMonth.of(2028, 1), MARCH);
        var history = services.budgets().history(alice, b.id(), YearMonth.of(2028, 1), MARCH);
        assertThat(history.subList(0, 2)).isEqualTo(before.stream()
                .map(s -> withBudget(s, changed)).toList());
        assertThat(history).extracting(s -> s.limit().toPlainString()).containsExactly("100.00", "100.00", "200.00");
        assertThat(history).extracting(BudgetStatus::level)
                .containsExactly(BudgetLevel.WARNING, BudgetLevel.EXCEEDED, BudgetLevel.OK);
        assertThat(in(alice, "Dining", YearMonth.of(2028, 2)).remaining()).isEqualByComparingTo("-20.00");
        assertThat(in(alice, "Dining", MARCH).remaining()).isEqualByComparingTo("50.00");
    }

    private static BudgetStatus withBudget(BudgetStatus s, Budget b) {
        return new BudgetStatus(b, s.month(), s.spent(), s.limit(), s.carry(), s.effectiveLimit(), s.percent(),
                s.remaining(), s.daysLeft(), s.level());
    }

    @Test
    void rolloverCarriesWhatEachMonthLeftUnderTheLimitItHadThen() {
        // 100 a month from January with rollover: 60 and 130 spent leave 40, then 10 to carry into March
        services.budgets().set(alice, dining, new BigDecimal("100"), true, YearMonth.of(2028, 1));
        spend(alice, dining, "2028-01-10", "60.00");
        spend(alice, dining, "2028-02-10", "130.00");
        services.budgets().set(alice, dining, new BigDecimal("150"), true, null);

        var february = in(alice, "Dining", YearMonth.of(2028, 2));
        assertThat(february.limit()).isEqualByComparingTo("100.00");
        assertThat(february.effectiveLimit()).isEqualByComparingTo("140.00");
        assertThat(february.remaining()).isEqualByComparingTo("10.00");
        var march = in(alice, "Dining", MARCH);
        assertThat(march.limit()).isEqualByComparingTo("150.00");
        assertThat(march.carry()).isEqualByComparingTo("10.00");
        assertThat(march.effectiveLimit()).isEqualByComparingTo("160.00");
        var april = in(alice, "Dining", YearMonth.of(2028, 4));
        assertThat(april.carry()).isEqualByComparingTo("160.00");
        assertThat(april.effectiveLimit()).isEqualByComparingTo("310.00");
    }

    @Test
    void aChangeBackDatedWithFromAppliesFromThatMonthOnAndReplacesLaterChanges() {
        services.budgets().set(alice, dining, new BigDecimal("100"), false, YearMonth.of(2028, 1));
        services.budgets().set(alice, dining, new BigDecimal("200"), false, null);
        var b = services.budgets().set(alice, dining, new BigDecimal("150"), false, null, YearMonth.of(2028, 2));

        assertThat(b.limits()).containsExactly(new BudgetLimit(YearMonth.of(2028, 1), new BigDecimal("100.00")),
                new BudgetLimit(YearMonth.of(2028, 2), new BigDecimal("150.00")));
        var history = services.budgets().history(alice, b.id(), YearMonth.of(2028, 1), YearMonth.of(2028, 4));
        assertThat(history).extracting(s -> s.limit().toPlainString())
                .containsExactly("100.00", "150.00", "150.00", "150.00");

        var all = services.budgets().set(alice, dining, new BigDecimal("80"), false, null, b.startMonth());
        assertThat(all.limits()).containsExactly(new BudgetLimit(YearMonth.of(2028, 1), new BigDecimal("80.00")));
        assertThat(in(alice, "Dining", YearMonth.of(2028, 1)).limit()).isEqualByComparingTo("80.00");
    }

    @Test
    void aChangeForALaterMonthWaitsForItAndSettingTheSameLimitAgainKeepsTheHistory() {
        services.budgets().set(alice, dining, new BigDecimal("100"), false, YearMonth.of(2028, 1));
        services.budgets().set(alice, dining, new BigDecimal("300"), false, null, YearMonth.of(2028, 5));
        assertThat(in(alice, "Dining", MARCH).limit()).isEqualByComparingTo("100.00");
        assertThat(in(alice, "Dining", YearMonth.of(2028, 4)).limit()).isEqualByComparingTo("100.00");
        assertThat(in(alice, "Dining", YearMonth.of(2028, 5)).limit()).isEqualByComparingTo("300.00");

        var rolled = services.budgets().set(alice, dining, new BigDecimal("300"), true, null);
        assertThat(rolled.rollover()).isTrue();
        assertThat(rolled.limits()).extracting(BudgetLimit::from).containsExactly(YearMonth.of(2028, 1),
                YearMonth.of(2028, 5));
        assertThat(in(alice, "Dining", MARCH).limit()).isEqualByComparingTo("100.00");
    }

    @Test
    void movingTheStartMonthKeepsTheLimitsAfterIt() {
        services.budgets().set(alice, dining, new BigDecimal("100"), false, YearMonth.of(2028, 1));
        services.budgets().set(alice, dining, new BigDecimal("200"), false, null);
        var earlier = services.budgets().set(alice, dining, new BigDecimal("200"), false, YearMonth.of(2027, 11));
        assertThat(earlier.limits()).containsExactly(new BudgetLimit(YearMonth.of(2027, 11), new BigDecimal("100.00")),
                new BudgetLimit(MARCH, new BigDecimal("200.00")));
        var later = services.budgets().set(alice, dining, new BigDecimal("200"), false, YearMonth.of(2028, 2));
        assertThat(later.limits()).containsExactly(new BudgetLimit(YearMonth.of(2028, 2), new BigDecimal("100.00")),
                new BudgetLimit(MARCH, new BigDecimal("200.00")));
    }

    @Test
    void aLimitCannotApplyBeforeTheStartMonthNorANewBudgetFromAnotherMonth() {
        services.budgets().set(alice, dining, new BigDecimal("100"), false, YearMonth.of(2028, 1));
        assertThatThrownBy(() -> services.budgets().set(alice, dining, new BigDecimal("90"), false, null,
                YearMonth.of(2027, 12)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("the limit cannot apply from 2027-12: the budget starts in 2028-01");
        assertThatThrownBy(() -> services.budgets().set(alice, groceries, new BigDecimal("90"), false, null,
                YearMonth.of(2028, 4)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("a new budget's limit applies from its start month (2028-03), not from 2028-04");
        assertThat(services.budgets().list(alice)).extracting(Budget::name).containsExactly("Dining");
        assertThat(in(alice, "Dining", MARCH).limit()).isEqualByComparingTo("100.00");
    }

    @Test
    void limitHistoriesStayWithTheirOwnUser() {
        var bob = TestUsers.signedUp(services, "bob");
        long bobsDining = services.categories().findByName(bob, "Dining").orElseThrow().id();
        services.budgets().set(alice, dining, new BigDecimal("100"), false, YearMonth.of(2028, 1));
        var bobs = services.budgets().set(bob, bobsDining, new BigDecimal("70"), false, YearMonth.of(2028, 1));
        services.budgets().set(alice, dining, new BigDecimal("250"), false, null, YearMonth.of(2028, 2));
        services.budgets().set(bob, bobsDining, new BigDecimal("75"), false, null);

        assertThat(services.budgets().find(bob, bobs.id()).limits()).containsExactly(
                new BudgetLimit(YearMonth.of(2028, 1), new BigDecimal("70.00")),
                new BudgetLimit(MARCH, new BigDecimal("75.00")));
        assertThat(in(bob, "Dining", YearMonth.of(2028, 2)).limit()).isEqualByComparingTo("70.00");
        assertThat(services.budgets().list(alice).get(0).limits()).extracting(BudgetLimit::from)
                .containsExactly(YearMonth.of(2028, 1), YearMonth.of(2028, 2));
        assertThatThrownBy(() -> services.budgets().history(alice, bobs.id(), MARCH, MARCH))
                .isInstanceOf(NotFoundException.class);
        services.budgets().remove(bob, bobs.id());
        assertThat(in(alice, "Dining", YearMonth.of(2028, 2)).limit()).isEqualByComparingTo("250.00");
        assertThat(services.budgets().list(bob)).isEmpty();
    }
}
