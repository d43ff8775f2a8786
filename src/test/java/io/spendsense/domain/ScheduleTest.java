package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {
    static List<String> dates(String schedule, String start, String end, String from, String to) {
        return Schedule.parse(schedule).dates(LocalDate.parse(start), end.isEmpty() ? null : LocalDate.parse(end),
                LocalDate.parse(from), LocalDate.parse(to)).stream().map(LocalDate::toString).toList();
    }

    @ParameterizedTest(name = "{0} from {1}: {5}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            monthly:31   | 2027-12-31 | ''         | 2027-12-01 | 2028-05-31 | 2027-12-31 2028-01-31 2028-02-29 2028-03-31 2028-04-30 2028-05-31
            monthly:31   | 2026-12-31 | ''         | 2027-01-01 | 2027-03-31 | 2027-01-31 2027-02-28 2027-03-31
            monthly:30   | 2028-01-30 | ''         | 2028-01-01 | 2028-03-31 | 2028-01-30 2028-02-29 2028-03-30
            monthly:10   | 2026-01-15 | ''         | 2026-01-01 | 2026-03-31 | 2026-02-10 2026-03-10
            monthly:29   | 2026-02-28 | ''         | 2026-02-01 | 2026-03-31 | 2026-02-28 2026-03-29
            monthly:1    | 2026-01-01 | 2026-03-01 | 2025-01-01 | 2026-12-31 | 2026-01-01 2026-02-01 2026-03-01
            weekly:mon   | 2026-03-04 | ''         | 2026-03-01 | 2026-03-31 | 2026-03-09 2026-03-16 2026-03-23 2026-03-30
            weekly:fri:2 | 2026-02-27 | ''         | 2026-03-01 | 2026-03-31 | 2026-03-13 2026-03-27
            weekly:sun:3 | 2028-02-27 | ''         | 2028-02-01 | 2028-04-30 | 2028-02-27 2028-03-19 2028-04-09 2028-04-30
            yearly       | 2024-02-29 | ''         | 2024-01-01 | 2028-12-31 | 2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29
            yearly       | 2020-12-31 | ''         | 2026-06-01 | 2027-12-31 | 2026-12-31 2027-12-31
            days:10      | 2028-02-20 | ''         | 2028-02-01 | 2028-03-21 | 2028-02-20 2028-03-01 2028-03-11 2028-03-21
            days:1       | 2026-03-30 | 2026-04-02 | 2026-01-01 | 2026-12-31 | 2026-03-30 2026-03-31 2026-04-01 2026-04-02
            days:7       | 2026-03-01 | ''         | 2026-02-01 | 2026-02-28 | ''
            """)
    // CHECKSTYLE.ON: LineLength
    void datesFollowMonthEndsLeapYearsAndTheStartAndEnd(String schedule, String start, String end, String from,
                                                       String to, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(dates(schedule, start, end, from, to)).isEqualTo(want);
    }

    @Test
    void aLongSpanSkipsAheadWithoutLosingADate() {
        var all = dates("monthly:31", "2000-01-31", "", "2000-01-01", "2100-12-31");
        assertThat(all).hasSize(101 * 12).contains("2000-02-29", "2100-02-28", "2096-02-29");
        assertThat(dates("monthly:31", "2000-01-31", "", "2100-02-01", "2100-02-28")).containsExactly("2100-02-28");
        assertThat(dates("days:3", "2000-01-01", "", "2026-03-01", "2026-03-10"))
                .allMatch(d -> java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2000, 1, 1),
                        LocalDate.parse(d)) % 3 == 0).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            monthly:31   | monthly on day 31
            weekly:FRI:2 | every 2 weeks on Friday
            weekly:monday| weekly on Monday
            yearly       | yearly on Feb 29
            days:10      | every 10 days
            """)
    void parseAndDescribe(String code, String words) {
        var s = Schedule.parse(code);
        assertThat(s.describe(LocalDate.of(2028, 2, 29))).isEqualTo(words);
        assertThat(Schedule.parse(s.code())).isEqualTo(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            monthly:32
            monthly
            weekly:xyz
            days:0
            fortnightly
            """)
    void badSchedulesAreRefused(String code) {
        assertThatThrownBy(() -> Schedule.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }
}
