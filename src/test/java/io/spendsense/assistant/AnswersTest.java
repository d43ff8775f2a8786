package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentences, the JSON and the add-expense proposal, over the development data. */
class AnswersTest {
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

    @Test
    void biggestExpenseSaysWhatWhereWhenAndItsShare() {
        assertThat(ask("What was my biggest expense in December 2025?").text()).isEqualTo(
                "Your biggest expense in December 2025 was Monthly rent at Oakwood Apartments (Housing) on Dec 1:"
                        + " $1,525.00, 32% of that month's $4,792.61.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How much did I spend last month?              | last month (February 2026)
            How much have I spent at Amazon since January? | since January 1, 2026
            How much have I spent in total?               | in all your expenses
            How much did I spend yesterday?               | yesterday (March 19, 2026)
            How much did I spend in Q4 2025?              | in Q4 2025
            How much did I spend on groceries last month? | on Groceries
            How much did I spend on weekends last month?  | on weekends
            How many Amazon orders under $20 did I have last year? | under $20.00
            """)
    void answersSayThePeriodAndFiltersInWords(String question, String words) {
        assertThat(ask(question).text()).contains(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tell me a joke
            What's the weather like tomorrow?
            help
            """)
    void answersWithoutDataCarryNoNumber(String question) {
        Answer a = ask(question);
        assertThat(a.value()).isNull();
        assertThat(a.text()).isNotBlank();
    }

    @Test
    void helpGivesExamplesWithTheUsersCategories() {
        assertThat(ask("help").text()).contains("Housing").contains("How much did I spend on");
    }

    @Test
    void emptyPeriodSaysThereIsNothingRatherThanFailing() {
        Answer a = ask("What was my biggest expense in 1999?");
        assertThat(a.value()).isNull();
        assertThat(a.text()).contains("no expenses");
        assertThat(ask("How much did I spend in 1999?").value()).isEqualTo("0.00");
    }

    @Test
    void jsonHasExactlyTheContractFieldsInOrder() {
        var json = MiniJson.object(AnswerJson.toJson(ask("Show all Best Buy purchases")));
        assertThat(json.keySet()).containsExactly("query", "intent", "from", "to", "category", "payee",
                "exclude_category", "exclude_payee", "days", "amount_gt", "amount_lt", "per", "from2", "to2",
                "category2", "payee2", "value", "answer_category", "answer_month", "answer_payee", "ignored", "answer",
                "expenses", "breakdown", "series", "explain", "elapsed_ms");
        @SuppressWarnings("unchecked")
        var expenses = (List<Map<String, Object>>) json.get("expenses");
        assertThat(expenses).hasSize(3);
        assertThat(expenses.get(0).keySet()).containsExactly("id", "date", "description", "category", "payee",
                "amount");
        assertThat(json.get("from")).isNull();
        assertThat(json.get("value")).isEqualTo("3");
    }

    @Test
    void jsonEscapesQuotesControlCharactersAndLoneSurrogates() {
        String q = "how much \"at\" \\ \n\t\u0001 \ud83d\ude00 \ud800 end";
        var json = MiniJson.object(AnswerJson.toJson(ask(q)));
        assertThat(json.get("query")).isEqualTo(q);
    }

    @Test
    void breakdownAndTrendCarryTheirRows() {
        var breakdown = ask("Break down my spending by category for February 2026");
        assertThat(breakdown.breakdown()).isNotEmpty();
        assertThat(breakdown.answerCategory()).isEqualTo("Housing");
        var trend = ask("Show me my monthly spending trend for 2025");
        assertThat(trend.series()).hasSize(12);
    }

    @Test
    void explainNamesTheRuleAndWordsOfEveryFilter() {
        var explain = ask("How much did I spend on groceris in December?").explain();
        assertThat(explain).anyMatch(l -> l.startsWith("intent total_spent: rule 'how much'"));
        assertThat(explain).anyMatch(l -> l.equals("period 2025-12-01..2025-12-31 from 'december' (rule "
                + "month-name-alone)"));
        assertThat(explain).anyMatch(l -> l.startsWith("category Groceries from 'groceris' (typo of 'groceries'")
                && l.contains("distance 1"));
    }

    @Test
    void addExpenseProposesAndSavesOnlyWhenConfirmed() {
        long before = fx.services.summaries().count(fx.user, io.spendsense.domain.ExpenseFilter.ALL);
        Answer a = ask("I spent 12.50 on lunch at Chipotle today");
        assertThat(a.intent()).isEqualTo(Intent.ADD_EXPENSE);
        ProposedExpense p = a.proposal();
        assertThat(p.draft().amount()).isEqualByComparingTo("12.50");
        assertThat(p.draft().date()).isEqualTo(AssistantFixture.TODAY);
        assertThat(p.draft().payee()).isEqualTo("Chipotle");
        assertThat(p.draft().description()).isEqualTo("Lunch");
        assertThat(p.categoryName()).isEqualTo("Dining");
        assertThat(p.categoryReason()).contains("Chipotle");
        assertThat(fx.services.summaries().count(fx.user, io.spendsense.domain.ExpenseFilter.ALL)).isEqualTo(before);
        var saved = fx.assistant.confirm(fx.user, p);
        assertThat(saved.categoryName()).isEqualTo("Dining");
        assertThat(fx.services.summaries().count(fx.user, io.spendsense.domain.ExpenseFilter.ALL))
                .isEqualTo(before + 1);
        fx.services.expenses().delete(fx.user, saved.id());
    }

    @Test
    void aCategoryTheSentenceNamesWinsOverARuleAndAGuessGivesWayToItBeforeTheUserConfirms() {
        long transport = fx.services.categories().findByName(fx.user, "Transport").orElseThrow().id();
        var rule = fx.services.rules().add(fx.user, new CategoryRule(0, 0, CategoryRule.Field.PAYEE,
                CategoryRule.Kind.CONTAINS, "corner store", null, null, transport, null, null));
        var saved = new java.util.ArrayList<Long>();
        try {
            ProposedExpense named = ask("I spent 20 on groceries at Corner Store today").proposal();
            assertThat(named.categoryName()).isEqualTo("Groceries");
            assertThat(named.categoryChoice()).isEqualTo(CategoryChoice.CHOSEN);
            var kept = fx.assistant.confirm(fx.user, named);
            saved.add(kept.id());
            assertThat(kept.categoryName()).isEqualTo("Groceries");

            // the guess gives way to the rule before the user confirms: what is shown is what is saved
            ProposedExpense guessed = ask("I spent 3 at Corner Store today").proposal();
            assertThat(guessed.categoryName()).isEqualTo("Transport");
            assertThat(guessed.categoryReason()).isEqualTo("your rule 'corner store' files it there");
            assertThat(ask("I spent 3 at Corner Store today").text()).contains("Transport");
            var filed = fx.assistant.confirm(fx.user, guessed);
            saved.add(filed.id());
            assertThat(filed.categoryName()).isEqualTo("Transport");

            // an assistant that does not know the rules leaves the guess open, and the rule files it on saving
            var plain = new Assistant(fx.services.categories(), fx.services.expenses(), fx.services.summaries(),
                    fx.services.clock());
            ProposedExpense open = plain.ask(fx.user, new Conversation(), "I spent 4 at Corner Store today",
                    AssistantFixture.TODAY).proposal();
            assertThat(open.categoryChoice()).isEqualTo(CategoryChoice.OPEN);
            var later = plain.confirm(fx.user, open);
            saved.add(later.id());
            assertThat(later.categoryName()).isEqualTo("Transport");
        } finally {
            saved.forEach(id -> fx.services.expenses().delete(fx.user, id));
            fx.services.rules().remove(fx.user, rule.id());
            fx.assistant.dataChanged(fx.user);
        }
    }

    @Test
    void addExpenseGuessesTheCategoryFromTheWordsForANewPayee() {
        ProposedExpense p = ask("I paid 8 for coffee at Blue Bottle yesterday").proposal();
        assertThat(p.categoryName()).isEqualTo("Dining");
        assertThat(p.draft().payee()).isEqualTo("Blue Bottle");
        assertThat(p.draft().date()).isEqualTo(AssistantFixture.TODAY.minusDays(1));
    }
}
