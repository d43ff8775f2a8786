package io.spendsense.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Period;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsViewModelTest {
    @TempDir
    Path dir;
    InsightsFixture data;
    ChartsViewModel vm;
    final List<ExpenseFilter> requests = new ArrayList<>();

    @BeforeEach
    void open() {
        data = new InsightsFixture(dir).sample();
        vm = new ChartsViewModel(data.user, data.services.summaries(), new ImmediateTaskRunner(), data.clock);
        vm.filterRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        vm.refresh();
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void headlineShowsTheCurrentMonthsTotalChangeTopCategoryAndBiggestExpense() {
        assertThat(vm.monthTitleProperty().get()).isEqualTo("March 2026");
        assertThat(vm.totalCaptionProperty().get()).isEqualTo("March 2026 · so far");
        assertThat(vm.monthTotalProperty().get()).isEqualByComparingTo("1670.75");
        assertThat(vm.totalTextProperty().get()).isEqualTo("$1,670.75");
        // the month is not over: compared with the same days of February (1–20), not with all of it
        assertThat(vm.changeTitleProperty().get()).isEqualTo("vs Feb 1–20, 2026");
        assertThat(vm.changeTextProperty().get()).isEqualTo("+$95.75 (+6.1%)");
        assertThat(vm.changeProperty().get()).isEqualTo(Change.UP);
        assertThat(vm.topCategoryTextProperty().get()).isEqualTo("Housing · $1,475.00");
        assertThat(vm.biggestTextProperty().get()).isEqualTo("$1,475.00 · Monthly rent at Oakwood Apartments (Mar 1)");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void monthWithoutPreviousSpendingSaysSo() {
        vm.selectMonth(YearMonth.of(2025, 6));
        assertThat(vm.totalTextProperty().get()).isEqualTo("$60.00");
        assertThat(vm.totalCaptionProperty().get()).isEqualTo("June 2025 · total");
        assertThat(vm.changeTextProperty().get()).isEqualTo("+$60.00 (nothing in May)");
        assertThat(vm.changeProperty().get()).isEqualTo(Change.NONE);
    }

    @Test
    void spendingLessThanThePreviousMonthIsADecrease() {
        vm.selectMonth(YearMonth.of(2025, 7));
        assertThat(vm.changeTextProperty().get()).isEqualTo("−$60.00 (−100.0%)");
        assertThat(vm.changeProperty().get()).isEqualTo(Change.DOWN);
        assertThat(vm.topCategoryTextProperty().get()).isEqualTo("—");
        assertThat(vm.getMonthCategories()).isEmpty();
    }

    @Test
    void lastTwelveMonthsEndWithTheCurrentMonthAndStackCategories() {
        assertThat(vm.getMonths()).hasSize(12).startsWith(YearMonth.of(2025, 4)).endsWith(YearMonth.of(2026, 3));
        assertThat(vm.getMonthly()).hasSize(6);
        assertThat(vm.getRangeCategories()).extracting(CategoryTotal::category)
                .containsExactly("Housing", "Groceries", "Dining");
        assertThat(vm.getRangeCategories().get(2).total()).isEqualByComparingTo("135.25");
        assertThat(vm.getRanges()).extracting(ChartRange::label).containsExactly("Last 12 months", "2026", "2025");
    }

    @Test
    void trendHasOnePointPerMonthWithZerosAndFollowsTheChosenCategory() {
        // Housing moves from 0 (no rent before February in the sample) to 1,475: the largest spread.
        assertThat(vm.trendCategoryProperty().get().category()).isEqualTo("Housing");
        assertThat(vm.getTrend()).hasSize(12);
        assertThat(vm.getTrend().get(11).total()).isEqualByComparingTo("1475.00");
        assertThat(vm.getTrend().get(0).total()).isEqualByComparingTo("0");

        vm.selectTrendCategory(vm.getRangeCategories().get(2));
        assertThat(vm.getTrend()).extracting(MonthTotal::total).map(BigDecimal::toPlainString)
                .containsExactly("0.00", "0.00", "60.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00",
                        "0.00", "0.00",
                        "75.25");
    }

    @Test
    void firstTrendIsTheCategoryThatMovesMostAndAChosenOneIsKeptOnRefresh() {
        for (String month : new String[] {"2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10",
            "2025-11", "2025-12", "2026-01"}) {
            data.add(month + "-01", "1475.00", "Housing", "Monthly rent", "Oakwood Apartments");
        }
        data.add("2025-12-20", "900.00", "Groceries", "Holiday dinner shop", "Costco");
        vm.refresh();
        assertThat(vm.trendCategoryProperty().get().category()).isEqualTo("Groceries");
        vm.selectTrendCategory(vm.getRangeCategories().get(0));
        vm.refresh();
        assertThat(vm.trendCategoryProperty().get().category()).isEqualTo("Housing");
    }

    @Test
    void chosenYearCoversJanuaryToDecember() {
        vm.selectRange(ChartRange.ofYear(2025));
        assertThat(vm.getMonths()).startsWith(YearMonth.of(2025, 1)).endsWith(YearMonth.of(2025, 12));
        assertThat(vm.getMonthly()).hasSize(1);
        assertThat(vm.selectedMonthProperty().get()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(vm.axisLabel(YearMonth.of(2025, 1))).isEqualTo("Jan");
        vm.selectRange(ChartRange.LAST_12_MONTHS);
        assertThat(vm.getMonths().stream().map(vm::axisLabel)).containsExactly("Apr\n2025", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec", "Jan\n2026", "Feb", "Mar*");
        assertThat(vm.partialNote()).isEqualTo("* March 2026 so far (to Mar 20)");
        assertThat(vm.tooltip("Dining", YearMonth.of(2026, 3), new BigDecimal("12")))
                .startsWith("Dining · Mar 2026 (so far)");
    }

    @Test
    void aMonthNotOverIsComparedWithTheSameDaysOfTheMonthBefore() {
        assertThat(ChartQueries.sameDaysBefore(YearMonth.of(2026, 3), java.time.LocalDate.of(2026, 3, 31)))
                .isEqualTo(new io.spendsense.domain.Period(java.time.LocalDate.of(2026, 2, 1),
                        java.time.LocalDate.of(2026, 2, 28)));
        assertThat(ChartQueries.sameDaysBefore(YearMonth.of(2026, 12), java.time.LocalDate.of(2026, 12, 1)))
                .isEqualTo(io.spendsense.domain.Period.day(java.time.LocalDate.of(2026, 11, 1)));
        assertThat(ChartQueries.sameDaysBefore(YearMonth.of(2026, 2), null))
                .isEqualTo(io.spendsense.domain.Period.month(YearMonth.of(2026, 1)));
        assertThat(ChartsViewModel.sameDays(io.spendsense.domain.Period.day(java.time.LocalDate.of(2026, 11, 1))))
                .isEqualTo("Nov 1, 2026");
    }

    @Test
    void clickingABarSelectsItsMonthAndRequestsItsCategory() {
        long groceries = data.category("Groceries");
        vm.barClicked(YearMonth.of(2026, 2), groceries);
        assertThat(vm.selectedMonthProperty().get()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(vm.totalTextProperty().get()).isEqualTo("$1,575.00");
        assertThat(requests).containsExactly(
                ExpenseFilter.of(Period.month(YearMonth.of(2026, 2))).withCategories(Set.of(groceries)));
    }

    @Test
    void clickingTheSameSliceTwiceRequestsTwice() {
        long dining = data.category("Dining");
        vm.sliceClicked(dining);
        vm.sliceClicked(dining);
        var expected = ExpenseFilter.of(Period.month(YearMonth.of(2026, 3))).withCategories(Set.of(dining));
        assertThat(requests).containsExactly(expected, expected);
    }

    @Test
    void refreshPicksUpNewExpenses() {
        data.add("2026-03-18", "500.00", "Travel", "Flight", "United");
        vm.refresh();
        assertThat(vm.totalTextProperty().get()).isEqualTo("$2,170.75");
        assertThat(vm.getRangeCategories()).extracting(CategoryTotal::category).contains("Travel");
    }

    @Test
    void nextMonthStopsAtTheCurrentMonth() {
        assertThat(vm.canGoNextProperty().get()).isFalse();
        vm.nextMonth();
        assertThat(vm.selectedMonthProperty().get()).isEqualTo(YearMonth.of(2026, 3));
        vm.previousMonth();
        assertThat(vm.canGoNextProperty().get()).isTrue();
        vm.nextMonth();
        assertThat(vm.selectedMonthProperty().get()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void tooltipsGiveExactAmountsInTheUsersCurrency() {
        assertThat(vm.tooltip("Dining", YearMonth.of(2026, 3), new BigDecimal("1234.5")))
                .isEqualTo("Dining · Mar 2026 (so far)\n$1,234.50");
        assertThat(vm.tooltip("Dining", YearMonth.of(2026, 2), new BigDecimal("1234.5")))
                .isEqualTo("Dining · Feb 2026\n$1,234.50");
    }

    @Test
    void markersAreDroppedForLongSeries() {
        assertThat(ChartsViewModel.markersFor(12)).isTrue();
        assertThat(ChartsViewModel.markersFor(1000)).isFalse();
    }
}
