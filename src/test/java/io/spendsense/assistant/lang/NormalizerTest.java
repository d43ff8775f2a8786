package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            What's my top spending category this year?  | what is my top spending category this year
            I didn't spend anything                     | i did not spend anything
            I've spent too much                         | i have spent too much
            how's my budget                             | how is my budget
            where's my money going                      | where is my money going
            I'm broke                                   | i am broke
            let's see                                   | let us see
            I can't remember                            | i can not remember
            it won't matter                             | it will not matter
            What’s my total at Trader Joe’s?            | what is my total at trader joe's
            ‘quoted’ “words”                            | quoted words
            spent at McDonald's                         | spent at mcdonald's
            the users' totals                           | the users totals
            over $100                                   | over 100 dollars
            under 100$                                  | under 100 dollars
            €12.50 for lunch                            | 12.50 euros for lunch
            £5 coffee                                   | 5 pounds coffee
            usd 20                                      | 20 dollars
            20 USD                                      | 20 dollars
            20 bucks                                    | 20 dollars
            100usd                                      | 100 dollars
            1,250.50                                    | 1250.50
            $1,250.50 rent                              | 1250.50 dollars rent
            $1,000,000                                  | 1000000 dollars
            twenty five                                 | 25
            twenty-five dollars                         | 25 dollars
            a hundred and fifty                         | 150
            twelve                                      | 12
            three hundred                               | 300
            one thousand two hundred                    | 1200
            twelve hundred                              | 1200
            two thousand and twenty five                | 2025
            twenty bucks                                | 20 dollars
            one more question                           | one more question
            a month ago                                 | a month ago
            one month                                   | 1 month
            one dollar                                  | 1 dollars
            one hundred                                 | 100
            the last one                                | the last one
            1st 2nd 3rd 14th 22nd                       | 1 2 3 14 22
            march first                                 | march first
            march thirty-first                          | march thirty first
            the twenty first of may                     | the twenty first of may
            on 2026-03-02.                              | on 2026-03-02
            03/14/2026 and 12/2024                      | 03/14/2026 and 12/2024
            on 14.03.2026.                              | on 14.03.2026
            2025-12                                     | 2025-12
            year-to-date                                | year to date
            March 1-15                                  | march 1 to 15
            last year's total                           | last year total
            2024-2025                                   | 2024 to 2025
            Café Crème at Zürich                        | cafe creme at zurich
            ＦＵＬＬＷＩＤＴＨ ＄５                         | fullwidth 5 dollars
            coffee ☕ today 🎉                           | coffee today
            coffee☕today                               | coffee today
            what?! (really); yes: no                    | what really yes no
            $100+                                       | 100 dollars or more
            100+ dollars                                | 100 or more dollars
            SPENDING ON GIFTS DECEMBER 2024             | spending on gifts december 2024
            '; DROP TABLE expenses; --                  | drop table expenses
            it's 12.5%                                  | it is 12.5
            March 15, 2026                              | march 15 2026
            Oct '25 and in ’24                          | oct '25 and in '24
            rock'n'roll '90s                            | rock'n'roll 90 s
            Aug 8 - 12                                  | aug 8 to 12
            Jan – March                                 | jan to march
            $10 - $50                                   | 10 dollars to 50 dollars
            safeway - last month                        | safeway last month
            2025/11 and 2025/11/03                      | 2025/11 and 2025/11/03
            twenty twenty five                          | 2025
            twenty twenty-four                          | 2024
            nineteen ninety nine                        | 1999
            twenty oh five                              | 2005
            march twenty first twenty twenty six        | march twenty first 2026
            between twenty and twenty five dollars      | between 20 and 25 dollars
            tab\tand\tnewline                             | tab and newline
            """)
    void normalizesQuestions(String raw, String expected) {
        assertThat(Normalizer.normalize(raw).text()).isEqualTo(expected);
    }

    @Test
    void emptyAndNullInputGiveNoTokens() {
        assertThat(Normalizer.normalize("").tokens()).isEmpty();
        assertThat(Normalizer.normalize(null).text()).isEmpty();
        assertThat(Normalizer.normalize("   ?!  ").tokens()).isEmpty();
    }

    @Test
    void tokensPointIntoTheOriginalQuestion() {
        String q = "What’s over $100 at Trader Joe’s?";
        List<Token> tokens = Normalizer.normalize(q).tokens();
        assertThat(tokens).extracting(Token::text)
                .containsExactly("what", "is", "over", "100", "dollars", "at", "trader", "joe's");
        for (Token t : tokens) {
            assertThat(t.start()).isBetween(0, q.length());
            assertThat(t.end()).isBetween(t.start(), q.length());
        }
        assertThat(substring(q, tokens.get(3))).isEqualTo("100");
        assertThat(substring(q, tokens.get(4))).isEqualTo("$");
        assertThat(substring(q, tokens.get(7))).isEqualTo("Joe’s");
    }

    @Test
    void offsetsSurviveAccentsAndCombiningMarks() {
        String q = "Cafe\u0301 spending in Décembre";
        List<Token> tokens = Normalizer.normalize(q).tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("cafe", "spending", "in", "decembre");
        assertThat(substring(q, tokens.get(0))).isEqualTo("Cafe\u0301");
        assertThat(substring(q, tokens.get(3))).isEqualTo("Décembre");
    }

    @Test
    void mergedNumberWordsSpanAllTheirWords() {
        String q = "over twenty five bucks";
        List<Token> tokens = Normalizer.normalize(q).tokens();
        assertThat(substring(q, tokens.get(1))).isEqualTo("twenty five");
        assertThat(substring(q, tokens.get(2))).isEqualTo("bucks");
    }

    @Test
    void onlyTheFirstTwoThousandCharsAreRead() {
        String q = "spent ".repeat(100_000);
        var normalized = Normalizer.normalize(q);
        assertThat(normalized.original()).hasSize(q.length());
        assertThat(normalized.tokens()).hasSizeLessThanOrEqualTo(Normalizer.MAX_CHARS / 2);
    }

    private static String substring(String q, Token t) {
        return q.substring(t.start(), t.end());
    }
}
