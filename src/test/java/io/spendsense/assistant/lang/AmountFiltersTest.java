package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFiltersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Show me purchases over $500 in 2025                     | 500     | true  |     |       | over
            How many Amazon orders under $20 did I have last year?  |         |       | 20  | true  | under
            expenses more than 100 dollars                          | 100     | true  |     |       | over
            greater than $1,250.50                                  | 1250.50 | true  |     |       | over
            bigger than €12.50                                      | 12.50   | true  |     |       | over
            anything exceeding 75 bucks                             | 75      | true  |     |       | over
            above twenty five dollars                               | 25      | true  |     |       | over
            over a hundred and fifty dollars                        | 150     | true  |     |       | over
            spent over 2025 dollars                                 | 2025    | true  |     |       | over
            purchases over 2025                                     | 2025    | true  |     |       | over
            at least 50                                             | 50      | false |     |       | at-least
            a minimum of $50                                        | 50      | false |     |       | at-least
            minimum of 50                                           | 50      | false |     |       | at-least
            no less than 50 dollars                                 | 50      | false |     |       | at-least
            under 20 dollars                                        |         |       | 20  | true  | under
            below $5                                                |         |       | 5   | true  | under
            less than £5                                            |         |       | 5   | true  | under
            cheaper than 20                                         |         |       | 20  | true  | under
            at most 30                                              |         |       | 30  | false | at-most
            up to $30                                               |         |       | 30  | false | at-most
            no more than 30                                         |         |       | 30  | false | at-most
            maximum 30                                              |         |       | 30  | false | at-most
            between $10 and $50                                     | 10      | false | 50  | false | between
            between 10 and 50 dollars                               | 10      | false | 50  | false | between
            from $10 to $50                                         | 10      | false | 50  | false | between
            spending 10-50 dollars                                  | 10      | false | 50  | false | between
            purchases $10 to $50                                    | 10      | false | 50  | false | between
            purchases between $10 - $50 last month                  | 10      | false | 50  | false | between
            purchases between 10 - 50 dollars                       | 10      | false | 50  | false | between
            over 2025 in 2024                                       | 2025    | true  |     |       | over
            over 1,000 since 2024                                   | 1000    | true  |     |       | over
            more than twenty bucks this week                        | 20      | true  |     |       | over
            $100+ purchases                                         | 100     | false |     |       | or-more
            100 or more                                             | 100     | false |     |       | or-more
            20 or less                                              |         |       | 20  | false | or-less
            usd 20 or less                                          |         |       | 20  | false | or-less
            over $10 and under $50                                  | 10      | true  | 50  | true  | over+under
            everything over 1k                                      | 1000    | true  |     |       | over
            purchases over $1.5k                                    | 1500    | true  |     |       | over
            show shopping over 0.5k                                 | 500     | true  |     |       | over
            more than a grand                                       | 1000    | true  |     |       | over
            expenses over half a grand in 2025                      | 500     | true  |     |       | over
            over 2 grand                                            | 2000    | true  |     |       | over
            between $1k and $1.5k                                   | 1000    | false | 1500 | false | between
            under $50 but over $10 in 2025                          | 10      | true  | 50  | true  | over+under
            """)
    void readsTheAmountFilter(String question, BigDecimal min, Boolean minExclusive, BigDecimal max,
            Boolean maxExclusive, String rule) {
        Optional<AmountMatch> found = find(question);
        assertThat(found).as(question).isPresent();
        AmountMatch m = found.get();
        assertThat(m.min()).isEqualTo(min);
        assertThat(m.max()).isEqualTo(max);
        if (min != null) {
            assertThat(m.minExclusive()).isEqualTo(minExclusive);
        }
        if (max != null) {
            assertThat(m.maxExclusive()).isEqualTo(maxExclusive);
        }
        assertThat(m.rule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "no amount in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            How much did I spend between March 1 and March 15, 2026?
            between 2024 and 2025
            How has my dining spending changed over the last 6 months?
            How much more did I spend on groceries than dining last year?
            spending in 2025
            what did i spend more on
            from 10 to 20
            under the weather
            did I go to Starbucks more than 3 times last month
            over 10 purchases
            5 times or more
            """)
    void findsNoAmountWhereThereIsNone(String question) {
        assertThat(find(question)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Show me purchases over $500 in 2025   | over 500 dollars
            no less than 50 dollars please        | no less than 50 dollars
            """)
    void reportsTheWordsItMatched(String question, String words) {
        assertThat(find(question)).get().extracting(AmountMatch::words).isEqualTo(words);
    }

    private static Optional<AmountMatch> find(String question) {
        List<Token> tokens = Normalizer.normalize(question).tokens();
        var periods = new PeriodGrammar(LocalDate.parse("2026-03-20")).findAll(tokens);
        return new AmountFilters().find(tokens, periods);
    }
}
