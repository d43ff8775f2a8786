package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurringAnswersTest {
    static final LocalDate TODAY = LocalDate.of(2028, 2, 27);
    @TempDir
    Path dir;
    Services services;
    SignedInUser ann;
    Assistant assistant;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2028-02-27T12:00:00Z"), ZoneOffset.UTC);
        services = Services.openForTests(dir.resolve("a.db"), clock);
        ann = TestUsers.signedUp(services, "ann");
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

    private void add(String amount, String category, String payee, String description, String schedule, String start) {
        long id = services.categories().findByName(ann, category).orElseThrow().id();
        services.recurring().create(ann, new RecurringDraft(new BigDecimal(amount), id, payee, description,
                Schedule.parse(schedule), LocalDate.parse(start), null));
    }

    @Test
    void withoutTemplatesTheAnswersSayThereAreNone() {
        assertThat(ask("what are my recurring expenses?").text()).isEqualTo("You have no recurring expenses yet.");
        Answer due = ask("what bills are due this week?");
        assertThat(due.value()).isEqualTo("0.00");
        assertThat(due.text()).startsWith("No recurring bills are due").endsWith("from today on.");
    }

    @Test
    void recurringListsTemplatesWithWhatTheyCostAMonth() {
        add("1200", "Housing", "Landlord", "Rent", "monthly:31", "2028-01-31");
        add("12", "Subscriptions", "Gym", "", "weekly:mon", "2028-01-03");
        Answer a = ask("what are my recurring expenses?");
        assertThat(a.value()).isEqualTo("2");
        assertThat(a.text()).isEqualTo("You have 2 recurring expenses, about $1,252.00 a month: Gym $12.00 weekly on"
                + " Monday (Subscriptions); Rent at Landlord $1,200.00 monthly on day 31 (Housing).");
    }

    @Test
    void upcomingBillsFollowMonthEndsAndLeapDays() {
        add("1200", "Housing", "Landlord", "Rent", "monthly:31", "2028-01-31");
        add("12", "Subscriptions", "Gym", "", "weekly:mon", "2028-01-03");
        Answer a = ask("what bills are due in the next week?");
        assertThat(a.intent()).isEqualTo(Intent.UPCOMING_BILLS);
        Answer next = ask("bills due next week");
        assertThat(next.value()).isEqualTo("1212.00");
        assertThat(next.text()).contains("Gym $12.00 on Mon, Feb 28; Rent at Landlord $1,200.00 on Tue, Feb 29");
        Answer month = ask("what is coming up?");
        assertThat(month.value()).isEqualTo("1260.00");
        assertThat(month.text()).startsWith("6 bills are due").contains("Rent at Landlord $1,200.00 on Tue, Feb 29");
    }

    @Test
    void anAssistantWithoutTheRecurringServiceSaysItIsNotAvailable() {
        var plain = new Assistant(services.categories(), services.expenses(), services.summaries(),
                services.clock());
        Answer a = plain.ask(ann, new Conversation(), "what are my recurring expenses?", TODAY);
        assertThat(a.value()).isNull();
        assertThat(a.text()).contains("not available");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what are my recurring expenses?          | RECURRING
            list my repeating payments               | RECURRING
            what are my fixed costs                  | RECURRING
            what bills are due this week?            | UPCOMING_BILLS
            which recurring bills are due soon       | UPCOMING_BILLS
            anything coming up next month?           | UPCOMING_BILLS
            what did I spend on bills last month?    | TOTAL_SPENT
            """)
    void recurringAndUpcomingBillsQuestionsAreToldApart(String question, Intent intent) {
        assertThat(ask(question).intent()).isEqualTo(intent);
    }
}
