package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.domain.Period;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A profile's own amounts are exact in its currency (decision 0018, 2026-12-04): a BHD profile keeps fils in every
 * path (expenses, totals, month totals, budgets, filters, rules, recurring templates, export, import, conversion), a
 * JPY profile refuses fractions of a yen, and a currency change that changes the scale rescales or refuses.
 */
@BothDatabases
class ProfileScaleTest {
    static final LocalDate MARCH_6 = LocalDate.of(2026, 3, 6);
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    Services services;
    SignedInUser dana;
    SignedInUser bob;
    long dining;

    @BeforeEach
    void open(TestDatabase database) {
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        services.auth().register("dana", null, null, TestUsers.PASSWORD, "BHD");
        dana = services.auth().signIn("dana", TestUsers.PASSWORD);
        bob = TestUsers.signedUp(services, "bob");
        dining = services.categories().findByName(dana, "Dining").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    ExpenseDraft spent(SignedInUser who, String amount) {
        long category = services.categories().findByName(who, "Dining").orElseThrow().id();
        return new ExpenseDraft(MARCH_6, new BigDecimal(amount), category, "Dinner", "Souq Grill", null);
    }

    @Test
    void aDinarProfileKeepsFilsInEveryTotalBudgetAndFilter() throws IOException {
        var e = services.expenses().create(dana, spent(dana, "12.345"));
        assertThat(e.amount()).isEqualByComparingTo("12.345");
        services.expenses().create(dana, spent(dana, "0.005"));
        assertThat(services.expenses().page(dana, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 10).items())
                .extracting(x -> x.amount().toPlainString()).containsExactlyInAnyOrder("12.345", "0.005");
        // the month totals table answers whole months, the expenses a part of one: both in fils
        assertThat(services.summaries().totals(dana, ExpenseFilter.ALL).total()).isEqualByComparingTo("12.350");
        var wholeMonth = ExpenseFilter.of(new Period(MARCH.atDay(1), MARCH.atEndOfMonth()));
        assertThat(services.summaries().totals(dana, wholeMonth).total()).isEqualByComparingTo("12.350");
        assertThat(services.summaries().byMonth(dana, wholeMonth).get(0).total()).isEqualByComparingTo("12.350");
        assertThat(services.summaries().byCategory(dana, wholeMonth).get(0).total()).isEqualByComparingTo("12.350");
        var partOfMonth = ExpenseFilter.of(new Period(MARCH_6, MARCH_6));
        assertThat(services.summaries().totals(dana, partOfMonth).total()).isEqualByComparingTo("12.350");

        // a filter by amount compares fils: 12.345 is over 12.344 and not over 12.345
        assertThat(services.summaries().count(dana, ExpenseFilter.ALL.withMin(new BigDecimal("12.344"), true)))
                .isEqualTo(1);
        assertThat(services.summaries().count(dana, ExpenseFilter.ALL.withMin(new BigDecimal("12.345"), true)))
                .isZero();
        assertThat(services.summaries().count(dana, ExpenseFilter.ALL.withMax(new BigDecimal("0.005"), false)))
                .isEqualTo(1);

        services.budgets().set(dana, dining, new BigDecimal("100.500"), false, MARCH);
        var status = services.budgets().status(dana, MARCH, LocalDate.of(2026, 3, 20)).get(0);
        assertThat(status.limit()).isEqualByComparingTo("100.500");
        assertThat(status.spent()).isEqualByComparingTo("12.350");
        assertThat(status.remaining()).isEqualByComparingTo("88.150");

        var out = new StringWriter();
        services.exporter().export(dana, ExpenseFilter.ALL, out);
        assertThat(out.toString()).contains(",12.345").contains(",0.005");

        // bob's dollars are unchanged beside them
        services.expenses().create(bob, spent(bob, "12.34"));
        assertThat(services.summaries().totals(bob, ExpenseFilter.ALL).total()).isEqualByComparingTo("12.34");
        assertThatThrownBy(() -> services.expenses().create(bob, spent(bob, "12.345")))
                .hasMessage("amount must have at most 2 decimals");
    }

    @Test
    void aDinarProfileRefusesAFourthDecimalAndAmountsTheSchemaCannotHold() {
        assertThatThrownBy(() -> services.expenses().create(dana, spent(dana, "12.3456")))
                .hasMessage("amount must have at most 3 decimals in BHD");
        assertThatThrownBy(() -> services.expenses().create(dana, spent(dana, "100000000.001")))
                .hasMessage("amount must be at most 100000000.000 BHD");
        assertThat(services.expenses().create(dana, spent(dana, "100000000.000")).amount())
                .isEqualByComparingTo("100000000");
    }

    @Test
    void euroPaidIntoADinarProfileKeepsThreeDecimalsRoundedHalfEvenOnce() {
        // 12.34 EUR at 0.4125 is 5.090250 BHD: half-even to fils is 5.090
        services.rates().add(dana, MARCH_6, "EUR", new BigDecimal("0.4125"));
        var e = services.expenses().create(dana, spent(dana, "0").withAmount(null)
                .withForeign(ForeignAmount.unrated("EUR", new BigDecimal("12.34"))));
        assertThat(e.amount()).isEqualByComparingTo("5.090");
        // 10.05 EUR at 0.4123 is 4.143615: 4.144
        var f = services.expenses().create(dana, spent(dana, "0").withAmount(null)
                .withForeign(new ForeignAmount("EUR", new BigDecimal("10.05"), new BigDecimal("0.4123"), false)));
        assertThat(f.amount()).isEqualByComparingTo("4.144");
        assertThat(services.summaries().totals(dana, ExpenseFilter.ALL).total()).isEqualByComparingTo("9.234");
    }

    @Test
    void rulesAndRecurringTemplatesKeepFils() {
        var rule = services.rules().add(dana, new CategoryRule(0, 0, CategoryRule.Field.PAYEE,
                CategoryRule.Kind.CONTAINS, "souq", new BigDecimal("12.345"), new BigDecimal("12.345"), dining, null,
                null));
        assertThat(rule.min()).isEqualByComparingTo("12.345");
        services.expenses().create(dana, spent(dana, "12.345"));
        services.expenses().create(dana, spent(dana, "12.346"));
        assertThat(services.rules().preview(dana, rule)).isEmpty(); // already Dining: nothing to change
        var template = services.recurring().create(dana, new RecurringDraft(new BigDecimal("7.125"), dining,
                "Souq Grill", "Lunch", Schedule.monthly(1), LocalDate.of(2026, 3, 1), null));
        assertThat(services.recurring().list(dana)).extracting(t -> t.amount().toPlainString())
                .containsExactly("7.125");
        assertThat(template.amount()).isEqualByComparingTo("7.125");
    }

    @Test
    void aDinarImportKeepsFilsAndADollarImportRefusesThemNamingTheLine() throws IOException {
        String csv = "date,description,category,payee,amount\n2026-03-06,Dinner,Dining,Souq Grill,12.345\n";
        services.importer().importCsv(dana, "fils.csv", new StringReader(csv), ImportOptions.DEFAULT);
        assertThat(services.summaries().totals(dana, ExpenseFilter.ALL).total()).isEqualByComparingTo("12.345");
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
                () -> services.importer().importCsv(bob, "fils.csv", new StringReader(csv), ImportOptions.DEFAULT));
        assertThat(refused.errors()).extracting(ImportException.LineError::line, ImportException.LineError::field,
                ImportException.LineError::message).containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "amount",
                "amount must have at most 2 decimals"));
        assertThat(services.summaries().count(bob, ExpenseFilter.ALL)).isZero();
    }

    @Test
    void aYenProfileRefusesFractionsOfAYen() {
        services.auth().register("kenji", null, null, TestUsers.PASSWORD, "JPY");
        var kenji = services.auth().signIn("kenji", TestUsers.PASSWORD);
        assertThatThrownBy(() -> services.expenses().create(kenji, spent(kenji, "12.50")))
                .hasMessage("amount must be a whole number in JPY");
        assertThat(services.expenses().create(kenji, spent(kenji, "1500")).amount()).isEqualByComparingTo("1500");
        long dining = services.categories().findByName(kenji, "Dining").orElseThrow().id();
        assertThatThrownBy(() -> services.budgets().set(kenji, dining, new BigDecimal("1000.5"), false, MARCH))
                .hasMessage("limit must be a whole number in JPY");
    }

    @Test
    void aChangeFromDollarsToDinarsRescalesEveryAmountOfThatUserOnly() {
        var alice = TestUsers.signedUp(services, "alice");
        long aliceDining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        services.expenses().create(alice, spent(alice, "12.50"));
        services.budgets().set(alice, aliceDining, new BigDecimal("100.00"), false, MARCH);
        services.recurring().create(alice, new RecurringDraft(new BigDecimal("9.99"), aliceDining, "Gym", "Gym",
                Schedule.monthly(1), LocalDate.of(2026, 4, 1), null));
        services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS,
                "grill", new BigDecimal("1.50"), null, aliceDining, null, null));
        services.expenses().create(bob, spent(bob, "12.50"));

        var inDinars = services.auth().updateProfile(alice, null, null, "BHD");
        assertThat(inDinars.currency()).isEqualTo("BHD");
        assertThat(services.summaries().totals(inDinars, ExpenseFilter.ALL).total()).isEqualByComparingTo("12.50");
        var month = ExpenseFilter.of(new Period(MARCH.atDay(1), MARCH.atEndOfMonth()));
        assertThat(services.summaries().totals(inDinars, month).total()).isEqualByComparingTo("12.50");
        assertThat(services.budgets().list(inDinars).get(0).limit()).isEqualByComparingTo("100.00");
        assertThat(services.budgets().list(inDinars).get(0).limitIn(MARCH)).isEqualByComparingTo("100.00");
        assertThat(services.recurring().list(inDinars).get(0).amount()).isEqualByComparingTo("9.99");
        assertThat(services.rules().list(inDinars).get(0).min()).isEqualByComparingTo("1.50");
        assertThat(services.summaries().totals(bob, ExpenseFilter.ALL).total()).isEqualByComparingTo("12.50");

        // and back: nothing has a third decimal, so the dollars are what they were
        var back = services.auth().updateProfile(inDinars, null, null, "USD");
        assertThat(services.summaries().totals(back, month).total()).isEqualByComparingTo("12.50");
        assertThat(services.budgets().list(back).get(0).limit()).isEqualByComparingTo("100.00");
        // a currency change within one scale moves nothing
        var inEuros = services.auth().updateProfile(back, null, null, "EUR");
        assertThat(services.summaries().totals(inEuros, ExpenseFilter.ALL).total()).isEqualByComparingTo("12.50");
    }

    @Test
    void aChangeFromDinarsToDollarsIsRefusedWhileAnAmountHasAThirdDecimal() {
        services.expenses().create(dana, spent(dana, "12.340"));
        services.expenses().create(dana, new ExpenseDraft(LocalDate.of(2026, 3, 2), new BigDecimal("3.125"), dining,
                "Tea", "Cafe", null));
        services.expenses().create(dana, spent(dana, "0.001"));
        assertThatThrownBy(() -> services.auth().updateProfile(dana, null, null, "USD"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 amounts have a third decimal, which USD has not (for example the expense of 3.125 BHD"
                        + " on 2026-03-02); change them to two decimals first, or keep BHD");
        // nothing changed
        assertThat(services.summaries().totals(dana, ExpenseFilter.ALL).total()).isEqualByComparingTo("15.466");
        assertThat(services.auth().signIn("dana", TestUsers.PASSWORD).currency()).isEqualTo("BHD");
    }
}
