package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bank files in another currency than the profile's (decision 0018): the currency of each line is kept (OFX CURDEF
 * and CURRENCY, CAMT Ccy, a currency column, or the one chosen for the file), converted with the user's rates, and a
 * file with no rate for some of its lines is refused whole. The statements are written by hand for these tests.
 */
class ForeignImportTest {
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;

    record Row(LocalDate date, String amount, String paid, String payee, boolean estimated) {
    }

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("fi.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        rate(alice, "2026-03-01", "EUR", "1.08");
        rate(alice, "2026-03-05", "EUR", "1.09");
        rate(alice, "2026-03-04", "GBP", "1.27");
        rate(alice, "2026-03-05", "JPY", "0.0067");
    }

    @AfterEach
    void close() {
        services.close();
    }

    void rate(SignedInUser who, String day, String currency, String rate) {
        services.rates().add(who, LocalDate.parse(day), currency, new BigDecimal(rate));
    }

    SignedInUser user(String name, String currency) {
        services.auth().register(name, null, null, TestUsers.PASSWORD, currency);
        return services.auth().signIn(name, TestUsers.PASSWORD);
    }

    Path resource(String folder, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/io/spendsense/service/" + folder + "/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    List<Row> rows(SignedInUser who) {
        return services.expenses().page(who, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0, 100)
                .items().stream().map(ForeignImportTest::row).toList();
    }

    static Row row(Expense e) {
        var f = e.foreign();
        return new Row(e.date(), e.amount().toPlainString(), f == null ? "" : f.amount().toPlainString() + " "
                + f.currency(), e.payee(), f != null && f.estimated());
    }

    static Row row(String date, String amount, String paid, String payee, boolean estimated) {
        return new Row(LocalDate.parse(date), amount, paid, payee, estimated);
    }

    @Test
    void anOfxStatementInEurosKeepsEachLinesCurrencyAndConverts() throws IOException {
        var report = services.importer().importFile(alice, resource("fx", "eur-card.ofx"), ImportOptions.DEFAULT);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.converted()).isEqualTo(3);
        assertThat(report.estimated()).isEqualTo(2);
        assertThat(report.notes()).first().isEqualTo("3 converted from EUR and GBP to USD, 2 of them at an estimated"
                + " rate (the nearest earlier rate: none was known for their date)");
        assertThat(rows(alice)).containsExactly(
                row("2026-03-02", "43.20", "40.00 EUR", "Trattoria da Nino", true),
                // CURRENCY: the amount is in pounds
                row("2026-03-04", "16.00", "12.60 GBP", "Pret Kings Cross", false),
                // ORIGCURRENCY: the bank converted it to the statement's euros already
                row("2026-03-07", "27.25", "25.00 EUR", "Museo Civico", true));
        // importing it again after a rate of its days became known adds nothing and changes nothing
        rate(alice, "2026-03-02", "EUR", "1.20");
        var again = services.importer().importFile(alice, dir.resolve("eur-card.ofx"), ImportOptions.DEFAULT);
        assertThat(again.imported()).isZero();
        assertThat(rows(alice).get(0).amount()).isEqualTo("43.20");
    }

    @Test
    void aEuroProfileKeepsItsEurosAndConvertsOnlyThePounds() throws IOException {
        var eva = user("eva", "EUR");
        rate(eva, "2026-03-01", "GBP", "1.17");
        var report = services.importer().importFile(eva, resource("fx", "eur-card.ofx"), ImportOptions.DEFAULT);
        assertThat(report.converted()).isEqualTo(1);
        assertThat(rows(eva)).containsExactly(
                row("2026-03-02", "40.00", "", "Trattoria da Nino", false),
                row("2026-03-04", "14.74", "12.60 GBP", "Pret Kings Cross", true),
                row("2026-03-07", "25.00", "", "Museo Civico", false));
    }

    @Test
    void aCamtStatementConvertsAtTheRatesOfItsBookingDays() throws IOException {
        rate(alice, "2024-05-01", "EUR", "1.07");
        rate(alice, "2024-05-20", "EUR", "1.08");
        var report = services.importer().importFile(alice, resource("imports", "camt053-v2.xml"),
                ImportOptions.DEFAULT);
        assertThat(report.converted()).isEqualTo(3);
        assertThat(report.estimated()).isEqualTo(1);
        assertThat(rows(alice)).extracting(Row::amount, Row::paid, Row::estimated).containsExactly(
                org.assertj.core.groups.Tuple.tuple("58.18", "54.37 EUR", true),
                org.assertj.core.groups.Tuple.tuple("129.60", "120.00 EUR", false),
                org.assertj.core.groups.Tuple.tuple("75.60", "70.00 EUR", false));
    }

    @Test
    void aCurrencyColumnIsReadPerLine() throws IOException {
        Path file = resource("fx", "mixed-currency.csv");
        var report = services.importer().importFile(alice, file, ImportOptions.DEFAULT);
        assertThat(report.imported()).isEqualTo(4);
        assertThat(report.converted()).isEqualTo(3);
        assertThat(report.estimated()).isEqualTo(2);
        assertThat(rows(alice)).containsExactly(
                row("2026-03-02", "226.80", "210.00 EUR", "", true),
                row("2026-03-03", "35.50", "", "", false),
                row("2026-03-05", "32.16", "4800 JPY", "", false),
                row("2026-03-06", "3.49", "3.20 EUR", "", true));
        // the same file again, after new rates: its lines are told by what was paid, so all are duplicates
        rate(alice, "2026-03-02", "EUR", "1.50");
        var again = services.importer().importFile(alice, file, ImportOptions.DEFAULT);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicatesSkipped()).isEqualTo(4);
    }

    @Test
    void aFileThatDoesNotSayTakesTheCurrencyChosenForIt() throws IOException {
        Path file = resource("fx", "no-currency.qif");
        var report = services.importer().importFile(alice, file, ImportOptions.DEFAULT.withCurrency("EUR"));
        assertThat(report.converted()).isEqualTo(2);
        assertThat(rows(alice)).extracting(Row::amount, Row::paid).containsExactly(
                org.assertj.core.groups.Tuple.tuple("19.62", "18.00 EUR"),
                org.assertj.core.groups.Tuple.tuple("70.74", "64.90 EUR"));
        var bob = user("bob", "USD");
        services.importer().importFile(bob, file, ImportOptions.DEFAULT);
        assertThat(rows(bob)).extracting(Row::amount, Row::paid).containsExactly(
                org.assertj.core.groups.Tuple.tuple("18.00", ""), org.assertj.core.groups.Tuple.tuple("64.90", ""));
    }

    @Test
    void aFileWithoutRatesForSomeLinesIsRefusedWholeNamingCurrenciesAndDates() throws IOException {
        var carol = user("carol", "USD");
        Path file = resource("fx", "mixed-currency.csv");
        assertThatThrownBy(() -> services.importer().importFile(carol, file, ImportOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("mixed-currency.csv: 2 lines in EUR dated 2026-03-02 to 2026-03-06, and no rate of EUR to"
                        + " USD on or before 2026-03-02 (you have no rates of EUR up to then); 1 line in JPY dated"
                        + " 2026-03-05, and no rate of JPY to USD on or before 2026-03-05 (you have no rates of JPY up"
                        + " to then), so nothing was imported: import or download rates of EUR and JPY, or enter one"
                        + " for the first date");
        rate(carol, "2026-03-04", "EUR", "1.1");
        rate(carol, "2026-03-01", "JPY", "0.0066");
        assertThatThrownBy(() -> services.importer().importFile(carol, file, ImportOptions.DEFAULT))
                .hasMessage("mixed-currency.csv: 1 line in EUR dated 2026-03-02, and no rate of EUR to USD on or before"
                        + " 2026-03-02 (your first rate of EUR is on 2026-03-04), so nothing was imported: import or"
                        + " download rates of EUR, or enter one for the first date");
        assertThat(rows(carol)).isEmpty();
        // the preview says so before anything is tried
        var preview = services.importer().preview(carol, file, ImportOptions.DEFAULT);
        assertThat(preview.currencyProblem()).startsWith("1 line in EUR dated 2026-03-02, and no rate of EUR")
                .contains("so the file cannot be imported yet");
        assertThat(services.importer().preview(alice, file, ImportOptions.DEFAULT).currencyProblem()).isNull();
    }

    @Test
    void amountsWithMoreDecimalsThanTheirCurrencyHasAreBadLines() throws IOException {
        Path file = Files.writeString(dir.resolve("yen.csv"), """
                Date,Description,Amount,Currency
                2026-03-05,Ramen,-980.50,JPY
                2026-03-05,Tea,-300,JPY
                """);
        assertThatThrownBy(() -> services.importer().importFile(alice, file, ImportOptions.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("yen.csv: 1 bad line, nothing imported")
                .satisfies(e -> assertThat(((ImportException) e).errors()).extracting(Object::toString)
                        .containsExactly("line 2, amount: amount must be a whole number in JPY"));
        assertThat(rows(alice)).isEmpty();
    }
}
