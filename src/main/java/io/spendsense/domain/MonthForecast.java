package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where this month's spending (overall or of one category) is heading, as {@link MonthForecaster} sees it on
 * {@code today}.
 *
 * @param categoryId     the category, or null for all spending
 * @param spent          spent so far this month, today included
 * @param billsDue       regular bills still to come this month: recurring expenses due after today, and monthly
 *                       payees not yet charged this month
 * @param expected       the forecast of the month's total: spent + bills due + the expected rest of the everyday
 *                       spending
 * @param low            the low end of the range (spent + bills due + the least any of the past months spent in the
 *                       rest of the month), or null without enough history
 * @param high           the high end of the range (with the most any past month spent in the rest), or null without
 *                       enough history
 * @param historyMonths  how many past months the forecast learned from (at most {@link MonthForecaster#HISTORY_MONTHS})
 */
public record MonthForecast(Long categoryId, YearMonth month, LocalDate today, BigDecimal spent, BigDecimal billsDue,
                            BigDecimal expected, BigDecimal low, BigDecimal high, int historyMonths) {

    /** Whether there was enough history for a range (at least {@link MonthForecaster#MIN_MONTHS} months). */
    public boolean enoughHistory() {
        return low != null;
    }

    /**
     * The least the month will cost: the low end of the range, or without enough history what is already known
     * (spent + bills due).
     */
    public BigDecimal floor() {
        return enoughHistory() ? low : spent.add(billsDue);
    }

    /**
     * Whether even the least the month will cost ({@link #floor()}) is over {@code limit}: only then is a budget
     * "likely to exceed". Without history that is only when what is spent and due already is.
     */
    public boolean likelyOver(BigDecimal limit) {
        return floor().compareTo(limit) > 0;
    }

    /** Whether the whole range is under {@code limit}. */
    public boolean likelyUnder(BigDecimal limit) {
        return enoughHistory() && high.compareTo(limit) <= 0;
    }
}
