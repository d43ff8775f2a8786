package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The honest-answer rule over the development data: questions about what SpendSense does not track are unknown and
 * say so, words nothing used are named in the answer, exclusions and unions are filters, and a payee that is also an
 * ordinary word is read by context.
 */
class HonestAnswersTest {
    @TempDir
    static Path dir;
    static AssistantFixture fx;

    @BeforeAll
    static void load() {
        fx = new AssistantFixture(dir);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    static Answer ask(String q) {
        return fx.ask(new Conversation(), q);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how much did I earn last month?                  | income
            what was my salary in 2025                       | income
            how much did I save in October?                  | savings
            what's my account balance                        | balances
            what is my net worth                             | net worth
            how much did my wife spend on shopping?          | other people
            how much did they spend on dining                | other people
            how much did I spend in Paris                    | places
            what did I spend in the mornings last week       | times of day
            what did I pay in cash this week?                | payment methods
            how much did I put on my credit card in 2025     | payment methods
            how much tax did I pay last year                 | tips and taxes
            how much did I tip at restaurants                | tips and taxes
            cancel my Netflix                                | actions
            transfer 50 dollars to savings                   | savings
            how much money did I make in 2025?               | income
            how much did we make last year                   | income
            how much did I pay with apple pay at Starbucks   | payment methods
            how much of my dining was tips                   | tips and taxes
            what did I spend around the office               | places
            """)
    void questionsAboutWhatIsNotTrackedAreUnknownAndSaySo(String question, String topic) {
        Answer a = ask(question);
        assertThat(a.intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(a.value()).isNull();
        assertThat(a.explain()).anyMatch(line -> line.contains(topic) || line.contains("request"));
        assertThat(a.text()).containsAnyOf("SpendSense only tracks your own expenses", "I can't do that",
                "I can only answer questions about your expenses");
    }

    @ParameterizedTest(name = "{0}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            how much did I spend on the 31st of last month  | the 31st of last month | February 2026 has no 31st
            what did I spend on Feb 30                      | Feb 30                 | February has at most 29 days
            dining on the fifth Friday of February 2026     | the fifth Friday of February 2026 | February 2026 has no fifth Friday
            I spent 12 on lunch on April 31                 | April 31               | April has only 30 days
            """)
    // CHECKSTYLE.ON: LineLength
    void aDateThatDoesNotExistIsRefusedNotGuessed(String question, String words, String why) {
        Answer a = fx.ask(new Conversation(), question);
        assertThat(a.intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(a.value()).isNull();
        assertThat(a.frame().period().isAllTime()).isTrue();
        assertThat(a.frame().payee()).isNull();
        assertThat(a.text()).contains("\"" + words + "\"").contains(why);
    }

    @Test
    void aWordNothingUsedIsNamedInTheAnswerAndTheJson() {
        Answer a = ask("How much did I spend on organic groceries last month?");
        assertThat(a.intent()).isEqualTo(Intent.TOTAL_SPENT);
        assertThat(a.frame().category()).isEqualTo("Groceries");
        assertThat(a.value()).isEqualTo("847.83");
        assertThat(a.ignored()).containsExactly("organic");
        assertThat(a.text()).contains("I did not use: \"organic\"");
        assertThat(AnswerJson.toJson(a)).contains("\"ignored\":[\"organic\"]");
    }

    @ParameterizedTest(name = "{0} → ignored {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how much did I spend on healthy groceries last month | healthy
            average cost of my broken Amazon orders in 2025      | broken
            how many spontaneous purchases did I make last week  | spontaneous
            how much did I spend on work travel in 2025          | work
            """)
    void aWordThatLooksLikeAnotherIsNamedNotGuessed(String question, String word) {
        Answer a = ask(question);
        assertThat(a.intent()).isNotEqualTo(Intent.UNKNOWN);
        assertThat(a.ignored()).containsExactly(word);
        assertThat(a.frame().payees()).noneMatch(p -> p.equalsIgnoreCase(word));
    }

    @Test
    void aCountOfPurchasesIsNotIncomeAndBillsDueInTheNextWeekAreNotAPlace() {
        assertThat(ask("how many purchases did I make last week").intent()).isEqualTo(Intent.COUNT_EXPENSES);
        assertThat(ask("what bills are due in the next week?").intent()).isEqualTo(Intent.UPCOMING_BILLS);
    }

    @Test
    void aNegationThatNoRuleReadsIsReportedNotDropped() {
        Answer a = ask("how much did I not spend on dining last month");
        assertThat(a.ignored()).contains("not");
    }

    @Test
    void unknownWordsWithNothingElseToAnswerAreUnknownNotANumber() {
        Answer a = ask("how much did the zebra cost");
        assertThat(a.intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(a.value()).isNull();
        assertThat(a.ignored()).containsExactly("zebra");
    }

    @Test
    void excludingRentLeavesHousingOutInsteadOfAnsweringWithIt() {
        Answer a = ask("How much did I spend last month excluding rent?");
        assertThat(a.intent()).isEqualTo(Intent.TOTAL_SPENT);
        assertThat(a.frame().categories()).isEmpty();
        assertThat(a.frame().excludeCategories()).containsExactly("Housing");
        assertThat(a.value()).isEqualTo("2435.55");
        assertThat(a.text()).contains("not counting Housing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spending in 2025 except Amazon                        | Amazon
            what did I spend in 2025 other than at amazon         | Amazon
            how much did I spend in 2025 not counting Amazon      | Amazon
            2025 spending apart from amazon                       | Amazon
            how much in 2025 without amazon                       | Amazon
            what did I spend in 2025 besides amazon               | Amazon
            how much did I spend in 2025, not including orders from Amazon | Amazon
            """)
    void everyExclusionMarkerLeavesThePayeeOut(String question, String payee) {
        Answer a = ask(question);
        assertThat(a.frame().excludePayees()).containsExactly(payee);
        assertThat(a.frame().payees()).isEmpty();
        assertThat(a.value()).isEqualTo("46880.53");
    }

    @Test
    void unionsOfPayeesMatchAnyOfThemEvenAnOrdinaryWordName() {
        Answer a = ask("how much did I spend at Amazon or Target this year?");
        assertThat(a.frame().payees()).containsExactly("Amazon", "Target");
        assertThat(a.value()).isEqualTo("1462.96");
        assertThat(a.ignored()).isEmpty();
    }

    @Test
    void unionsOfCategoriesMatchAnyOfThem() {
        Answer a = ask("groceries and dining last month");
        assertThat(a.frame().categories()).containsExactly("Groceries", "Dining");
        assertThat(a.value()).isEqualTo("1089.42");
    }

    @Test
    void anUnknownPayeeJoinedToAKnownOneIsAPayeeToo() {
        Answer a = ask("uber or lyft last month");
        assertThat(a.frame().payees()).containsExactlyInAnyOrder("Uber", "lyft");
        assertThat(a.value()).isEqualTo("172.07");
    }

    @Test
    void shellOutIsAVerbAndATripToCostcoIsThePayee() {
        Answer shell = ask("how much did I shell out for gas last month");
        assertThat(shell.frame().payees()).isEmpty();
        assertThat(shell.frame().category()).isEqualTo("Transport");
        Answer trip = ask("how much did I spend on a trip to Costco in 2025");
        assertThat(trip.intent()).isEqualTo(Intent.TOTAL_SPENT);
        assertThat(trip.frame().payees()).containsExactly("Costco");
        assertThat(trip.frame().categories()).isEmpty();
        assertThat(trip.value()).isEqualTo("3493.63");
    }

    @Test
    void topPayeeNamesTheMerchantWithTheLargestTotal() {
        Answer a = ask("which merchant did I spend the most at for groceries in 2025");
        assertThat(a.intent()).isEqualTo(Intent.TOP_PAYEE);
        assertThat(a.answerPayee()).isEqualTo("Safeway");
        assertThat(a.value()).isEqualTo("3548.31");
        assertThat(AnswerJson.toJson(a)).contains("\"answer_payee\":\"Safeway\"");
    }

    @Test
    void followUpsCarryExclusionsAndReplaceThemWhenNamed() {
        var c = new Conversation();
        Answer first = fx.ask(c, "how much did I spend in 2025 excluding rent");
        assertThat(first.frame().excludeCategories()).containsExactly("Housing");
        Answer second = fx.ask(c, "and in 2024?");
        assertThat(second.frame().excludeCategories()).containsExactly("Housing");
        Answer third = fx.ask(c, "and excluding Amazon?");
        assertThat(third.frame().excludeCategories()).isEmpty();
        assertThat(third.frame().excludePayees()).containsExactly("Amazon");
        assertThat(third.frame().period()).isEqualTo(second.frame().period());
    }

    @Test
    void whichWasTheBiggestAfterAListKeepsItsFilters() {
        var c = new Conversation();
        fx.ask(c, "show my dining expenses in January 2026");
        Answer a = fx.ask(c, "which was the biggest?");
        assertThat(a.intent()).isEqualTo(Intent.BIGGEST_EXPENSE);
        assertThat(a.frame().category()).isEqualTo("Dining");
        assertThat(a.frame().period().from()).hasToString("2026-01-01");
    }
}
