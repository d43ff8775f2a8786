package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The month-end forecast on hand-made histories: each knows the answer a person would give. */
class MonthForecasterTest {
    static final long HOUSING = 1;
    static final long DINING = 2;
    static final long INSURANCE = 3;
    static final long UTILITIES = 4;
    static final long GARDEN = 5;

    final List<MonthForecaster.Spend> rows = new ArrayList<>();

    void add(LocalDate day, long category, String payee, String amount) {
        rows.add(new MonthForecaster.Spend(day, category, payee,
        new BigDecimal(amount).movePointRight(2).longValueExact()));
    }

    /** Rent of 1,500.00 on every 1st and a 5.00 coffee every day, from {@code from} through {@code to}. */
    void rentAndCoffee(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfMonth() == 1) {
                add(d, HOUSING, "Oakwood Apartments", "1500.00");
            }
            add(d, DINING, "Blue Bottle", "5.00");
        }
    }

    MonthForecast forecast(LocalDate today, Long category) {
        return new MonthForecaster(rows, null, 2).forecast(today, category, List.of(), Set.of());
    }

    @Test
    void aRentPaidOnTheFirstCountsOnceNotThirtyOneTimes() {
        rentAndCoffee(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 12, 1));
        var f = forecast(LocalDate.of(2026, 12, 1), null);
        assertThat(f.spent()).isEqualByComparingTo("1505.00");
        // the rent once, and a coffee on each of the 31 days
        assertThat(f.expected()).isEqualByComparingTo("1655.00");
        assertThat(f.billsDue()).isEqualByComparingTo("0.00");
        assertThat(f.low()).isEqualByComparingTo("1655.00");
        assertThat(f.high()).isEqualByComparingTo("1655.00");
        assertThat(f.historyMonths()).isEqualTo(12);
        var housing = forecast(LocalDate.of(2026, 12, 1), HOUSING);
        assertThat(housing.expected()).isEqualByComparingTo("1500.00");
    }

    @Test
    void aRentNotYetChargedThisMonthIsStillDue() {
        rentAndCoffee(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 11, 30));
        add(LocalDate.of(2026, 12, 1), DINING, "Blue Bottle", "5.00");
        var f = forecast(LocalDate.of(2026, 12, 1), null);
        assertThat(f.spent()).isEqualByComparingTo("5.00");
        assertThat(f.billsDue()).isEqualByComparingTo("1500.00");
        assertThat(f.expected()).isEqualByComparingTo("1655.00");
    }

    @Test
    void aYearlyBillCountsInItsMonthOnly() {
        rentAndCoffee(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 2, 28));
        add(LocalDate.of(2024, 3, 10), INSURANCE, "Acme Insurance", "600.00");
        add(LocalDate.of(2025, 3, 11), INSURANCE, "Acme Insurance", "620.00");
        add(LocalDate.of(2026, 3, 1), HOUSING, "Oakwood Apartments", "1500.00");
        var march = forecast(LocalDate.of(2026, 3, 1), INSURANCE);
        assertThat(march.billsDue()).isEqualByComparingTo("610.00");
        assertThat(march.expected()).isEqualByComparingTo("610.00");
        var overall = forecast(LocalDate.of(2026, 3, 1), null);
        // rent, the insurance and the 30 coffees after today (150.00), nudged down a little because today has none
        // yet: 150.00 × (1 + 0.15 × 1/31 × (15/20 − 1))
        assertThat(overall.expected()).isEqualByComparingTo("2259.82");
        var april = forecast(LocalDate.of(2026, 4, 1), INSURANCE);
        assertThat(april.expected()).isEqualByComparingTo("0.00");
    }

    @Test
    void aWaterBillEveryOtherMonthIsDueEveryOtherMonth() {
        rentAndCoffee(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30));
        for (int month = 1; month <= 17; month += 2) {
            var day = LocalDate.of(2025, 1, 15).plusMonths(month - 1);
            add(day, UTILITIES, "City Water", "45.00");
        }
        // the last was on 2026-05-15: due in July, not in June
        add(LocalDate.of(2026, 7, 1), HOUSING, "Oakwood Apartments", "1500.00");
        assertThat(forecast(LocalDate.of(2026, 7, 1), UTILITIES).expected()).isEqualByComparingTo("45.00");
        assertThat(forecast(LocalDate.of(2026, 6, 1), UTILITIES).expected()).isEqualByComparingTo("0.00");
    }

    @Test
    void aNewCategoryWithOneMonthOfHistoryGetsNoRangeOnlyWhatIsKnown() {
        rentAndCoffee(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 3));
        add(LocalDate.of(2026, 11, 8), GARDEN, "Green Thumb", "80.00");
        add(LocalDate.of(2026, 11, 22), GARDEN, "Green Thumb", "35.00");
        add(LocalDate.of(2026, 12, 2), GARDEN, "Green Thumb", "20.00");
        var f = forecast(LocalDate.of(2026, 12, 3), GARDEN);
        assertThat(f.enoughHistory()).isFalse();
        assertThat(f.historyMonths()).isEqualTo(1);
        assertThat(f.expected()).isEqualByComparingTo("20.00");
        assertThat(f.low()).isNull();
        // without a range, only what is already spent and due can make a budget likely to be exceeded
        assertThat(f.likelyOver(new BigDecimal("25.00"))).isFalse();
        assertThat(f.likelyOver(new BigDecimal("19.99"))).isTrue();
    }

    @Test
    void aMonthWithNoExpensesYetIsForecastFromTheHistory() {
        rentAndCoffee(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30));
        var f = forecast(LocalDate.of(2026, 12, 1), DINING);
        assertThat(f.spent()).isEqualByComparingTo("0.00");
        // 30 more days of coffee after today: the pace of a day with none yet nudges it down only a little
        assertThat(f.expected()).isBetween(new BigDecimal("140.00"), new BigDecimal("150.00"));
        assertThat(f.enoughHistory()).isTrue();
    }

    @Test
    void likelyOverOnlyWhenEvenTheLowEndIsOverTheLimit() {
        rentAndCoffee(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 12, 1));
        var f = forecast(LocalDate.of(2026, 12, 1), null);
        assertThat(f.likelyOver(new BigDecimal("1600.00"))).isTrue();
        assertThat(f.likelyOver(new BigDecimal("1655.00"))).isFalse();
        assertThat(f.likelyUnder(new BigDecimal("1655.00"))).isTrue();
    }

    @Test
    void quantilesAndMediansAreInWholeCents() {
        assertThat(MonthForecaster.median(List.of(3L, 1L, 2L))).isEqualTo(2);
        assertThat(MonthForecaster.median(List.of(4L, 1L))).isEqualTo(2);
        assertThat(MonthForecaster.quantile(new long[] {0, 100}, new BigDecimal("0.25"))).isEqualTo(25);
    }
}
