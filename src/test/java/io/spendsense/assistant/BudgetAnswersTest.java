package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetAnswersTest {
    static final LocalDate TODAY = LocalDate.of(2028, 2, 10);
    @TempDir
    Path dir;
    Services services;
    SignedInUser ann;
    Assistant assistant;
    long dining;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2028-02-10T12:00:00Z"), ZoneOffset.UTC);
        services = Services.openForTests(dir.resolve("a.db"), clock);
        ann = TestUsers.signedUp(services, "ann");
        dining = services.categories().findByName(ann, "Dining").orElseThrow().id();
        assistant = new Assistant(services.categories(), services.expenses(), services.summaries(),
                services.budgets(), services.recurring(), services.insights(), clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Answer ask(String question) {
        return assistant.ask(ann, new Conversation(), question, TODAY);
    }

    private void spend(String date, String amount) {
        services.expenses().create(ann, new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount), dining,
                "Dinner", "Bistro", null));
    }

    @Test
    void withoutBudgetsTheAnswerSaysHowToSetOneAndCarriesNoNumber() {
        Answer a = ask("am I over budget?");
        assertThat(a.intent()).isEqualTo(Intent.BUDGET_STATUS);
        assertThat(a.value()).isNull();
        assertThat(a.text()).contains("not set any budgets");
    }

    @Test
    void aCategoryWithoutABudgetIsNamedWithTheBudgetsThereAre() {
        services.budgets().set(ann, null, new BigDecimal("1000"), false, null);
        Answer a = ask("am I over budget on dining?");
        assertThat(a.value()).isNull();
        assertThat(a.text()).isEqualTo("You have no budget for Dining. Your budgets: Overall.");
    }

    @Test
    void overBudgetSaysByHowMuchWithTheRolloverCarry() {
        services.budgets().set(ann, dining, new BigDecimal("100"), true, YearMonth.of(2028, 1));
        spend("2028-01-20", "70.00");
        spend("2028-02-03", "150.00");
        Answer a = ask("am I over budget on dining?");
        assertThat(a.value()).isEqualTo("20.00");
        assertThat(a.text()).isEqualTo("Yes: you are $20.00 over your Dining budget this month (February 2028): spent"
                + " $150.00 of $130.00 ($100.00 plus $30.00 carried over), 115%.");
        assertThat(a.explain()).anyMatch(l -> l.startsWith("budget Dining 2028-02: spent 150.00, limit 100.00,"
                + " carry 30.00, effective 130.00"));
    }

    @Test
    void leftWarnsWhenTheForecastGoesPastTheLimit() {
        services.budgets().set(ann, dining, new BigDecimal("250"), false, null);
        // a 9.00 lunch every day since October: 261.00 in February 2028 (29 days)
        for (LocalDate d = LocalDate.of(2027, 10, 1); !d.isAfter(TODAY); d = d.plusDays(1)) {
            spend(d.toString(), "9.00");
        }
        Answer a = ask("how much budget do I have left for dining?");
        assertThat(a.value()).isEqualTo("160.00");
        assertThat(a.text()).isEqualTo("You have $160.00 left in your Dining budget this month (February 2028): spent"
                + " $90.00 of $250.00, 36%, 20 days to go. You are likely to go over: about $261.00 by the end of the"
                + " month.");
        services.budgets().set(ann, dining, new BigDecimal("262"), false, null);
        assertThat(ask("how much budget do I have left for dining?").text()).doesNotContain("likely");
    }

    @Test
    void aFirstLargeExpenseWithoutHistoryIsNoPace() {
        services.budgets().set(ann, dining, new BigDecimal("290"), false, null);
        spend("2028-02-03", "100.00");
        // 100.00 by the 10th is not "290.00 by the end of the month": there is no history to say so
        assertThat(ask("how much budget do I have left for dining?").text()).isEqualTo("You have $190.00 left in"
                + " your Dining budget this month (February 2028): spent $100.00 of $290.00, 34%, 20 days to go.");
    }

    @Test
    void whichBudgetsListsEachExceededMonthOverSeveralMonths() {
        services.budgets().set(ann, dining, new BigDecimal("100"), false, YearMonth.of(2027, 11));
        services.budgets().set(ann, null, new BigDecimal("500"), false, YearMonth.of(2027, 11));
        spend("2027-11-05", "120.00");
        spend("2027-12-05", "80.00");
        spend("2028-01-05", "600.00");
        Answer a = ask("which budgets did I exceed in the last 3 months?");
        assertThat(a.value()).isEqualTo("3");
        assertThat(a.text()).startsWith("You exceeded 3 budget-months from November 2027 to")
                .contains("Dining in November 2027 by $20.00 (spent $120.00 of $100.00)")
                .contains("Overall in January 2028 by $100.00");
    }

    @Test
    void aPastMonthIsJudgedByTheLimitItHadThenAfterTheLimitChanged() {
        services.budgets().set(ann, dining, new BigDecimal("100"), false, YearMonth.of(2027, 11));
        spend("2027-12-05", "120.00");
        spend("2028-02-05", "120.00");
        services.budgets().set(ann, dining, new BigDecimal("150"), false, null);

        Answer december = ask("was I over budget on dining in December 2027?");
        assertThat(december.value()).isEqualTo("20.00");
        assertThat(december.text()).startsWith("Yes: you are $20.00 over your Dining budget")
                .contains("spent $120.00 of $100.00");
        assertThat(december.explain()).anyMatch(l -> l.startsWith("budget Dining 2027-12: spent 120.00, limit 100.00"));
        Answer february = ask("am I over budget on dining?");
        assertThat(february.value()).isEqualTo("0.00");
        assertThat(february.text()).contains("spent $120.00 of $150.00");
        Answer which = ask("which budgets did I exceed since November 2027?");
        assertThat(which.value()).isEqualTo("1");
        assertThat(which.text()).contains("Dining in December 2027 by $20.00 (spent $120.00 of $100.00)");
    }

    @Test
    void anAssistantWithoutTheBudgetServiceStillSaysBudgetsAreNotAvailable() {
        var plain = new Assistant(services.categories(), services.expenses(), services.summaries(),
                services.clock());
        Answer a = plain.ask(ann, new Conversation(), "am I over budget?", TODAY);
        assertThat(a.value()).isNull();
        assertThat(a.text()).contains("not available yet");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how much budget do I have left this month?        | LEFT
            how much do I have left to spend on dining         | LEFT
            am I on track this month?                          | LEFT
            am I over budget on dining?                        | OVER
            did I exceed my dining budget in January?          | OVER
            which budgets did I exceed in October?             | WHICH
            what budgets am I over?                            | WHICH
            """)
    void theWayTheQuestionIsPutDecidesWhatTheValueMeans(String question, BudgetAnswers.Ask ask) {
        assertThat(ask(question).intent()).isEqualTo(Intent.BUDGET_STATUS);
        assertThat(BudgetAnswers.ask(question.toLowerCase().replace("?", "").split(" "))).isEqualTo(ask);
    }
}
