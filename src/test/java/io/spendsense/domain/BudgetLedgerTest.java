package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetLedgerTest {
    static final YearMonth JAN = YearMonth.of(2028, 1);
    static final LocalDate TODAY = LocalDate.of(2028, 4, 15);

    static Budget budget(String limit, boolean rollover, YearMonth start) {
        return new Budget(1, 7L, "Dining", new BigDecimal(limit), rollover, start);
    }

    static Map<YearMonth, BigDecimal> spent(String... monthAmounts) {
        var map = new java.util.HashMap<YearMonth, BigDecimal>();
        for (String s : monthAmounts) {
            String[] p = s.split("=");
            map.put(YearMonth.parse(p[0]), new BigDecimal(p[1]));
        }
        return map;
    }

    @Test
    void rolloverCarriesUnspentAndOverspentIntoTheNextMonth() {
        var months = BudgetLedger.statuses(budget("100.00", true, JAN),
                spent("2028-01=60.00", "2028-02=130.00", "2028-03=20.00"), JAN, JAN.plusMonths(3), TODAY, 2);
        assertThat(months).extracting(s -> s.carry().toPlainString())
                .containsExactly("0.00", "40.00", "10.00", "90.00");
        assertThat(months).extracting(s -> s.effectiveLimit().toPlainString())
                .containsExactly("100.00", "140.00", "110.00", "190.00");
        assertThat(months).extracting(s -> s.remaining().toPlainString())
                .containsExactly("40.00", "10.00", "90.00", "190.00");
        assertThat(months.get(1).percent()).isEqualByComparingTo("92.9");
        assertThat(months.get(1).level()).isEqualTo(BudgetLevel.WARNING);
    }

    @Test
    void withoutRolloverEveryMonthStartsFromTheLimit() {
        var months = BudgetLedger.statuses(budget("100.00", false, JAN), spent("2028-01=10.00", "2028-02=150.00"),
                JAN, JAN.plusMonths(2), TODAY, 2);
        assertThat(months).extracting(s -> s.effectiveLimit().toPlainString())
                .containsExactly("100.00", "100.00", "100.00");
        assertThat(months.get(1).remaining()).isEqualByComparingTo("-50.00");
        assertThat(months.get(1).level()).isEqualTo(BudgetLevel.EXCEEDED);
    }

    @Test
    void overspendingThatEatsTheWholeNextLimitLeavesNothingToSpend() {
        var march = BudgetLedger.status(budget("100.00", true, JAN), spent("2028-01=250.00"), YearMonth.of(2028, 2),
                TODAY, 2);
        assertThat(march.effectiveLimit()).isEqualByComparingTo("-50.00");
        assertThat(march.percent()).isNull();
        assertThat(march.level()).isEqualTo(BudgetLevel.EXCEEDED);
        assertThat(march.remaining()).isEqualByComparingTo("-50.00");
    }

    @Test
    void monthsBeforeTheStartMonthHaveNoStatusAndCarryNothing() {
        var b = budget("100.00", true, YearMonth.of(2028, 3));
        var s = spent("2028-01=500.00", "2028-02=500.00", "2028-03=30.00");
        assertThat(BudgetLedger.status(b, s, YearMonth.of(2028, 2), TODAY, 2)).isNull();
        var history = BudgetLedger.statuses(b, s, JAN, YearMonth.of(2028, 4), TODAY, 2);
        assertThat(history).extracting(BudgetStatus::month)
                .containsExactly(YearMonth.of(2028, 3), YearMonth.of(2028, 4));
        assertThat(history.get(1).carry()).isEqualByComparingTo("70.00");
    }

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource(textBlock = """
            0,       100,  OK
            79.99,   100,  OK
            80.00,   100,  WARNING
            99.99,   100,  WARNING
            100.00,  100,  EXCEEDED
            100.01,  100,  EXCEEDED
            0,       0,    EXCEEDED
            0.01,    -5,   EXCEEDED
            """)
    void levelsStartAt80And100PercentOfTheEffectiveLimit(String spent, String effective, BudgetLevel level) {
        assertThat(BudgetLevel.of(Money.toMinor(new BigDecimal(spent), 2), Money.toMinor(new BigDecimal(effective), 2)))
                .isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} in {1}: {2} days left")
    @CsvSource(textBlock = """
            2028-02-29, 2028-02, 1
            2028-02-01, 2028-02, 29
            2027-02-01, 2027-02, 28
            2027-02-28, 2027-02, 1
            2028-01-31, 2028-01, 1
            2028-03-15, 2028-02, 0
            2028-01-15, 2028-02, 29
            2027-12-31, 2028-02, 29
            """)
    void daysLeftCountTodayAndFollowLeapYears(LocalDate today, YearMonth month, int left) {
        assertThat(BudgetLedger.daysLeft(month, today)).isEqualTo(left);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(textBlock = """
            50.00,  85.00,  WARNING
            85.00,  100.00, EXCEEDED
            10.00,  120.00, EXCEEDED
            85.00,  90.00,  ''
            120.00, 50.00,  ''
            10.00,  20.00,  ''
            """)
    void crossingsAreUpwardMovesPastAThreshold(String before, String after, String reached) {
        var b = budget("100.00", false, JAN);
        var then = BudgetLedger.status(b, Map.of(JAN, new BigDecimal(before)), JAN, TODAY, 2);
        var now = BudgetLedger.status(b, Map.of(JAN, new BigDecimal(after)), JAN, TODAY, 2);
        var crossings = BudgetCrossing.between(List.of(then), List.of(now));
        if (reached.isEmpty()) {
            assertThat(crossings).isEmpty();
        } else {
            assertThat(crossings).singleElement().extracting(BudgetCrossing::reached)
                    .isEqualTo(BudgetLevel.valueOf(reached));
        }
    }
}
