package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RecurringTemplateTest {

    private static BigDecimal perMonth(String amount, Schedule schedule) {
        return new RecurringTemplate(1, new BigDecimal(amount), 1, "Bills", "Payee", "", schedule,
                LocalDate.of(2026, 1, 1), null, null).perMonth().setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void anAverageMonthCountsEachScheduleByHowOftenItFallsDueInAYear() {
        assertThat(perMonth("15.49", Schedule.monthly(1))).isEqualByComparingTo("15.49");
        assertThat(perMonth("60.00", Schedule.weekly(DayOfWeek.THURSDAY, 2))).isEqualByComparingTo("130.00");
        assertThat(perMonth("612.00", Schedule.yearly())).isEqualByComparingTo("51.00");
        assertThat(perMonth("3.00", Schedule.everyDays(10))).isEqualByComparingTo("9.13");
    }
}
