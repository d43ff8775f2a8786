package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ForeignAmount;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "In euros": a filter on the currency paid in; every amount the answer says is in the profile's currency. */
class CurrencyAnswersTest {
    @TempDir
    static Path dir;
    static AssistantFixture fx;

    @BeforeAll
    static void load() {
        fx = new AssistantFixture(dir, null);
        var s = fx.services;
        long dining = s.categories().findOrCreate(fx.user, "Dining").id();
        long travel = s.categories().findOrCreate(fx.user, "Travel").id();
        s.rates().add(fx.user, LocalDate.of(2026, 2, 1), "EUR", new BigDecimal("1.10"));
        s.rates().add(fx.user, LocalDate.of(2026, 2, 1), "JPY", new BigDecimal("0.0070"));
        s.expenses().create(fx.user, paid("2026-02-10", "40.00", "EUR", dining, "Trattoria"));
        s.expenses().create(fx.user, paid("2026-02-12", "200.00", "EUR", travel, "Hotel Roma"));
        s.expenses().create(fx.user, paid("2026-02-14", "3000", "JPY", dining, "Sushi Zen"));
        s.expenses().create(fx.user, new ExpenseDraft(LocalDate.of(2026, 2, 15), new BigDecimal("12.00"), dining,
                "Lunch", "Deli", null));
        s.expenses().create(fx.user, paid("2026-03-02", "10.00", "EUR", dining, "Cafe"));
    }

    static ExpenseDraft paid(String day, String amount, String currency, long category, String payee) {
        return new ExpenseDraft(LocalDate.parse(day), null, category, "", payee, null,
                ForeignAmount.unrated(currency, new BigDecimal(amount)));
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    static Answer ask(String q) {
        return fx.ask(new Conversation(), q);
    }

    @Test
    void inEurosTotalsWhatWasPaidInEurosInTheProfilesCurrency() {
        var a = ask("how much did I spend in euros last month");
        assertThat(a.frame().currency()).isEqualTo("EUR");
        assertThat(new BigDecimal(a.value())).isEqualByComparingTo("264.00");
        assertThat(a.text()).contains("paid in EUR", "$264.00");
        assertThat(a.explain()).anyMatch(l -> l.startsWith("paid in EUR from 'in euros'"));
        assertThat(AnswerJson.toJson(a)).contains("\"currency\":\"EUR\"");
    }

    @Test
    void theFilterWorksForCodesYenAndTheProfilesOwnCurrency() {
        assertThat(new BigDecimal(ask("What did I spend in EUR in February?").value())).isEqualByComparingTo("264.00");
        assertThat(new BigDecimal(ask("how much did I spend in yen last month").value())).isEqualByComparingTo("21.00");
        assertThat(new BigDecimal(ask("how much did I spend in dollars last month").value()))
                .isEqualByComparingTo("12.00");
        assertThat(new BigDecimal(ask("how much did I spend last month").value())).isEqualByComparingTo("297.00");
        assertThat(new BigDecimal(ask("how much did I spend on dining in euros last month").value()))
                .isEqualByComparingTo("44.00");
        assertThat(ask("what was my biggest expense in euros this year").text()).contains("Hotel Roma", "$220.00");
    }

    @Test
    void aFollowUpKeepsTheCurrencyAndAnotherReplacesIt() {
        var c = new Conversation();
        assertThat(new BigDecimal(fx.ask(c, "how much did I spend in euros in February").value()))
                .isEqualByComparingTo("264.00");
        var march = fx.ask(c, "and in March?");
        assertThat(march.frame().currency()).isEqualTo("EUR");
        assertThat(new BigDecimal(march.value())).isEqualByComparingTo("11.00");
        var yen = fx.ask(c, "what about in yen?");
        assertThat(yen.frame().currency()).isEqualTo("JPY");
    }

    @Test
    void anAmountInAnotherCurrencyIsRefusedNeverReadAsTheProfilesCurrency() {
        for (String q : java.util.List.of("how much did I spend over 100 euros last month",
                "expenses over 100 euros this year", "over 100 quid", "over €50", "purchases over 50 pounds",
                "less than 30 CAD", "over 2000 yen", "between 10 and 50 euros", "over 1k euros",
                "expenses over 100 swiss francs", "how many expenses over 20 EUR in February", "50 chf or more",
                "expenses over 100 in euros", "anything under 20 in yen last month")) {
            var a = ask(q);
            assertThat(a.frame().intent()).as(q).isEqualTo(Intent.UNKNOWN);
            assertThat(a.value()).as(q).isNull();
            assertThat(a.frame().amountGt()).as(q).isNull();
            assertThat(a.text()).as(q).contains("counted in USD", "can't compare", "exchange rate");
            assertThat(a.explain()).as(q).anyMatch(l -> l.startsWith("intent unknown: the amount"));
        }
        assertThat(ask("over €50").text()).contains("in EUR (\"over €50\")");
        assertThat(ask("over 100 quid").text()).contains("in GBP");
    }

    @Test
    void anAmountInTheProfilesCurrencyStaysAnAmount() {
        for (String q : java.util.List.of("expenses over $100 in February", "over 100 dollars in February",
                "over 100 USD in February", "over 100 bucks in February", "usd 100 or more in February")) {
            var a = ask(q);
            assertThat(a.frame().intent()).as(q).isEqualTo(Intent.LIST_EXPENSES);
            assertThat(a.frame().amountGt()).as(q).isEqualByComparingTo("100");
            assertThat(a.frame().currency()).as(q).isNull();
            assertThat(a.value()).as(q).isEqualTo("1");
        }
        // the filter on the currency paid in is no amount: still read
        assertThat(ask("how much did I spend in euros last month").frame().currency()).isEqualTo("EUR");
    }

    @Test
    void dollarsInAEuroProfileAreAnotherCurrency() {
        fx.services.auth().register("eva", null, null, io.spendsense.service.TestUsers.PASSWORD, "EUR");
        var eva = fx.services.auth().signIn("eva", io.spendsense.service.TestUsers.PASSWORD);
        long dining = fx.services.categories().findOrCreate(eva, "Dining").id();
        fx.services.expenses().create(eva, new ExpenseDraft(LocalDate.of(2026, 2, 15), new BigDecimal("120.00"),
                dining, "Dinner", "Bistro", null));
        for (String q : java.util.List.of("expenses over 100 dollars", "over $100", "over 100 USD", "over 100 bucks")) {
            var a = fx.assistant.ask(eva, new Conversation(), q, AssistantFixture.TODAY);
            assertThat(a.frame().intent()).as(q).isEqualTo(Intent.UNKNOWN);
            assertThat(a.text()).as(q).contains("counted in EUR", "an amount in USD");
        }
        for (String q : java.util.List.of("expenses over 100 euros", "over €100", "over 100 EUR", "over 100")) {
            var a = fx.assistant.ask(eva, new Conversation(), q, AssistantFixture.TODAY);
            assertThat(a.frame().intent()).as(q).isEqualTo(Intent.LIST_EXPENSES);
            assertThat(a.value()).as(q).isEqualTo("1");
        }
        var add = fx.assistant.ask(eva, new Conversation(), "I spent $20 on lunch today", AssistantFixture.TODAY);
        assertThat(add.proposal()).isNull();
        assertThat(add.text()).contains("\"$20\" is in USD", "profile's currency (EUR)");
    }

    @Test
    void anExpenseToAddInAnotherCurrencyIsNotProposedInTheProfilesCurrency() {
        var a = ask("I spent 20 euros on lunch at Trattoria today");
        assertThat(a.frame().intent()).isEqualTo(Intent.ADD_EXPENSE);
        assertThat(a.proposal()).isNull();
        assertThat(a.value()).isNull();
        assertThat(a.text()).contains("\"20 euros\" is in EUR", "expense form");
        assertThat(ask("I spent $20 on lunch at Trattoria today").proposal()).isNotNull();
    }

    @Test
    void theJsonNamesTheCurrencyOnlyWhenTheQuestionSetsOne() {
        assertThat(AnswerJson.toJson(ask("how much did I spend in euros last month"))).contains("\"currency\":\"EUR\"");
        assertThat(AnswerJson.toJson(ask("how much did I spend last month"))).doesNotContain("currency");
    }
}
