package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentRulesTest {
    static final UserLexicon LEXICON = UserLexicon.of(CategoryMatcherTest.defaults(), List.of(
            new PayeeMatcher.Known("Starbucks", 4, 262), new PayeeMatcher.Known("Costco", 3, 48),
            new PayeeMatcher.Known("Uber", 5, 93), new PayeeMatcher.Known("Amazon", 8, 92)));
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static Reading read(String question) {
        return new QuestionReader().read(question, LEXICON, TODAY, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did I spend last month?                     | TOTAL_SPENT
            what did my subscriptions cost in 2024               | TOTAL_SPENT
            groceries this month                                 | TOTAL_SPENT
            SPENDING ON GIFTS DECEMBER 2024                      | TOTAL_SPENT
            what were my utility bills in january                | TOTAL_SPENT
            What was my biggest expense in December 2025?        | BIGGEST_EXPENSE
            most expensive thing I bought at Costco              | BIGGEST_EXPENSE
            show me my 3 biggest expenses this year              | BIGGEST_EXPENSE
            What was my smallest expense last week?              | SMALLEST_EXPENSE
            cheapest purchase in 2025                            | SMALLEST_EXPENSE
            What's my top spending category this year?           | TOP_CATEGORY
            Where did most of my money go last month?            | TOP_CATEGORY
            what did I spend the most on in January?             | TOP_CATEGORY
            Break down my spending by category for February 2026 | CATEGORY_BREAKDOWN
            spending per category this year                      | CATEGORY_BREAKDOWN
            Which month in 2025 did I spend the most?            | TOP_MONTH
            what was my most expensive month                     | TOP_MONTH
            How many times did I go to Starbucks in February?    | COUNT_EXPENSES
            Did I spend anything at Costco in 2025?              | COUNT_EXPENSES
            how often do I eat out                               | COUNT_EXPENSES
            Show all Amazon purchases                            | LIST_EXPENSES
            list my health expenses in 2025                      | LIST_EXPENSES
            what did I buy at Costco last month                  | LIST_EXPENSES
            What's my average monthly spending in 2025?          | AVERAGE_SPENT
            how much do I spend per week on groceries            | AVERAGE_SPENT
            average amount per Uber ride                         | AVERAGE_SPENT
            Compare my spending this month vs last month         | COMPARE
            How does 2025 compare to 2024?                       | COMPARE
            How much more did I spend on groceries than dining?  | COMPARE
            groceries vs dining this year                        | COMPARE
            How has my dining spending changed?                  | TREND
            monthly spending trend for 2025                      | TREND
            What was my total spending in each month of 2025?    | TREND
            Which month had the lowest spending in 2025?         | TREND
            In which category did I spend the least last year?   | CATEGORY_BREAKDOWN
            What's my average Uber ride cost?                    | AVERAGE_SPENT
            what's my biggest expense category                   | TOP_CATEGORY
            show me the total for last month                     | TOTAL_SPENT
            how much have I dropped on coffee since january      | TOTAL_SPENT
            did my grocery spending drop this year               | TREND
            did my spending fall last month                      | TREND
            did my dining spending rise in 2025                  | TREND
            how much did I spend in the fall                     | TOTAL_SPENT
            total of everything over $1.5k in 2025               | TOTAL_SPENT
            what did I spend on things over $1k in 2024          | TOTAL_SPENT
            show me everything over $1k                          | LIST_EXPENSES
            I'm not sure what to ask                             | HELP
            can you show me what I can ask                       | HELP
            what questions do you understand                     | HELP
            Which store did I spend the most at last year?       | TOP_PAYEE
            spending by month in 2025                            | TREND
            I spent 12.50 on lunch at Chipotle today             | ADD_EXPENSE
            add 30 dollars groceries at Costco                   | ADD_EXPENSE
            help                                                 | HELP
            what can you do                                      | HELP
            am I over budget this month?                         | BUDGET_STATUS
            any unusual spending last month?                     | ANOMALIES
            Tell me a joke                                       | UNKNOWN
            What's the weather like tomorrow?                    | UNKNOWN
            hello                                                | UNKNOWN
            DROP TABLE expenses;                                 | UNKNOWN
            Delete all my expenses                               | UNKNOWN
            Remind me to pay rent tomorrow                       | UNKNOWN
            Book a flight to Paris                               | UNKNOWN
            can you order groceries for me                       | UNKNOWN
            what is my name                                      | UNKNOWN
            """)
    void classifiesByWeightedRules(String question, Intent intent) {
        assertThat(read(question).intent().intent()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did I spend last month? | intent total_spent: rule 'how much' (words: how much)
            Tell me a joke                   | intent unknown: no intent rule matched
            """)
    void explainsWhichRulesDecided(String question, String start) {
        assertThat(read(question).intent().explain()).startsWith(start);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            average daily spending             | DAY
            average spending per day           | DAY
            average weekly spend               | WEEK
            how much do I spend a week         | WEEK
            average monthly spending           | MONTH
            how much do I spend per month      | MONTH
            """)
    void readsTheUnitOfAnAverage(String question, Per per) {
        assertThat(read(question).per()).isEqualTo(per);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            And in February?     | true
            what about dining?   | true
            how about last year  | true
            the month before?    | false
            thanks!              | false
            ok                   | false
            how many?            | true
            compare that to February | true
            show them all        | true
            What was my biggest expense? | false
            Uber last month      | true
            How much did I spend on groceries in January? | false
            """)
    void recognizesEllipticalQuestions(String question, boolean elliptical) {
        assertThat(read(question).elliptical()).isEqualTo(elliptical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Total Uber rides cost in 2025                | Uber     | 0
            How much did I spend on coffee at Starbucks? | Starbucks| 0
            how much at Joe's Diner last week?           | Joe's Diner | 0
            how much on lunch                            | lunch    | 0
            """)
    void payeeWinsOverCategoryAndUnknownPayeesFollowAt(String question, String payee, int categories) {
        Reading r = read(question);
        assertThat(r.payees()).first().extracting(Reading.PayeeRef::name).isEqualTo(payee);
        assertThat(r.categories()).hasSize(categories);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how much did I spend on average last month
            how much did I spend on weekends
            """)
    void ordinaryWordsAfterOnAreNotPayees(String question) {
        assertThat(read(question).payees()).isEmpty();
    }
}
