package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodGrammarTest {

    @ParameterizedTest(name = "[{0}] {1} → {2}..{3}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the dev corpus (today 2026-03-20)
            2026-03-20 | What was my biggest expense in December 2025?            | 2025-12-01 | 2025-12-31 | month-year
            2026-03-20 | How much did I spend last month?                         | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | total spending in 2025                                   | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | How much have I spent this year?                         | 2026-01-01 | 2026-12-31 | this-year
            2026-03-20 | how much did i spend on dining this month                | 2026-03-01 | 2026-03-31 | this-month
            2026-03-20 | What did I spend on eating out in January? | 2026-01-01 | 2026-01-31 | month-name-alone
            2026-03-20 | Show my spending on transport last week                  | 2026-03-09 | 2026-03-15 | last-week
            2026-03-20 | How much did I spend yesterday?                          | 2026-03-19 | 2026-03-19 | yesterday
            2026-03-20 | What's my top spending category this year?               | 2026-01-01 | 2026-12-31 | this-year
            2026-03-20 | Which category did I spend the most on in 2025?          | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | Where did most of my money go last month?                | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | Break down my spending by category for February 2026     | 2026-02-01 | 2026-02-28 | month-year
            2026-03-20 | category breakdown for last year                         | 2025-01-01 | 2025-12-31 | last-year
            2026-03-20 | How many times did I go to Starbucks in February? | 2026-02-01 | 2026-02-28 | month-name-alone
            2026-03-20 | How much have I spent at Amazon since January?           | 2026-01-01 | 2026-03-20 | since
            2026-03-20 | Total Uber rides cost in 2025                            | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | What's my average monthly spending in 2025?              | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | What is my average grocery bill last year?               | 2025-01-01 | 2025-12-31 | last-year
            2026-03-20 | average daily spending last month                        | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | biggest shopping expense in 2024                         | 2024-01-01 | 2024-12-31 | year
            2026-03-20 | What was my smallest expense last week?                  | 2026-03-09 | 2026-03-15 | last-week
            2026-03-20 | How has my dining spending changed over the last 6 months? | 2025-09-01 | 2026-02-28 | last-n-months
            2026-03-20 | Show me my monthly spending trend for 2025               | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | How much did I spend in the last 30 days? | 2026-02-19 | 2026-03-20 | last-n-days
            2026-03-20 | spending in the past 7 days | 2026-03-14 | 2026-03-20 | last-n-days
            2026-03-20 | How much did I spend on travel in the last 3 months? | 2025-12-01 | 2026-02-28 | last-n-months
            2026-03-20 | How much did I spend this week?                          | 2026-03-16 | 2026-03-22 | this-week
            2026-03-20 | How much did I spend in Q4 2025? | 2025-10-01 | 2025-12-31 | quarter-year
            2026-03-20 | What did I spend last quarter on utilities? | 2025-10-01 | 2025-12-31 | last-quarter
            2026-03-20 | how much have i spent so far this year | 2026-01-01 | 2026-03-20 | year-to-date
            2026-03-20 | How much did I spend between March 1 and March 15, 2026? | 2026-03-01 | 2026-03-15 | between
            2026-03-20 | How much did I spend from January to February 2026?      | 2026-01-01 | 2026-02-28 | from-to
            2026-03-20 | what did my subscriptions cost in 2024                   | 2024-01-01 | 2024-12-31 | year
            2026-03-20 | How much did I spend on groceris in December? | 2025-12-01 | 2025-12-31 | month-name-alone
            2026-03-20 | How much did I spend on entertainment in April? | 2025-04-01 | 2025-04-30 | month-name-alone
            2026-03-20 | List my health expenses in 2025                          | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | How much did I spend on groceries in January 2026?       | 2026-01-01 | 2026-01-31 | month-year
            2026-03-20 | And in February? | 2026-02-01 | 2026-02-28 | month-name-alone
            2026-03-20 | How much did I spend on Transportation in March 2025?    | 2025-03-01 | 2025-03-31 | month-year
            2026-03-20 | What's my total for medical costs this year?             | 2026-01-01 | 2026-12-31 | this-year
            2026-03-20 | SPENDING ON GIFTS DECEMBER 2024                          | 2024-12-01 | 2024-12-31 | month-year
            2026-03-20 | How much did I spend on 2026-03-02?                      | 2026-03-02 | 2026-03-02 | iso-date
            2026-03-20 | How much did I spend on March 14, 2026? | 2026-03-14 | 2026-03-14 | month-day-year
            2026-03-20 | average amount per Uber ride in 2025                     | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | Which month in 2025 did I spend the most?                | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | In which month last year was my dining spending highest? | 2025-01-01 | 2025-12-31 | last-year
            2026-03-20 | How much did I spend on weekends last month?             | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | Did I spend anything at Ticketmaster in 2025?            | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | Show me purchases over $500 in 2025                      | 2025-01-01 | 2025-12-31 | year
            2026-03-20 | How many Amazon orders under $20 did I have last year?   | 2025-01-01 | 2025-12-31 | last-year
            # every row of the contract's table, and their spellings
            2026-03-20 | today                                                    | 2026-03-20 | 2026-03-20 | today
            2026-03-20 | the day before yesterday | 2026-03-18 | 2026-03-18 | day-before-yesterday
            2026-03-20 | 3 days ago                                               | 2026-03-17 | 2026-03-17 | days-ago
            2026-03-20 | on 12 September 2025 | 2025-09-12 | 2025-09-12 | day-month-year
            2026-03-20 | March 14th 2026 | 2026-03-14 | 2026-03-14 | month-day-year
            2026-03-20 | 14 March 2026 | 2026-03-14 | 2026-03-14 | day-month-year
            2026-03-20 | the 3rd of May                                           | 2025-05-03 | 2025-05-03 | day-month
            2026-03-20 | the third of may 2024 | 2024-05-03 | 2024-05-03 | day-month-year
            2026-03-20 | on 03/14/2026                                            | 2026-03-14 | 2026-03-14 | us-date
            2026-03-20 | on 3/14                                                  | 2026-03-14 | 2026-03-14 | us-date
            2026-03-20 | on 14.03.2026 | 2026-03-14 | 2026-03-14 | dotted-date
            2026-03-20 | on march first                                           | 2026-03-01 | 2026-03-01 | month-day
            2026-03-20 | on march thirty-first                                    | 2025-03-31 | 2025-03-31 | month-day
            2026-03-20 | on the twenty first of february                          | 2026-02-21 | 2026-02-21 | day-month
            2026-03-20 | on March 20                                              | 2026-03-20 | 2026-03-20 | month-day
            2026-03-20 | on March 21                                              | 2025-03-21 | 2025-03-21 | month-day
            2026-03-20 | on February 29                                           | 2024-02-29 | 2024-02-29 | month-day
            2026-03-20 | this week so far | 2026-03-16 | 2026-03-20 | week-so-far
            2026-03-20 | this month so far | 2026-03-01 | 2026-03-20 | month-so-far
            2026-03-20 | so far this month | 2026-03-01 | 2026-03-20 | month-so-far
            2026-03-20 | month to date | 2026-03-01 | 2026-03-20 | month-so-far
            2026-03-20 | year to date | 2026-01-01 | 2026-03-20 | year-to-date
            2026-03-20 | year-to-date spending | 2026-01-01 | 2026-03-20 | year-to-date
            2026-03-20 | YTD | 2026-01-01 | 2026-03-20 | year-to-date
            2026-03-20 | this year so far | 2026-01-01 | 2026-03-20 | year-to-date
            2026-03-20 | previous month                                           | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | the last month                                           | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | in March | 2026-03-01 | 2026-03-31 | month-name-alone
            2026-03-20 | during may | 2025-05-01 | 2025-05-31 | month-name-alone
            2026-03-20 | in Sept | 2025-09-01 | 2025-09-30 | month-name-alone
            2026-03-20 | in feb | 2026-02-01 | 2026-02-28 | month-name-alone
            2026-03-20 | last december | 2025-12-01 | 2025-12-31 | last-month-name
            2026-03-20 | last march | 2025-03-01 | 2025-03-31 | last-month-name
            2026-03-20 | this march | 2026-03-01 | 2026-03-31 | this-month-name
            2026-03-20 | dec 2025                                                 | 2025-12-01 | 2025-12-31 | month-year
            2026-03-20 | sep 2025                                                 | 2025-09-01 | 2025-09-30 | month-year
            2026-03-20 | december of 2025                                         | 2025-12-01 | 2025-12-31 | month-year
            2026-03-20 | 2025-12                                                  | 2025-12-01 | 2025-12-31 | iso-month
            2026-03-20 | 12/2025 | 2025-12-01 | 2025-12-31 | numeric-month
            2026-03-20 | May 2025                                                 | 2025-05-01 | 2025-05-31 | month-year
            2026-03-20 | may 5                                                    | 2025-05-05 | 2025-05-05 | month-day
            2026-03-20 | for 2024                                                 | 2024-01-01 | 2024-12-31 | year
            2026-03-20 | Q2 | 2025-04-01 | 2025-06-30 | quarter-alone
            2026-03-20 | q1 | 2026-01-01 | 2026-03-31 | quarter-alone
            2026-03-20 | the fourth quarter of 2025 | 2025-10-01 | 2025-12-31 | quarter-year
            2026-03-20 | first quarter | 2026-01-01 | 2026-03-31 | quarter-alone
            2026-03-20 | 2nd quarter 2025 | 2025-04-01 | 2025-06-30 | quarter-year
            2026-03-20 | q4 of last year | 2025-10-01 | 2025-12-31 | quarter-year
            2026-03-20 | 2025 q3 | 2025-07-01 | 2025-09-30 | quarter-year
            2026-03-20 | this quarter | 2026-01-01 | 2026-03-31 | this-quarter
            2026-03-20 | previous quarter | 2025-10-01 | 2025-12-31 | last-quarter
            2026-03-20 | first half of 2025                                       | 2025-01-01 | 2025-06-30 | half-year
            2026-03-20 | the second half of 2025                                  | 2025-07-01 | 2025-12-31 | half-year
            2026-03-20 | h1 2025                                                  | 2025-01-01 | 2025-06-30 | half-year
            2026-03-20 | second half                                              | 2025-07-01 | 2025-12-31 | half-alone
            2026-03-20 | first half of the year                                   | 2026-01-01 | 2026-06-30 | half-year
            2026-03-20 | last 2 weeks | 2026-03-07 | 2026-03-20 | last-n-weeks
            2026-03-20 | past two weeks | 2026-03-07 | 2026-03-20 | last-n-weeks
            2026-03-20 | past fortnight | 2026-03-07 | 2026-03-20 | last-fortnight
            2026-03-20 | the past week                                            | 2026-03-14 | 2026-03-20 | past-week
            2026-03-20 | last 365 days | 2025-03-21 | 2026-03-20 | last-n-days
            2026-03-20 | past year                                                | 2025-03-01 | 2026-02-28 | past-year
            2026-03-20 | past 12 months | 2025-03-01 | 2026-02-28 | last-n-months
            2026-03-20 | last 12 months | 2025-03-01 | 2026-02-28 | last-n-months
            2026-03-20 | last twelve months | 2025-03-01 | 2026-02-28 | last-n-months
            2026-03-20 | last 2 years | 2024-01-01 | 2025-12-31 | last-n-years
            2026-03-20 | since March                                              | 2026-03-01 | 2026-03-20 | since
            2026-03-20 | since 2025                                               | 2025-01-01 | 2026-03-20 | since
            2026-03-20 | since last week                                          | 2026-03-09 | 2026-03-20 | since
            2026-03-20 | since the start of the year                              | 2026-01-01 | 2026-03-20 | since
            2026-03-20 | since may                                                | 2025-05-01 | 2026-03-20 | since
            2026-03-20 | from 2024 to 2025                                        | 2024-01-01 | 2025-12-31 | from-to
            2026-03-20 | from January through March                               | 2026-01-01 | 2026-03-31 | from-to
            2026-03-20 | from November to February 2026                           | 2025-11-01 | 2026-02-28 | from-to
            2026-03-20 | from dec 2025 to jan 2026                                | 2025-12-01 | 2026-01-31 | from-to
            2026-03-20 | from last month to this month                            | 2026-02-01 | 2026-03-31 | from-to
            2026-03-20 | between 2024 and 2025                                    | 2024-01-01 | 2025-12-31 | between
            2026-03-20 | between march 10 and march 15                            | 2026-03-10 | 2026-03-15 | between
            2026-03-20 | from march 25 to april 2                                 | 2025-03-25 | 2025-04-02 | from-to
            2026-03-20 | January to March                                         | 2026-01-01 | 2026-03-31 | x-to-y
            2026-03-20 | 2026-03-01 through 2026-03-10                            | 2026-03-01 | 2026-03-10 | x-to-y
            2026-03-20 | on Monday                                                | 2026-03-16 | 2026-03-16 | weekday
            2026-03-20 | on friday                                                | 2026-03-20 | 2026-03-20 | weekday
            2026-03-20 | last Monday | 2026-03-16 | 2026-03-16 | last-weekday
            2026-03-20 | last friday | 2026-03-13 | 2026-03-13 | last-weekday
            2026-03-20 | on sat                                                   | 2026-03-14 | 2026-03-14 | weekday
            2026-03-20 | this weekend | 2026-03-21 | 2026-03-22 | this-weekend
            2026-03-20 | last weekend | 2026-03-14 | 2026-03-15 | last-weekend
            2026-03-20 | March 1-15                                               | 2026-03-01 | 2026-03-15 | x-to-y
            2026-03-20 | between march 3 and 9 2025                               | 2025-03-03 | 2025-03-09 | between
            2026-03-20 | from the 1st to the 15th                                 | 2026-03-01 | 2026-03-15 | from-to
            2026-03-20 | on the 3rd | 2026-03-03 | 2026-03-03 | day-of-month
            2026-03-20 | on the 25th | 2026-02-25 | 2026-02-25 | day-of-month
            2026-03-20 | since the first                                          | 2026-03-01 | 2026-03-20 | since
            2026-03-20 | the year before last | 2024-01-01 | 2024-12-31 | year-before-last
            2026-03-20 | the month before last | 2026-01-01 | 2026-01-31 | month-before-last
            2026-03-20 | the first week of march | 2026-03-01 | 2026-03-07 | first-week-of
            2026-03-20 | the last day of last month | 2026-02-28 | 2026-02-28 | last-day-of
            2026-03-20 | the last quarter of 2025 | 2025-10-01 | 2025-12-31 | last-quarter-of
            2026-03-20 | the last week of december | 2025-12-25 | 2025-12-31 | last-week-of
            2026-03-20 | 2024-2025                                                | 2024-01-01 | 2025-12-31 | x-to-y
            2026-03-20 | last year's total                                        | 2025-01-01 | 2025-12-31 | last-year
            2026-03-20 | this year’s spending                                     | 2026-01-01 | 2026-12-31 | this-year
            2026-03-20 | march 2025 to may 2025                                   | 2025-03-01 | 2025-05-31 | x-to-y
            2026-03-20 | for the past 3 years | 2023-01-01 | 2025-12-31 | last-n-years
            2026-03-20 | the past month                                           | 2026-02-01 | 2026-02-28 | last-month
            2026-03-20 | this past weekend | 2026-03-14 | 2026-03-15 | last-weekend
            2026-03-20 | I may have spent too much in March | 2026-03-01 | 2026-03-31 | month-name-alone
            2026-03-20 | spent 50 on may 3                                        | 2025-05-03 | 2025-05-03 | month-day
            2026-03-20 | what did I buy on Tuesday                                | 2026-03-17 | 2026-03-17 | weekday
            # edge days: new year, leap day, new year's eve, a Sunday, a Monday
            2026-01-01 | last month                                               | 2025-12-01 | 2025-12-31 | last-month
            2026-01-01 | this month so far | 2026-01-01 | 2026-01-01 | month-so-far
            2026-01-01 | last week                                                | 2025-12-22 | 2025-12-28 | last-week
            2026-01-01 | yesterday                                                | 2025-12-31 | 2025-12-31 | yesterday
            2026-01-01 | in December | 2025-12-01 | 2025-12-31 | month-name-alone
            2026-01-01 | in January | 2026-01-01 | 2026-01-31 | month-name-alone
            2026-01-01 | Q4 | 2025-10-01 | 2025-12-31 | quarter-alone
            2026-01-01 | Q1 | 2026-01-01 | 2026-03-31 | quarter-alone
            2026-01-01 | last quarter | 2025-10-01 | 2025-12-31 | last-quarter
            2026-01-01 | second half                                              | 2025-07-01 | 2025-12-31 | half-alone
            2026-01-01 | first half                                               | 2026-01-01 | 2026-06-30 | half-alone
            2026-01-01 | last 3 months | 2025-10-01 | 2025-12-31 | last-n-months
            2026-01-01 | last year                                                | 2025-01-01 | 2025-12-31 | last-year
            2026-01-01 | year to date | 2026-01-01 | 2026-01-01 | year-to-date
            2026-01-01 | on December 31                                           | 2025-12-31 | 2025-12-31 | month-day
            2028-02-29 | yesterday                                                | 2028-02-28 | 2028-02-28 | yesterday
            2028-02-29 | this month                                               | 2028-02-01 | 2028-02-29 | this-month
            2028-02-29 | last year                                                | 2027-01-01 | 2027-12-31 | last-year
            2028-02-29 | last 7 days | 2028-02-23 | 2028-02-29 | last-n-days
            2028-02-29 | on February 29                                           | 2028-02-29 | 2028-02-29 | month-day
            2028-02-29 | last month                                               | 2028-01-01 | 2028-01-31 | last-month
            2028-02-29 | past year                                                | 2027-02-01 | 2028-01-31 | past-year
            2025-12-31 | this quarter | 2025-10-01 | 2025-12-31 | this-quarter
            2025-12-31 | this week                                                | 2025-12-29 | 2026-01-04 | this-week
            2025-12-31 | last month                                               | 2025-11-01 | 2025-11-30 | last-month
            2025-12-31 | Q4 | 2025-10-01 | 2025-12-31 | quarter-alone
            2025-12-31 | in December | 2025-12-01 | 2025-12-31 | month-name-alone
            2025-12-31 | so far this year | 2025-01-01 | 2025-12-31 | year-to-date
            2026-03-22 | this week                                                | 2026-03-16 | 2026-03-22 | this-week
            2026-03-22 | last week                                                | 2026-03-09 | 2026-03-15 | last-week
            2026-03-22 | on Sunday                                                | 2026-03-22 | 2026-03-22 | weekday
            2026-03-22 | last Sunday | 2026-03-15 | 2026-03-15 | last-weekday
            2026-03-22 | this weekend | 2026-03-21 | 2026-03-22 | this-weekend
            2026-03-22 | last weekend | 2026-03-14 | 2026-03-15 | last-weekend
            2026-03-16 | this week                                                | 2026-03-16 | 2026-03-22 | this-week
            2026-03-16 | last week                                                | 2026-03-09 | 2026-03-15 | last-week
            2026-03-16 | this week so far | 2026-03-16 | 2026-03-16 | week-so-far
            2026-03-16 | on monday                                                | 2026-03-16 | 2026-03-16 | weekday
            2026-03-16 | last monday | 2026-03-09 | 2026-03-09 | last-weekday
            2026-03-16 | last weekend | 2026-03-14 | 2026-03-15 | last-weekend
            """)
    // CHECKSTYLE.ON: LineLength
    void readsThePeriod(LocalDate today, String question, LocalDate from, LocalDate to, String rule) {
        List<PeriodMatch> found = find(today, question);
        assertThat(found).as("periods in \"%s\"", question).hasSize(1);
        assertThat(found.get(0).period()).isEqualTo(new Period(from, to));
        assertThat(found.get(0).rule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "no period in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Show all Best Buy purchases
            How much have I spent in total?
            What's the weather like tomorrow?
            Tell me a joke
            help
            What about dining?
            may I see my expenses
            I sat down and spent 20 dollars
            wait a second
            show me the second biggest expense
            purchases over 2025 dollars
            purchases over 2025
            I spent 2000 on rent
            one more question
            march on
            the month before
            what did I spend at Trader Joe's
            between $10 and $50
            '; DROP TABLE expenses; --
            next month
            the sun was out
            last 5 expenses
            the 3 biggest expenses
            on the second biggest day
            """)
    void findsNoPeriodWhereThereIsNone(String question) {
        assertThat(find(LocalDate.parse("2026-03-20"), question)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Did I spend more on dining in February than in January?  | 2026-02-01..2026-02-28 | 2026-01-01..2026-01-31
            Compare my spending this month vs last month             | 2026-03-01..2026-03-31 | 2026-02-01..2026-02-28
            How does 2025 compare to 2024?                           | 2025-01-01..2025-12-31 | 2024-01-01..2024-12-31
            in may compared to march                                 | 2025-05-01..2025-05-31 | 2026-03-01..2026-03-31
            how much did I spend 2024 vs 2025                        | 2024-01-01..2024-12-31 | 2025-01-01..2025-12-31
            Q1 2025 versus Q1 2026                                   | 2025-01-01..2025-03-31 | 2026-01-01..2026-03-31
            """)
    void findsEveryPeriodInSentenceOrder(String question, String first, String second) {
        List<PeriodMatch> found = find(LocalDate.parse("2026-03-20"), question);
        assertThat(found).extracting(m -> m.period().toString()).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0} → \"{1}\" at {2}..{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            How much did I spend in the last 30 days?                | the last 30 days       | 6 | 10
            How much did I spend between March 1 and March 15, 2026? | between march 1 and march 15 2026 | 5 | 12
            spending in Q4 2025 please                               | q4 2025                | 2 | 4
            """)
    void reportsTheWordsItMatched(String question, String words, int start, int end) {
        PeriodMatch m = find(LocalDate.parse("2026-03-20"), question).get(0);
        assertThat(m.words()).isEqualTo(words);
        assertThat(m.startToken()).isEqualTo(start);
        assertThat(m.endToken()).isEqualTo(end);
    }

    static List<PeriodMatch> find(LocalDate today, String question) {
        return new PeriodGrammar(today).findAll(Normalizer.normalize(question).tokens());
    }
}
