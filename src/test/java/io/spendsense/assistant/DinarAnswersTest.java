package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A BHD profile's answers: the sentences say fils, the JSON keeps money at two places as its contract fixes, and
 * "I spent 1.125 on lunch" proposes fils (decision 0018, 2026-12-04).
 */
class DinarAnswersTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    @TempDir
    static Path dir;
    static Services services;
    static SignedInUser dana;
    static Assistant assistant;

    @BeforeAll
    static void load() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
        services = Services.openForTests(dir.resolve("bhd.db"), clock);
        services.auth().register("dana", null, null, TestUsers.PASSWORD, "BHD");
        dana = services.auth().signIn("dana", TestUsers.PASSWORD);
        long dining = services.categories().findOrCreate(dana, "Dining").id();
        services.expenses().create(dana, new ExpenseDraft(LocalDate.of(2026, 3, 6), new BigDecimal("12.345"), dining,
                "Dinner", "Souq Grill", null));
        services.expenses().create(dana, new ExpenseDraft(LocalDate.of(2026, 3, 7), new BigDecimal("0.005"), dining,
                "Tea", "Cafe", null));
        assistant = new Assistant(services.categories(), services.expenses(), services.summaries(),
                services.budgets(), services.recurring(), services.insights(), services.rules(), clock);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static Answer ask(String q) {
        return assistant.ask(dana, new Conversation(), q, TODAY);
    }

    @Test
    void aTotalIsSaidInFilsAndGivenAtTwoPlacesInTheJson() {
        var a = ask("how much did I spend this month");
        assertThat(a.text()).contains("12.350");
        assertThat(a.value()).isEqualTo("12.35");
    }

    @Test
    void theBiggestExpenseIsSaidInFilsAndItsJsonAmountHasTwoPlaces() {
        var a = ask("what was my biggest expense this month");
        assertThat(a.text()).contains("12.345");
        String json = AnswerJson.toJson(a);
        assertThat(json).contains("\"value\":\"12.34\"", "\"amount\":\"12.34\"", "BHD12.345");
    }

    @Test
    void anExpenseToAddKeepsItsFils() {
        var a = ask("I spent 1.125 on lunch today");
        assertThat(a.proposal()).isNotNull();
        assertThat(a.proposal().draft().amount()).isEqualByComparingTo("1.125");
        assertThat(a.text()).contains("1.125");
    }
}
