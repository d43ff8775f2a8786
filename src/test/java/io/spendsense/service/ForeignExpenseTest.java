package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.domain.Period;
import io.spendsense.domain.RateSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expenses paid in another currency than the profile's: conversion, rates, corrections, filters, export (0018). */
class ForeignExpenseTest {
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final LocalDate MARCH_6 = LocalDate.of(2026, 3, 6);
    static final LocalDate MARCH_8 = LocalDate.of(2026, 3, 8);

    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    SignedInUser bob;
    long dining;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("fx.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        bob = TestUsers.signedUp(services, "bob");
        dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        services.rates().add(alice, MARCH_2, "EUR", new BigDecimal("1.08"));
        services.rates().add(alice, MARCH_6, "EUR", new BigDecimal("1.10"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    ExpenseDraft paid(LocalDate day, String amount, String currency, String rate) {
        return new ExpenseDraft(day, null, dining, "Dinner", "Trattoria", null,
                new ForeignAmount(currency, new BigDecimal(amount), rate == null ? null : new BigDecimal(rate), false));
    }

    @Test
    void anExpenseAtTheRateOfItsDayIsConvertedAndNotEstimated() {
        var e = services.expenses().create(alice, paid(MARCH_6, "40.00", "EUR", null));
        assertThat(e.amount()).isEqualByComparingTo("44.00");
        assertThat(e.foreign().currency()).isEqualTo("EUR");
        assertThat(e.foreign().amount()).isEqualByComparingTo("40.00");
        assertThat(e.foreign().rate()).isEqualByComparingTo("1.10");
        assertThat(e.foreign().estimated()).isFalse();
        // every total reads the amount in the profile's currency
        assertThat(services.summaries().totals(alice, ExpenseFilter.ALL).total()).isEqualByComparingTo("44.00");
    }

    @Test
    void withoutARateForItsDayTheNearestEarlierOneIsUsedAndMarkedEstimated() {
        var e = services.expenses().create(alice, paid(MARCH_8, "40.00", "EUR", null));
        assertThat(e.foreign().rate()).isEqualByComparingTo("1.10");
        assertThat(e.foreign().estimated()).isTrue();
        var between = services.expenses().create(alice, paid(LocalDate.of(2026, 3, 4), "10.00", "EUR", null));
        assertThat(between.foreign().rate()).isEqualByComparingTo("1.08");
        assertThat(between.amount()).isEqualByComparingTo("10.80");
    }

    @Test
    void withNoRateOnOrBeforeItsDayTheExpenseIsRefusedNamingCurrencyAndDay() {
        assertThatThrownBy(() -> services.expenses().create(alice, paid(LocalDate.of(2026, 3, 1), "10", "EUR", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("no exchange rate of EUR to USD on or before 2026-03-01: give the rate, or import or"
                        + " download rates first");
        assertThatThrownBy(() -> services.expenses().create(alice, paid(MARCH_6, "1000", "JPY", null)))
                .hasMessageContaining("no exchange rate of JPY to USD on or before 2026-03-06");
        assertThat(services.summaries().count(alice, ExpenseFilter.ALL)).isZero();
    }

    @Test
    void anotherUsersRatesAreNeverUsed() {
        assertThatThrownBy(() -> services.expenses().create(bob, new ExpenseDraft(MARCH_6, null,
                services.categories().findByName(bob, "Dining").orElseThrow().id(), "x", "y", null,
                ForeignAmount.unrated("EUR", new BigDecimal("5")))))
                .hasMessageContaining("no exchange rate of EUR to USD");
        assertThat(services.rates().list(bob, null, null, null, 100)).isEmpty();
        assertThat(services.rates().list(alice, null, null, null, 100)).hasSize(2);
    }

    @Test
    void aRateTypedForADayWithoutOneBecomesTheKnownRateOfThatDay() {
        var e = services.expenses().create(alice, paid(MARCH_8, "20.00", "EUR", "1.12"));
        assertThat(e.amount()).isEqualByComparingTo("22.40");
        assertThat(e.foreign().estimated()).isFalse();
        var known = services.rates().list(alice, "EUR", MARCH_8, MARCH_8, 10);
        assertThat(known).singleElement().satisfies(r -> {
            assertThat(r.rate()).isEqualByComparingTo("1.12");
            assertThat(r.source()).isEqualTo(RateSource.ENTERED);
        });
        // a typed rate does not replace a rate the day already has
        services.expenses().create(alice, paid(MARCH_6, "20.00", "EUR", "1.50"));
        assertThat(services.rates().list(alice, "EUR", MARCH_6, MARCH_6, 10).get(0).rate())
                .isEqualByComparingTo("1.10");
    }

    @Test
    void aLaterRateChangeNeverRewritesAStoredExpense() {
        var e = services.expenses().create(alice, paid(MARCH_8, "40.00", "EUR", null));
        services.rates().add(alice, MARCH_8, "EUR", new BigDecimal("1.20"));
        services.rates().importText(alice, "rates.csv", new StringReader("date,currency,rate\n2026-03-06,EUR,1.30\n"));
        var again = services.expenses().find(alice, e.id()).orElseThrow();
        assertThat(again.amount()).isEqualByComparingTo("44.00");
        assertThat(again.foreign().rate()).isEqualByComparingTo("1.10");
        assertThat(again.foreign().estimated()).isTrue();
        // editing something else keeps the rate it has
        var renamed = services.expenses().update(alice, e.id(), again.toDraft().withCategoryId(dining));
        assertThat(renamed.foreign().rate()).isEqualByComparingTo("1.10");
        assertThat(renamed.amount()).isEqualByComparingTo("44.00");
    }

    @Test
    void correctingTheRateRecomputesThatExpenseOnly() {
        var one = services.expenses().create(alice, paid(MARCH_6, "40.00", "EUR", null));
        var two = services.expenses().create(alice, paid(MARCH_6, "10.00", "EUR", null));
        var corrected = services.expenses().update(alice, one.id(), one.toDraft().withForeign(
                one.foreign().withRate(new BigDecimal("1.1234"), false)));
        assertThat(corrected.amount()).isEqualByComparingTo("44.94");
        assertThat(corrected.foreign().rate()).isEqualByComparingTo("1.1234");
        assertThat(corrected.foreign().estimated()).isFalse();
        assertThat(services.expenses().find(alice, two.id()).orElseThrow().amount()).isEqualByComparingTo("11.00");
        assertThat(services.summaries().totals(alice, ExpenseFilter.ALL).total()).isEqualByComparingTo("55.94");
        // and back into the profile's currency: what was paid is then the amount
        var local = services.expenses().update(alice, one.id(), one.toDraft().withForeign(
                ForeignAmount.unrated("USD", new BigDecimal("41.00"))));
        assertThat(local.foreign()).isNull();
        assertThat(local.amount()).isEqualByComparingTo("41.00");
    }

    @Test
    void amountsAreCheckedInTheCurrencyPaidIn() {
        services.rates().add(alice, MARCH_6, "JPY", new BigDecimal("0.0067"));
        services.rates().add(alice, MARCH_6, "BHD", new BigDecimal("2.6525"));
        assertThat(services.expenses().create(alice, paid(MARCH_6, "1500", "JPY", null)).amount())
                .isEqualByComparingTo("10.05");
        assertThat(services.expenses().create(alice, paid(MARCH_6, "12.345", "BHD", null)).amount())
                .isEqualByComparingTo("32.75");
        assertThatThrownBy(() -> services.expenses().create(alice, paid(MARCH_6, "1500.5", "JPY", null)))
                .hasMessage("amount must be a whole number in JPY");
        assertThatThrownBy(() -> services.expenses().create(alice, paid(MARCH_6, "12.3456", "BHD", null)))
                .hasMessage("amount must have at most 3 decimals in BHD");
        assertThatThrownBy(() -> services.expenses().create(alice, paid(MARCH_6, "5", "XYZ", null)))
                .hasMessage("currency 'XYZ' is not an ISO 4217 code such as EUR or JPY");
        assertThat(services.expenses().create(alice, paid(MARCH_6, "1", "JPY", null)).amount())
                .isEqualByComparingTo("0.01");
    }

    @Test
    void anAmountThatConvertsToNothingIsRefused() {
        services.rates().add(alice, MARCH_6, "JPY", new BigDecimal("0.004"));
        assertThatThrownBy(() -> services.expenses().create(alice, paid(MARCH_6, "1", "JPY", null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 JPY at 0.004 is 0.00 USD, and an expense's amount must be greater than 0");
    }

    @Test
    void theCurrencyFilterFindsWhatWasPaidInItAndOnlyTheUsersOwn() {
        services.expenses().create(alice, paid(MARCH_6, "40.00", "EUR", null));
        services.expenses().create(alice, new ExpenseDraft(MARCH_6, new BigDecimal("5.00"), dining, "Coffee", "Cafe",
                null));
        long bobDining = services.categories().findByName(bob, "Dining").orElseThrow().id();
        services.rates().add(bob, MARCH_6, "EUR", new BigDecimal("1.5"));
        services.expenses().create(bob, new ExpenseDraft(MARCH_6, null, bobDining, "x", "y", null,
                ForeignAmount.unrated("EUR", new BigDecimal("100"))));
        var inEuros = ExpenseFilter.ALL.withCurrency("EUR");
        assertThat(services.summaries().totals(alice, inEuros).total()).isEqualByComparingTo("44.00");
        assertThat(services.summaries().totals(alice, inEuros).count()).isEqualTo(1);
        // an expense without a currency of its own is in the profile's
        assertThat(services.summaries().totals(alice, ExpenseFilter.ALL.withCurrency("USD")).total())
                .isEqualByComparingTo("5.00");
        assertThat(services.summaries().totals(alice, ExpenseFilter.ALL.withCurrency("JPY")).count()).isZero();
        var month = ExpenseFilter.of(Period.month(java.time.YearMonth.of(2026, 3))).withCurrency("EUR");
        assertThat(services.summaries().byCategory(alice, month)).singleElement()
                .satisfies(c -> assertThat(c.total()).isEqualByComparingTo("44.00"));
        assertThat(services.expenses().page(alice, inEuros, ExpenseSort.NEWEST_FIRST, 0, 10).items())
                .extracting(x -> x.foreign().currency()).containsExactly("EUR");
    }

    @Test
    void undoOfADeleteRestoresTheRateTheExpenseHad() {
        var e = services.expenses().create(alice, paid(MARCH_8, "40.00", "EUR", null));
        services.expenses().delete(alice, e.id());
        services.rates().add(alice, MARCH_8, "EUR", new BigDecimal("2"));
        var back = services.expenses().restore(alice, List.of(e.toDraft())).get(0);
        assertThat(back.amount()).isEqualByComparingTo("44.00");
        assertThat(back.foreign()).isEqualTo(e.foreign());
    }

    @Test
    void exportCarriesWhatWasPaidAndImportingTheFileKeepsIt() throws Exception {
        services.expenses().create(alice, paid(MARCH_8, "40.00", "EUR", null));
        services.rates().add(alice, MARCH_6, "BHD", new BigDecimal("2.6525"));
        services.expenses().create(alice, paid(MARCH_6, "12.345", "BHD", null));
        services.expenses().create(alice, new ExpenseDraft(MARCH_2, new BigDecimal("5.00"), dining, "Coffee", "Cafe",
                null));
        var out = new StringWriter();
        services.exporter().export(alice, ExpenseFilter.ALL, out);
        assertThat(out.toString()).isEqualTo("""
                date,description,category,payee,amount,original_amount,original_currency,rate,rate_estimated
                2026-03-02,Coffee,Dining,Cafe,5.00,,,,
                2026-03-06,Dinner,Dining,Trattoria,32.75,12.345,BHD,2.6525,
                2026-03-08,Dinner,Dining,Trattoria,44.00,40.00,EUR,1.1,true
                """);
        // bob has no rates: the file's own rates convert it, as the expenses were
        var report = services.importer().importCsv(bob, "export.csv", new StringReader(out.toString()),
                ImportOptions.DEFAULT);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.converted()).isEqualTo(2);
        assertThat(report.estimated()).isEqualTo(1);
        var back = services.expenses().page(bob, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 10).items();
        assertThat(back).extracting(x -> x.amount().toPlainString()).containsExactly("44.00", "32.75", "5.00");
        assertThat(back.get(0).foreign()).isEqualTo(new ForeignAmount("EUR", new BigDecimal("40.00"),
                new BigDecimal("1.1"), true));
        assertThat(back.get(1).foreign().amount()).isEqualByComparingTo("12.345");
        assertThat(back.get(2).foreign()).isNull();
    }
}
