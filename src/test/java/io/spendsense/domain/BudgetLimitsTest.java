package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetLimitsTest {
    static final YearMonth JAN = YearMonth.of(2028, 1);

    /** "2028-01=100;2028-03=200" as a history. */
    static List<BudgetLimit> limits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(p -> p.split("="))
                .map(p -> new BudgetLimit(YearMonth.parse(p[0]), new BigDecimal(p[1]))).toList();
    }

    static String text(List<BudgetLimit> limits) {
        return String.join(";", limits.stream().map(l -> l.from() + "=" + l.limit().toPlainString()).toList());
    }

    @ParameterizedTest(name = "{0} + {2} from {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                               | 2028-01 | 100 | 2028-01=100
            2028-01=100                      | 2028-03 | 200 | 2028-01=100;2028-03=200
            2028-01=100;2028-03=200          | 2028-02 | 150 | 2028-01=100;2028-02=150
            2028-01=100;2028-03=200          | 2028-03 | 250 | 2028-01=100;2028-03=250
            2028-01=100;2028-03=200          | 2028-01 | 80  | 2028-01=80
            2028-01=100;2028-03=200          | 2028-05 | 200 | 2028-01=100;2028-03=200
            2028-01=100;2028-03=200          | 2028-03 | 100 | 2028-01=100
            2028-01=100;2028-03=200;2028-06=50 | 2028-04 | 300 | 2028-01=100;2028-03=200;2028-04=300
            """)
    void aChangeAppliesFromItsMonthOnAndLeavesEarlierMonths(String before, String from, String limit, String after) {
        assertThat(text(BudgetLimits.change(limits(before), JAN, YearMonth.parse(from), new BigDecimal(limit))))
                .isEqualTo(after);
    }

    @ParameterizedTest(name = "{0} starting {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2028-01=100;2028-03=200 | 2027-10 | 2027-10=100;2028-03=200
            2028-01=100;2028-03=200 | 2028-02 | 2028-02=100;2028-03=200
            2028-01=100;2028-03=200 | 2028-03 | 2028-03=200
            2028-01=100;2028-03=200 | 2028-07 | 2028-07=200
            """)
    void theFirstLimitIsAlwaysAtTheStartMonth(String before, String start, String after) {
        assertThat(text(BudgetLimits.normalize(limits(before), YearMonth.parse(start)))).isEqualTo(after);
    }

    @Test
    void aChangeCannotApplyBeforeTheStart() {
        assertThatThrownBy(() -> BudgetLimits.change(limits("2028-01=100"), JAN, JAN.minusMonths(1), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachMonthUsesTheLimitInEffectThen() {
        var budget = new Budget(1, 7L, "Dining", new BigDecimal("200"), true, JAN,
                limits("2028-01=100;2028-03=200"));
        assertThat(budget.limitIn(JAN)).isEqualByComparingTo("100");
        assertThat(budget.limitIn(JAN.plusMonths(1))).isEqualByComparingTo("100");
        assertThat(budget.limitIn(JAN.plusMonths(2))).isEqualByComparingTo("200");
        assertThat(budget.limitIn(JAN.plusMonths(20))).isEqualByComparingTo("200");
        // 60 and 130 spent: 40 carried into February, 10 into March, whose limit is 200
        var months = BudgetLedger.statuses(budget, Map.of(JAN, new BigDecimal("60"), JAN.plusMonths(1),
                new BigDecimal("130")), JAN, JAN.plusMonths(2), LocalDate.of(2028, 3, 15), 2);
        assertThat(months).extracting(s -> s.limit().toPlainString()).containsExactly("100.00", "100.00", "200.00");
        assertThat(months).extracting(s -> s.effectiveLimit().toPlainString())
                .containsExactly("100.00", "140.00", "210.00");
    }

    @Test
    void aBudgetWithoutAHistoryHasItsLimitSinceItsStart() {
        var budget = new Budget(1, null, null, new BigDecimal("50"), false, JAN);
        assertThat(budget.limits()).containsExactly(new BudgetLimit(JAN, new BigDecimal("50")));
    }
}
