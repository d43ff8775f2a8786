package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import io.spendsense.domain.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations: what a follow-up keeps from the previous question and what it replaces. */
class FollowUpTest {
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

    static Period month(int year, int month) {
        return Period.month(java.time.YearMonth.of(year, month));
    }

    @Test
    void theSameMonthLastYearMovesTheMonthAndLaterFollowUpsKeepIt() {
        var c = new Conversation();
        fx.ask(c, "how much did I spend at Safeway in October 2025");
        Answer a = fx.ask(c, "the same month last year?");
        assertThat(a.intent()).isEqualTo(Intent.TOTAL_SPENT);
        assertThat(a.frame().period()).isEqualTo(month(2024, 10));
        Answer b = fx.ask(c, "and what about groceries?");
        assertThat(b.frame().period()).isEqualTo(month(2024, 10));
        assertThat(b.frame().category()).isEqualTo("Groceries");
    }

    @Test
    void theDayAfterANamedDayIsItsOwnPeriodNotAMoveOfThePreviousOne() {
        var c = new Conversation();
        fx.ask(c, "how much did I spend last month");
        Answer a = fx.ask(c, "what about the day after christmas?");
        assertThat(a.frame().period()).isEqualTo(Period.day(LocalDate.of(2025, 12, 26)));
    }

    @Test
    void followUpKeepsCategoryAndReplacesPeriod() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on groceries in January 2026?");
        Answer a = fx.ask(c, "And in February?");
        assertThat(a.intent()).isEqualTo(Intent.TOTAL_SPENT);
        assertThat(a.frame().category()).isEqualTo("Groceries");
        assertThat(a.frame().period()).isEqualTo(month(2026, 2));
        assertThat(a.explain()).anyMatch(l -> l.contains("kept category Groceries"));
    }

    @Test
    void followUpKeepsPeriodAndReplacesCategory() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on groceries in January 2026?");
        Answer a = fx.ask(c, "what about dining?");
        assertThat(a.frame().category()).isEqualTo("Dining");
        assertThat(a.frame().period()).isEqualTo(month(2026, 1));
    }

    @Test
    void followUpMovesThePeriodBackAndKeepsTheIntent() {
        var c = new Conversation();
        fx.ask(c, "What was my biggest expense last month?");
        Answer a = fx.ask(c, "and the month before?");
        assertThat(a.intent()).isEqualTo(Intent.BIGGEST_EXPENSE);
        assertThat(a.frame().period()).isEqualTo(month(2026, 1));
    }

    @Test
    void followUpNamingAPayeeReplacesTheCategory() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on groceries in January 2026?");
        Answer a = fx.ask(c, "and at Costco?");
        assertThat(a.frame().payee()).isEqualTo("Costco");
        assertThat(a.frame().category()).isNull();
        assertThat(a.frame().period()).isEqualTo(month(2026, 1));
    }

    @Test
    void followUpWithItsOwnIntentKeepsTheFilters() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend at Starbucks in February?");
        Answer a = fx.ask(c, "and how many times?");
        assertThat(a.intent()).isEqualTo(Intent.COUNT_EXPENSES);
        assertThat(a.frame().payee()).isEqualTo("Starbucks");
        assertThat(a.value()).isEqualTo("9");
    }

    @Test
    void followUpOfAnAverageKeepsItsUnit() {
        var c = new Conversation();
        fx.ask(c, "What's my average monthly spending in 2025?");
        Answer a = fx.ask(c, "and in 2024?");
        assertThat(a.intent()).isEqualTo(Intent.AVERAGE_SPENT);
        assertThat(a.frame().per()).isEqualTo(Per.MONTH);
        assertThat(a.frame().period()).isEqualTo(Period.year(2024));
    }

    @Test
    void completeNewQuestionStartsAfresh() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on groceries in January 2026?");
        Answer a = fx.ask(c, "What was my biggest expense?");
        assertThat(a.intent()).isEqualTo(Intent.BIGGEST_EXPENSE);
        assertThat(a.frame().category()).isNull();
        assertThat(a.frame().period().isAllTime()).isTrue();
    }

    @Test
    void unknownQuestionInBetweenDoesNotBreakTheConversation() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on dining in 2025?");
        assertThat(fx.ask(c, "tell me a joke").intent()).isEqualTo(Intent.UNKNOWN);
        Answer a = fx.ask(c, "and in 2024?");
        assertThat(a.frame().category()).isEqualTo("Dining");
        assertThat(a.frame().period()).isEqualTo(Period.year(2024));
    }

    @Test
    void ellipticalQuestionWithoutHistoryIsATotal() {
        Answer a = fx.ask(new Conversation(), "groceries in February");
        assertThat(a.intent()).isEqualTo(Intent.TOTAL_SPENT);
        assertThat(a.value()).isEqualTo("847.83");
    }

    @Test
    void resetConversationForgetsThePreviousQuestion() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on groceries in January 2026?");
        c.reset();
        assertThat(c.previousFrame()).isNull();
        Answer a = fx.ask(c, "And in February?");
        assertThat(a.frame().category()).isNull();
    }

    @Test
    void followUpOfAComparisonReplacesTheSharedPeriod() {
        var c = new Conversation();
        fx.ask(c, "groceries vs dining in 2025");
        Answer a = fx.ask(c, "and in 2024?");
        assertThat(a.intent()).isEqualTo(Intent.COMPARE);
        assertThat(a.frame().period()).isEqualTo(Period.year(2024));
        assertThat(a.frame().period2()).isEqualTo(Period.year(2024));
        assertThat(a.frame().category2()).isEqualTo("Dining");
    }

    @Test
    void compareThatComparesThePreviousQuestionWithWhatIsNamed() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on dining in January?");
        Answer a = fx.ask(c, "compare that to February");
        assertThat(a.intent()).isEqualTo(Intent.COMPARE);
        assertThat(a.frame().period()).isEqualTo(month(2026, 1));
        assertThat(a.frame().period2()).isEqualTo(month(2026, 2));
        assertThat(a.frame().category()).isEqualTo("Dining");
        assertThat(a.frame().category2()).isEqualTo("Dining");
        assertThat(a.value()).isEqualTo("338.90");
    }

    @Test
    void shortQuestionKeepsTheFilters() {
        var c = new Conversation();
        fx.ask(c, "What was my biggest expense in 2025?");
        Answer a = fx.ask(c, "how many?");
        assertThat(a.intent()).isEqualTo(Intent.COUNT_EXPENSES);
        assertThat(a.frame().period()).isEqualTo(Period.year(2025));
    }

    @Test
    void shiftOfAComparisonMovesBothSides() {
        var c = new Conversation();
        fx.ask(c, "Compare my spending this month vs last month");
        Answer a = fx.ask(c, "and the month before?");
        assertThat(a.frame().period()).isEqualTo(month(2026, 2));
        assertThat(a.frame().period2()).isEqualTo(month(2026, 1));
    }

    @Test
    void politeWordsAreNotFollowUps() {
        var c = new Conversation();
        fx.ask(c, "How much did I spend on rent last year?");
        assertThat(fx.ask(c, "thanks!").intent()).isEqualTo(Intent.UNKNOWN);
        assertThat(fx.ask(c, "ok").intent()).isEqualTo(Intent.UNKNOWN);
        // the conversation is intact: a year moves by a year (the period grammar's rule for whole years)
        assertThat(fx.ask(c, "the month before?").frame().period()).isEqualTo(Period.year(2024));
    }

    @Test
    void answersCountFromTheGivenToday() {
        Answer a = fx.assistant.ask(fx.user, new Conversation(), "How much did I spend last month?",
                LocalDate.of(2026, 1, 1));
        assertThat(a.frame().period()).isEqualTo(month(2025, 12));
    }
}
