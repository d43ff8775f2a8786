package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import io.spendsense.domain.Period;
import org.junit.jupiter.api.Test;

/** The operations of the time algebra on their own, without words. */
class TimeValueTest {
    private static final LocalDate TODAY = LocalDate.parse("2027-04-15");

    private static TimeValue month(int y, int m) {
        return TimeValue.fixed(Period.month(YearMonth.of(y, m)), Grain.MONTH);
    }

    @Test
    void pastBiasPicksTheLatestOccurrenceThatHasBegun() {
        assertThat(AbsoluteDates.monthOfYear(4).resolve(TODAY)).isEqualTo(Period.month(YearMonth.of(2027, 4)));
        assertThat(AbsoluteDates.monthOfYear(5).resolve(TODAY)).isEqualTo(Period.month(YearMonth.of(2026, 5)));
        // Thursday: today counts, so "Thursday" is today and "last Thursday" a week ago
        TimeValue thursday = AbsoluteDates.weekdayOfEveryWeek(DayOfWeek.THURSDAY);
        assertThat(thursday.resolve(TODAY)).isEqualTo(Period.day(TODAY));
        assertThat(((TimeValue.Fixed) thursday.lastOne(TODAY)).period()).isEqualTo(Period.day(TODAY.minusWeeks(1)));
    }

    @Test
    void aLeapDayWithoutAYearIsTheLatestLeapDay() {
        TimeValue feb29 = AbsoluteDates.monthOfYear(2).select(new Selector.DayOfMonth(29));
        assertThat(feb29.resolve(TODAY)).isEqualTo(Period.day(LocalDate.parse("2024-02-29")));
        assertThat(feb29.inYear(2027)).isInstanceOf(TimeValue.None.class);
    }

    @Test
    void selectingADayThatAFixedMonthLacksIsNoDayWithTheReason() {
        TimeValue v = month(2027, 2).select(new Selector.DayOfMonth(30));
        assertThat(v).isInstanceOf(TimeValue.None.class);
        assertThat(((TimeValue.None) v).why()).isEqualTo("February 2027 has no 30th (it has 28 days)");
        assertThat(v.resolve(TODAY)).isNull();
        // no day stays no day through any further operator
        assertThat(v.select(new Selector.WeekendOf())).isSameAs(v);
        assertThat(TimeValue.span(v, month(2027, 3), TODAY)).isSameAs(v);
    }

    @Test
    void anOperatorThatDoesNotFitTheGrainIsNoReading() {
        assertThat(TimeValue.fixed(Period.day(TODAY), Grain.DAY).select(new Selector.DayOfMonth(3))).isNull();
        assertThat(TimeValue.fixed(Period.weekOf(TODAY), Grain.WEEK).select(new Selector.Part(Selector.Part.MID)))
                .isNull();
    }

    @Test
    void partsOfAMonthAYearAWeekAndAQuarter() {
        assertThat(part(month(2028, 2), Selector.Part.LATE)).isEqualTo(period("2028-02-21", "2028-02-29"));
        assertThat(part(TimeValue.fixed(Period.year(2027), Grain.YEAR), Selector.Part.MID))
                .isEqualTo(period("2027-05-01", "2027-08-31"));
        assertThat(part(TimeValue.fixed(Period.weekOf(TODAY), Grain.WEEK), Selector.Part.EARLY))
                .isEqualTo(period("2027-04-12", "2027-04-14"));
        assertThat(part(TimeValue.fixed(Period.quarter(2027, 2), Grain.QUARTER), Selector.Part.LATE))
                .isEqualTo(period("2027-06-01", "2027-06-30"));
    }

    @Test
    void twoCyclicSidesRecurTogetherAcrossTheYearEnd() {
        TimeValue dec24 = AbsoluteDates.monthOfYear(12).select(new Selector.DayOfMonth(24));
        TimeValue jan2 = AbsoluteDates.monthOfYear(1).select(new Selector.DayOfMonth(2));
        assertThat(TimeValue.span(dec24, jan2, TODAY).resolve(TODAY)).isEqualTo(period("2026-12-24", "2027-01-02"));
    }

    @Test
    void aFixedSidePlacesTheCyclicOne() {
        TimeValue november = AbsoluteDates.monthOfYear(11);
        assertThat(TimeValue.span(november, month(2027, 2), TODAY).resolve(TODAY))
                .isEqualTo(period("2026-11-01", "2027-02-28"));
        assertThat(TimeValue.span(month(2025, 11), AbsoluteDates.monthOfYear(2), TODAY).resolve(TODAY))
                .isEqualTo(period("2025-11-01", "2026-02-28"));
    }

    @Test
    void sinceRunsFromTheStartToToday() {
        assertThat(TimeValue.since(AbsoluteDates.monthOfYear(12), TODAY).resolve(TODAY))
                .isEqualTo(period("2026-12-01", "2027-04-15"));
        assertThat(TimeValue.since(month(2027, 5), TODAY)).as("not begun yet").isNull();
    }

    @Test
    void thisAndLastOfAYearlyValue() {
        TimeValue march = AbsoluteDates.monthOfYear(3);
        assertThat(((TimeValue.Fixed) march.thisOne(TODAY)).period()).isEqualTo(Period.month(YearMonth.of(2027, 3)));
        assertThat(((TimeValue.Fixed) march.lastOne(TODAY)).period()).isEqualTo(Period.month(YearMonth.of(2026, 3)));
    }

    private static Period part(TimeValue v, int third) {
        return ((TimeValue.Fixed) v.select(new Selector.Part(third))).period();
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
