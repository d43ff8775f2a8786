package io.spendsense.ui.charts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.Period;
import io.spendsense.ui.common.Messages;

/**
 * The months the monthly charts cover: the 12 months ending with the current one, or one calendar year.
 *
 * @param year the calendar year, or null for the last 12 months
 */
public record ChartRange(Integer year) {
    public static final ChartRange LAST_12_MONTHS = new ChartRange(null);

    public static ChartRange ofYear(int year) {
        return new ChartRange(year);
    }

    public boolean isYear() {
        return year != null;
    }

    /** The months in order, oldest first. */
    public List<YearMonth> months(YearMonth current) {
        YearMonth first = year == null ? current.minusMonths(11) : YearMonth.of(year, 1);
        var months = new ArrayList<YearMonth>(12);
        for (int i = 0; i < 12; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    public Period period(YearMonth current) {
        var months = months(current);
        return new Period(months.get(0).atDay(1), months.get(months.size() - 1).atEndOfMonth());
    }

    public String label() {
        return year == null ? Messages.get("charts.range.last12Months") : String.valueOf(year);
    }

    @Override
    public String toString() {
        return label();
    }
}
