package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forms of the time algebra, in other words and on other days than the corpora: leap years, year ends, month ends,
 * Sundays and Mondays. Expected periods are worked out by hand from the contract's Periods table.
 */
class TimeGrammarTest {

    @ParameterizedTest(name = "[{0}] {1} → {2}..{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # day ranges: a side without its month (or year) takes it from the other
            2027-04-15 | from the 2nd to the 9th of last month               | 2027-03-02 | 2027-03-09 | from-to
            2027-04-15 | between the 5th and the 25th of march 2024          | 2024-03-05 | 2024-03-25 | between
            2027-04-15 | 10 to 20 of june                                    | 2026-06-10 | 2026-06-20 | x-to-y
            2027-04-15 | Jun 3 - 7                                           | 2026-06-03 | 2026-06-07 | x-to-y
            2027-04-15 | Jun 3 – 7 2025                                      | 2025-06-03 | 2025-06-07 | x-to-y
            2027-04-15 | from the 28th to the 3rd                            | 2027-03-28 | 2027-04-03 | from-to
            2027-01-10 | from Dec 20 to Jan 5                                | 2026-12-20 | 2027-01-05 | from-to
            2027-04-15 | between monday and wednesday                        | 2027-04-12 | 2027-04-14 | between
            2027-01-10 | from friday to sunday                               | 2027-01-08 | 2027-01-10 | from-to
            2027-04-15 | between jan 5 - feb 3                               | 2027-01-05 | 2027-02-03 | between
            # a day of a month, of a week
            2027-04-15 | the 10th of this month                              | 2027-04-10 | 2027-04-10 | day-of
            2028-03-01 | the 29th of last month                              | 2028-02-29 | 2028-02-29 | day-of
            2026-05-31 | on the 31st                                         | 2026-05-31 | 2026-05-31 | day-of-month
            2026-06-15 | on the 31st                                         | 2026-05-31 | 2026-05-31 | day-of-month
            2026-03-15 | on the 30th                                         | 2026-01-30 | 2026-01-30 | day-of-month
            2026-03-15 | and what about the 14th?                            | 2026-03-14 | 2026-03-14 | day-of-month
            2027-04-15 | the first of the month                              | 2027-04-01 | 2027-04-01 | day-of
            2027-04-15 | Wednesday of last week                              | 2027-04-07 | 2027-04-07 | weekday-of
            2027-01-10 | Monday this week                                    | 2027-01-04 | 2027-01-04 | weekday-of
            # the n-th weekday of a month
            2027-04-15 | the first Friday of this month                      | 2027-04-02 | 2027-04-02 | nth-weekday-of
            2027-04-15 | the last Monday of May                              | 2026-05-25 | 2026-05-25 | nth-weekday-of
            2027-04-15 | the fourth Thursday of November 2026                | 2026-11-26 | 2026-11-26 | nth-weekday-of
            2027-04-15 | the 2nd Tuesday in March                            | 2027-03-09 | 2027-03-09 | nth-weekday-of
            2027-04-15 | the fifth Monday of March 2027                      | 2027-03-29 | 2027-03-29 | nth-weekday-of
            2028-02-29 | the fifth Tuesday of February                       | 2028-02-29 | 2028-02-29 | nth-weekday-of
            # "for the week" with nothing after it: the current one
            2027-04-15 | what's my total for the week                        | 2027-04-12 | 2027-04-18 | this-week
            2027-04-15 | how much have I spent over the month so far         | 2027-04-01 | 2027-04-15 | month-so-far
            2027-04-15 | spending for the year                               | 2027-01-01 | 2027-12-31 | this-year
            2027-04-15 | for the week of March 2                             | 2027-03-01 | 2027-03-07 | week-of
            # N units ago: that one day
            2027-04-15 | three days ago                                      | 2027-04-12 | 2027-04-12 | days-ago
            2027-04-15 | two weeks ago                                       | 2027-04-01 | 2027-04-01 | weeks-ago
            2027-04-15 | a fortnight ago                                     | 2027-04-01 | 2027-04-01 | fortnights-ago
            2026-05-31 | 3 months ago                                        | 2026-02-28 | 2026-02-28 | months-ago
            2028-02-29 | a year ago                                          | 2027-02-28 | 2027-02-28 | years-ago
            2027-04-15 | 3 Thursdays ago                                     | 2027-03-25 | 2027-03-25 | weekdays-ago
            2027-01-10 | 2 Sundays ago                                       | 2026-12-27 | 2026-12-27 | weekdays-ago
            # early / mid / late, beginning / end
            2027-04-15 | early this month                                    | 2027-04-01 | 2027-04-10 | early-of
            2027-04-15 | mid March                                           | 2027-03-11 | 2027-03-20 | mid-of
            2027-04-15 | late April                                          | 2026-04-21 | 2026-04-30 | late-of
            2027-04-15 | at the end of february                              | 2027-02-21 | 2027-02-28 | end-of
            2028-02-29 | the end of the month                                | 2028-02-21 | 2028-02-29 | end-of
            2027-04-15 | the start of last year                              | 2026-01-01 | 2026-04-30 | start-of
            2027-04-15 | mid-2025                                            | 2025-05-01 | 2025-08-31 | mid-of
            2027-04-15 | late in the year                                    | 2027-09-01 | 2027-12-31 | late-of
            2027-04-15 | the end of this week                                | 2027-04-16 | 2027-04-18 | end-of
            2027-01-10 | early last week                                     | 2026-12-28 | 2026-12-30 | early-of
            2027-04-15 | the end of Q1                                       | 2027-03-01 | 2027-03-31 | end-of
            2027-04-15 | since the beginning of last month                   | 2027-03-01 | 2027-04-15 | since
            # a day on a weekday, the week of a day
            2027-04-15 | Friday the 13th                                     | 2026-11-13 | 2026-11-13 | weekday-date
            2027-04-15 | on Tuesday March 2                                  | 2027-03-02 | 2027-03-02 | weekday-date
            2027-04-15 | the week of March 2                                 | 2027-03-01 | 2027-03-07 | week-of
            # the weekend of a day
            2027-04-15 | the weekend of March 3                              | 2027-03-06 | 2027-03-07 | weekend-of
            2027-04-15 | the weekend of the 4th of july                      | 2026-07-04 | 2026-07-05 | weekend-of
            # seasons: meteorological; alone, the latest begun; this / last; with a year (winter 2028 ends in 2028)
            2027-01-10 | this winter                                         | 2026-12-01 | 2027-02-28 | this-season
            2027-01-10 | last winter                                         | 2025-12-01 | 2026-02-28 | last-season
            2027-01-10 | over the winter                                     | 2026-12-01 | 2027-02-28 | season
            2027-06-21 | in spring                                           | 2027-03-01 | 2027-05-31 | season
            2027-06-21 | summer                                              | 2027-06-01 | 2027-08-31 | season
            2027-04-15 | autumn                                              | 2026-09-01 | 2026-11-30 | season
            2027-04-15 | in the fall of 2025                                 | 2025-09-01 | 2025-11-30 | season-year
            2028-02-29 | winter 2028                                         | 2027-12-01 | 2028-02-29 | season-year
            2027-04-15 | since last summer                                   | 2026-06-01 | 2027-04-15 | since
            # holidays: without a year the latest begun, today included
            2029-12-25 | christmas                                           | 2029-12-25 | 2029-12-25 | holiday
            2029-12-24 | christmas                                           | 2028-12-25 | 2028-12-25 | holiday
            2028-01-01 | new year's eve                                      | 2027-12-31 | 2027-12-31 | holiday
            2028-01-01 | new year's day                                      | 2028-01-01 | 2028-01-01 | holiday
            2027-04-15 | st. patrick's day                                   | 2027-03-17 | 2027-03-17 | holiday
            2027-04-15 | halloween 2025                                      | 2025-10-31 | 2025-10-31 | holiday-year
            2027-04-15 | thanksgiving                                        | 2026-11-26 | 2026-11-26 | holiday
            2027-04-15 | the day after christmas                             | 2026-12-26 | 2026-12-26 | day-after
            2027-04-15 | the week before christmas                           | 2026-12-18 | 2026-12-24 | week-before
            2027-04-15 | valentines day                                      | 2027-02-14 | 2027-02-14 | holiday
            2027-04-15 | independence day                                    | 2026-07-04 | 2026-07-04 | holiday
            2027-04-15 | christmas last year                                 | 2026-12-25 | 2026-12-25 | holiday-year
            2027-04-15 | boxing day                                          | 2026-12-26 | 2026-12-26 | holiday
            2027-04-15 | between christmas and new year's                    | 2026-12-25 | 2027-01-01 | between
            # abbreviations
            2027-04-15 | past 2 wks                                          | 2027-04-02 | 2027-04-15 | last-n-weeks
            2027-04-15 | last 6 mos                                          | 2026-10-01 | 2027-03-31 | last-n-months
            2027-04-15 | last qtr                                            | 2027-01-01 | 2027-03-31 | last-quarter
            2027-04-15 | this yr                                             | 2027-01-01 | 2027-12-31 | this-year
            2027-04-15 | last mth                                            | 2027-03-01 | 2027-03-31 | last-month
            # years with two digits or in words: the latest such year not after this year
            2027-04-15 | in '26                                              | 2026-01-01 | 2026-12-31 | year
            2027-04-15 | in '28                                              | 1928-01-01 | 1928-12-31 | year
            2027-04-15 | Sept ’26                                            | 2026-09-01 | 2026-09-30 | month-year
            2027-04-15 | 01/15/99                                            | 1999-01-15 | 1999-01-15 | us-date
            2027-04-15 | nineteen ninety nine                                | 1999-01-01 | 1999-12-31 | year
            2027-04-15 | twenty twenty-six                                   | 2026-01-01 | 2026-12-31 | year
            2027-04-15 | twenty oh nine                                      | 2009-01-01 | 2009-12-31 | year
            2027-04-15 | march twenty first twenty twenty six                | 2026-03-21 | 2026-03-21 | month-day-year
            # year-first numeric months and days
            2027-04-15 | 2026/7                                              | 2026-07-01 | 2026-07-31 | numeric-month
            2027-04-15 | 2026/07/04                                          | 2026-07-04 | 2026-07-04 | iso-date
            # this / last + a month name: that month of this year / of last year
            2027-01-10 | last january                                        | 2026-01-01 | 2026-01-31 | last-month-name
            2027-04-15 | last march                                          | 2026-03-01 | 2026-03-31 | last-month-name
            2027-04-15 | last april                                          | 2026-04-01 | 2026-04-30 | last-month-name
            2027-04-15 | this december                                       | 2027-12-01 | 2027-12-31 | this-month-name
            2027-04-15 | march last year                                     | 2026-03-01 | 2026-03-31 | month-year
            """)
    void readsThePeriod(LocalDate today, String question, LocalDate from, LocalDate to, String rule) {
        List<PeriodMatch> found = PeriodGrammarTest.find(today, question);
        assertThat(found).as("periods in \"%s\"", question).hasSize(1);
        assertThat(found.get(0).period()).isEqualTo(new Period(from, to));
        assertThat(found.get(0).rule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "[{0}] no such date: {1}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2027-03-01 | how much on the 29th of last month            | the 29 of last month            | February 2027 has no 29th
            2026-12-31 | what did I spend on the 31st of last month    | the 31 of last month            | November 2026 has no 31st
            2027-04-15 | the fifth Monday of February 2027             | the fifth monday of february 2027 | February 2027 has no fifth Monday
            2027-04-15 | spending on June 31                           | june 31                         | June has only 30 days
            2027-04-15 | spending on the 30th of February              | the 30 of february              | February has at most 29 days
            2027-04-15 | on 2027-02-29                                 | 2027-02-29                      | February 2027 has no 29th
            2027-04-15 | february 29 2027                              | february 29 2027                | February 2027 has no 29th
            2027-04-15 | from the 30th to the 31st of april            | from the 30 to the 31 of april  | April has only 30 days
            2027-04-15 | on Saturday, March 14 2027                    | saturday march 14 2027          | 2027-03-14 is a Sunday, not a Saturday
            2026-03-20 | what did I spend on Tuesday March 2           | tuesday march 2                 | 2026-03-02 is a Monday, not a Tuesday
            """)
    // CHECKSTYLE.ON: LineLength
    void refusesDatesThatDoNotExist(LocalDate today, String question, String words, String why) {
        var scan = new PeriodGrammar(today).scan(Normalizer.normalize(question).tokens());
        assertThat(scan.periods()).as("no period is guessed, not even 'last month'").isEmpty();
        assertThat(scan.noSuchDates()).hasSize(1);
        assertThat(scan.noSuchDates().get(0).words()).isEqualTo(words);
        assertThat(scan.noSuchDates().get(0).why()).startsWith(why);
    }

    @ParameterizedTest(name = "no period in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            did my spending fall
            did my spending spring back
            spring cleaning supplies
            late fees
            what did I buy at the end of the day
            the 5 of the biggest purchases
            show me the start
            mid range purchases
            """)
    void findsNoPeriodInOtherMeanings(String question) {
        var scan = new PeriodGrammar(LocalDate.parse("2027-04-15")).scan(Normalizer.normalize(question).tokens());
        assertThat(scan.periods()).isEmpty();
        assertThat(scan.noSuchDates()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → only {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            did my spending fall last month          | last-month
            show 5 of last month's expenses          | last-month
            may I see what I spent in may            | month-name-alone
            spending mid last week                   | last-week
            """)
    void readsOnlyTheDatePart(String question, String rule) {
        assertThat(PeriodGrammarTest.find(LocalDate.parse("2027-04-15"), question)).extracting(PeriodMatch::rule)
                .containsExactly(rule);
    }

    @ParameterizedTest(name = "weekend words inside a period are no day filter: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            spending the weekend of Feb 14
            dining on the weekend of the 4th of july
            """)
    void aWeekendOfADayIsAPeriodNotAFilter(String question) {
        var tokens = Normalizer.normalize(question).tokens();
        var periods = new PeriodGrammar(LocalDate.parse("2027-04-15")).findAll(tokens);
        assertThat(periods).hasSize(1);
        assertThat(new DayFilters().find(tokens, periods)).isEmpty();
    }
}
