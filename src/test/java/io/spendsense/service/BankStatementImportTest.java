package io.spendsense.service;

import static io.spendsense.service.imports.SkipReason.CARD_PAYMENT;
import static io.spendsense.service.imports.SkipReason.DECLINED;
import static io.spendsense.service.imports.SkipReason.MONEY_IN;
import static io.spendsense.service.imports.SkipReason.PENDING;
import static io.spendsense.service.imports.SkipReason.REFUNDED_IN_FULL;
import static io.spendsense.service.imports.SkipReason.REFUND_NETTED;
import static io.spendsense.service.imports.SkipReason.REFUND_UNMATCHED;
import static io.spendsense.service.imports.SkipReason.REVERTED;
import static io.spendsense.service.imports.SkipReason.TRANSFER;
import static io.spendsense.service.imports.SkipReason.ZERO;
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
import java.util.Map;
import java.util.Objects;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.service.imports.DateOrder;
import io.spendsense.service.imports.ImportHint;
import io.spendsense.service.imports.SignConvention;
import io.spendsense.service.imports.SkipReason;
import io.spendsense.service.imports.StatementFormat;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the synthetic bank statements in src/test/resources/io/spendsense/service/imports (written for these tests
 * in the shapes banks export: headers, encodings, separators, sign conventions) with no options, and checks every
 * row that is stored and every row that is skipped, by reason.
 */
@BothDatabases
class BankStatementImportTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser user;

    record Row(LocalDate date, BigDecimal amount, String payee, String description) {
    }

    static Row row(String date, String amount, String payee, String description) {
        return new Row(LocalDate.parse(date), new BigDecimal(amount), payee, description);
    }

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/io/spendsense/service/imports/" + name)) {
            Files.copy(Objects.requireNonNull(in, name), file);
        }
        return file;
    }

    ImportReport load(String name, String currency) throws IOException {
        return load(name, currency, ImportOptions.DEFAULT);
    }

    ImportReport load(String name, String currency, ImportOptions options) throws IOException {
        if (user == null) {
            services.auth().register("sam", null, null, TestUsers.PASSWORD, currency);
            user = services.auth().signIn("sam", TestUsers.PASSWORD);
        }
        return services.importer().importFile(user, resource(name), options);
    }

    List<Expense> expenses() {
        return services.expenses().page(user, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                1000).items();
    }

    List<Row> rows() {
        return expenses().stream().map(e -> new Row(e.date(), e.amount(), e.payee(), e.description())).toList();
    }

    static void skips(ImportReport report, Map<SkipReason, Integer> expected) {
        assertThat(report.skipped()).as("skipped rows by reason").isEqualTo(expected);
    }

    static ImportOptions with(java.util.function.UnaryOperator<CsvFormatOptions> f) {
        return ImportOptions.DEFAULT.withFormat(f.apply(CsvFormatOptions.DETECT));
    }

    @Test
    void usCardWithTypesNetsAReturnAgainstItsPurchaseAndSkipsThePayment() throws IOException {
        var report = load("us-card-chase.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-03", "86.42", "", "WHOLE FOODS MKT #10234"),
                row("2024-01-05", "41.10", "", "SHELL OIL 57442"),
                row("2024-01-22", "15.49", "", "NETFLIX.COM, LOS GATOS"));
        skips(report, Map.of(CARD_PAYMENT, 1, REFUND_NETTED, 1, REFUNDED_IN_FULL, 1));
        assertThat(expenses()).extracting(Expense::categoryName).containsExactlyInAnyOrder("Groceries", "Gas",
                "Entertainment");
        assertThat(report.detected().sign()).isEqualTo(SignConvention.CHARGES_NEGATIVE);
        assertThat(report.detected().dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void amexStyleChargesPositiveAreDetected() throws IOException {
        var report = load("us-card-amex.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-02", "24.18", "", "UBER TRIP HELP.UBER.COM"),
                row("2024-01-07", "6.75", "", "BLUE BOTTLE COFFEE OAKLAND"),
                row("2024-01-28", "1045.30", "", "TRADER JOE'S #123"));
        skips(report, Map.of(CARD_PAYMENT, 1, REFUND_NETTED, 1, REFUNDED_IN_FULL, 1));
        assertThat(report.detected().sign()).isEqualTo(SignConvention.CHARGES_POSITIVE);
        assertThat(report.detected().signReason()).isEqualTo("payments and refunds are negative");
    }

    @Test
    void amexSignCanBeOverridden() throws IOException {
        var report = load("us-card-amex.csv", "USD", with(f -> f.withOverrides(null, null, null,
                SignConvention.CHARGES_NEGATIVE, null)));
        // read the wrong way round, the payment is the expense and the charges are money in
        assertThat(rows()).containsExactlyInAnyOrder(row("2024-01-12", "1250.00", "", "AUTOPAY PAYMENT - THANK YOU"),
                row("2024-01-25", "389.20", "", "DELTA AIR LINES ATLANTA"));
        assertThat(report.detected().signReason()).isEqualTo("given");
        assertThat(report.skipped(MONEY_IN)).isEqualTo(4);
    }

    @Test
    void debitAndCreditColumnsWithAPaymentAndARefundWithoutItsPurchase() throws IOException {
        var report = load("us-card-debit-credit.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-01", "5.85", "", "STARBUCKS STORE 0921"),
                row("2024-02-10", "212.47", "", "COSTCO WHSE #0001"));
        skips(report, Map.of(CARD_PAYMENT, 1, REFUND_UNMATCHED, 1));
        assertThat(report.notes()).singleElement().asString().startsWith("line 5: a refund of 17.99 on 2024-02-15"
                + " from AMZN MKTP US REFUND is not an expense");
        assertThat(report.detected().sign()).isEqualTo(SignConvention.DEBIT_CREDIT_COLUMNS);
    }

    @Test
    void fileWithoutAHeaderKeepsItsFirstRow() throws IOException {
        var report = load("us-bank-no-header.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-05", "42.17", "", "WHOLE FOODS MARKET SAN FRANCISCO"),
                row("2024-01-08", "1200.00", "", "CHECK # 1043"),
                row("2024-01-19", "9.99", "", "SPOTIFY USA"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().header()).isFalse();
        assertThat(report.detected().facts((message, hint, field) -> message))
                .contains("header: none, the first row is data");
    }

    @Test
    void discoverStyleDottedHeaderAndPositiveCharges() throws IOException {
        var report = load("us-card-discover.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-02", "54.20", "", "SAFEWAY #1234 OAKLAND CA"),
                row("2024-02-20", "112.35", "", "PG&E WEB ONLINE"));
        skips(report, Map.of(CARD_PAYMENT, 1));
    }

    @Test
    void ukFileWhoseDaysAreAllTwelveOrLessIsRefusedNotGuessed() throws IOException {
        assertThatThrownBy(() -> load("uk-days-under-13.csv", "GBP"))
                .isInstanceOf(ServiceException.class)
                .hasMessageStartingWith("uk-days-under-13.csv: the dates could be day first or month first"
                        + " (is '02/01/2024' 2 January or February 1?)")
                .hasMessageEndingWith("and nothing else in the file tells")
                .extracting(e -> ((ImportException) e).hint()).isEqualTo(ImportHint.DATE_ORDER);
        assertThat(expenses()).isEmpty();
    }

    @Test
    void ukFileWithTheDateOrderGiven() throws IOException {
        var report = load("uk-days-under-13.csv", "GBP", with(f -> f.withOverrides(null, null, DateOrder.DAY_FIRST,
                null, null)));
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-02", "4.50", "", "PRET A MANGER LONDON"),
                row("2024-01-05", "23.45", "", "TESCO STORES 3217"),
                row("2024-01-11", "60.00", "", "THAMES WATER"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().datePattern()).isEqualTo("dd/MM/yyyy");
    }

    @Test
    void windows1252FileWithLinesBeforeTheHeaderAndMonthNames() throws IOException {
        var report = load("uk-preamble-latin1.csv", "GBP");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-03", "3.65", "", "COSTA COFFEE BRISTOL"),
                row("2024-01-04", "84.00", "", "BRITISH GAS"),
                row("2024-01-21", "4.10", "", "CAFÉ NERO"));
        skips(report, Map.of(MONEY_IN, 1));
        var d = report.detected();
        assertThat(d.encoding()).isEqualTo("Windows-1252 (not valid UTF-8)");
        assertThat(d.skippedLines()).isEqualTo(4);
        assertThat(d.datePattern()).isEqualTo("d MMM yyyy");
        assertThat(d.sign()).isEqualTo(SignConvention.DEBIT_CREDIT_COLUMNS);
    }

    @Test
    void currencyColumnDecidesTheDateOrderWhenNoDayIsAboveTwelve() throws IOException {
        var report = load("uk-monzo.csv", "GBP");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-01", "5.20", "Pret A Manger", "PRET A MANGER LONDON GBR"),
                row("2024-02-07", "32.18", "Sainsbury's", "SAINSBURYS S/MKTS"),
                row("2024-02-10", "95.00", "Octopus Energy", "OCTOPUS ENERGY"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().dateReason()).isEqualTo("no day above 12; the currency is GBP");
        assertThat(report.detected().currency()).isEqualTo("GBP");
    }

    @Test
    void trailingEmptyHeaderFieldAndSpacesAroundNames() throws IOException {
        var report = load("ie-trailing-header-field.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-02", "41.80", "", "TESCO IRELAND"),
                row("2024-02-20", "55.00", "", "VDP-EIRCOM"));
        skips(report, Map.of(MONEY_IN, 1));
    }

    @Test
    void sparkasseLatin1WithTwoDigitYearsPendingAndACardRepayment() throws IOException {
        var report = load("de-sparkasse-latin1.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-02", "54.37", "REWE Markt GmbH", "REWE Markt GmbH Köln"),
                row("2024-01-03", "1150.00", "Hausverwaltung Müller", "Miete Januar"));
        skips(report, Map.of(MONEY_IN, 1, CARD_PAYMENT, 1, PENDING, 1));
        var d = report.detected();
        assertThat(d.datePattern()).isEqualTo("dd.MM.yy");
        assertThat(d.decimalComma()).isTrue();
        assertThat(d.separator()).isEqualTo(';');
        assertThat(d.currency()).isEqualTo("EUR");
    }

    @Test
    void germanExportWithLinesBeforeTheHeaderAndAStatusColumn() throws IOException {
        var report = load("de-preamble-status.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-05", "78.00", "Stadtwerke München", "Strom Februar"),
                row("2024-02-09", "1234.56", "Edeka Center", "Einkauf"));
        skips(report, Map.of(MONEY_IN, 1, PENDING, 1));
        assertThat(report.detected().skippedLines()).isEqualTo(4);
        assertThat(report.detected().encoding()).isEqualTo("UTF-8 with a byte-order mark");
    }

    @Test
    void partialRefundLowersItsPurchaseAndAZeroRowIsSkipped() throws IOException {
        var report = load("de-refund-zero.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-03-01", "59.95", "Zalando SE", "Bestellung 10223"),
                row("2024-03-04", "119.00", "Deutsche Bahn", "Fahrkarte Köln-Berlin"));
        skips(report, Map.of(ZERO, 1, REFUND_NETTED, 1));
        assertThat(expenses()).filteredOn(e -> e.payee().equals("Zalando SE")).singleElement()
                .extracting(Expense::notes).isEqualTo("refund of 29.95 on 2024-03-12 taken off (charged 89.90)");
    }

    @Test
    void dutchAfBijColumnAndQuotedDecimalCommasInACommaSeparatedFile() throws IOException {
        var report = load("nl-af-bij.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-02", "23.45", "Albert Heijn 1403", "Pasvolgnr:001 02-01-2024 17:45"),
                row("2024-01-10", "1012.50", "NS Reizigers", "Jaarabonnement"),
                row("2024-01-18", "96.00", "Vattenfall", "Termijnbedrag januari"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().sign()).isEqualTo(SignConvention.INDICATOR_COLUMN);
        assertThat(report.detected().datePattern()).isEqualTo("yyyyMMdd");
        assertThat(report.detected().separator()).isEqualTo(',');
        assertThat(report.detected().decimalComma()).isTrue();
    }

    @Test
    void dutchSignedAmountsWithARepaymentFromAFriend() throws IOException {
        var report = load("nl-signed-quoted.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-04-02", "12.50", "Jumbo Utrecht", "Betaalautomaat 12:01"),
                row("2024-04-03", "1100.00", "Woonstichting Thuis", "Huur april"));
        skips(report, Map.of(REFUND_UNMATCHED, 1));
    }

    @Test
    void frenchDebitCreditColumnsInWindows1252WhereTheHeadersDecideTheDateOrder() throws IOException {
        var report = load("fr-debit-credit-latin1.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-03-02", "64.12", "", "CARTE X1234 CARREFOUR MARKET"),
                row("2024-03-05", "73.50", "", "PRLV SEPA EDF"),
                row("2024-03-11", "7.40", "", "CARTE X1234 BOULANGERIE PAUL"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().dateReason()).isEqualTo("no day above 12; French headers");
    }

    @Test
    void frenchPreambleMontantInEurosAndAFullRefund() throws IOException {
        var report = load("fr-preamble-montant.csv", "EUR");
        assertThat(rows()).containsExactly(row("2024-03-14", "1250.00", "", "LOYER MARS"));
        skips(report, Map.of(REFUND_NETTED, 1, REFUNDED_IN_FULL, 1));
        assertThat(report.detected().currency()).isEqualTo("EUR");
        assertThat(report.detected().skippedLines()).isEqualTo(3);
    }

    @Test
    void belgianRefusedPaymentIsSkippedAsDeclined() throws IOException {
        var report = load("be-fr-statut.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-04-03", "45.60", "DELHAIZE BRUXELLES", "Achat carte 1234"),
                row("2024-04-09", "120.00", "Proximus", "Facture 88123"));
        skips(report, Map.of(DECLINED, 1, MONEY_IN, 1));
    }

    @Test
    void belgianDutchZeroAndPendingRows() throws IOException {
        var report = load("be-nl-status.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-05-02", "18.75", "Colruyt Gent", "Aankoop kaart"),
                row("2024-05-07", "64.00", "Telenet", "Factuur mei"));
        skips(report, Map.of(ZERO, 1, PENDING, 1));
    }

    @Test
    void spanishPreambleNominaAndADevolucion() throws IOException {
        var report = load("es-concepto-importe.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-06-03", "42.35", "", "COMPRA MERCADONA VALENCIA"),
                row("2024-06-10", "61.20", "", "RECIBO IBERDROLA"));
        skips(report, Map.of(MONEY_IN, 1, REFUND_NETTED, 1, REFUNDED_IN_FULL, 1));
    }

    @Test
    void revolutStatesTopUpsAndACardRefund() throws IOException {
        var report = load("revolut-states.csv", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-07-03", "23.40", "", "Lidl"),
                row("2024-07-16", "41.75", "", "Carrefour"));
        skips(report, Map.of(MONEY_IN, 1, REFUND_NETTED, 1, REFUNDED_IN_FULL, 1, PENDING, 1, REVERTED, 1,
                DECLINED, 1));
    }

    @Test
    void crMarkersTellCreditsInACardExport() throws IOException {
        var report = load("us-card-cr-markers.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-03-02", "38.20", "", "CHEVRON 0094512"),
                row("2024-03-04", "1000.00", "", "HOME DEPOT 4521"),
                row("2024-03-21", "17.45", "", "LYFT RIDE"));
        skips(report, Map.of(CARD_PAYMENT, 1, REFUND_NETTED, 1));
        assertThat(report.detected().sign()).isEqualTo(SignConvention.CR_DR_MARKERS);
    }

    @Test
    void pipeSeparatedWithAPendingDateSkipsThatRowOnly() throws IOException {
        var report = load("us-pipe-pending.txt", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-08-01", "154.22", "Costco", "Groceries"),
                row("2024-08-03", "48.00", "Shell", "Fuel"));
        skips(report, Map.of(PENDING, 2, MONEY_IN, 1));
        assertThat(report.detected().separator()).isEqualTo('|');
    }

    @Test
    void utf16WithAByteOrderMarkAndTabs() throws IOException {
        var report = load("utf16-tab.txt", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-09-03", "8.40", "Café Luna", "Cortado and croissant"),
                row("2024-09-13", "96.12", "PG&E", "Electric bill"),
                row("2024-09-20", "149.00", "REI", "Rain jacket"));
        assertThat(report.detected().encoding()).isEqualTo("UTF-16LE with a byte-order mark");
        assertThat(report.detected().separator()).isEqualTo('\t');
    }

    @Test
    void canonicalFileReadsAsBefore() throws IOException {
        var report = load("canonical.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-10-01", "1475.00", "Oakwood Apartments", "Monthly rent"),
                row("2024-10-02", "80.00", "Nopa", "Dinner, with \"friends\""),
                row("2024-10-03", "4.35", "Starbucks", "Coffee"));
        assertThat(report.totalSkipped()).isZero();
        assertThat(report.detected().sign()).isEqualTo(SignConvention.EXPENSES_ONLY);
    }

    @Test
    void ukFileWithoutAHeaderIsDayFirstFromItsDates() throws IOException {
        var report = load("uk-no-header-dmy.csv", "GBP");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-05", "23.45", "", "TESCO STORES 3217"),
                row("2024-01-08", "6.80", "", "TFL TRAVEL CH"),
                row("2024-01-16", "17.99", "", "AMAZON.CO.UK"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void anUnknownTextColumnBecomesTheDescription() throws IOException {
        var report = load("unknown-text-column.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-11-02", "23.10", "", "Hardware store - screws and paint"),
                row("2024-11-05", "14.00", "", "Farmers market vegetables"),
                row("2024-11-09", "45.00", "", "Bike repair"));
        assertThat(report.detected().columns()).contains("description=Text");
    }

    @Test
    void ofx1SgmlBankStatement() throws IOException {
        var report = load("bank-v1.ofx", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-05", "30.17", "WHOLE FOODS MARKET", "POS PURCHASE 1234"),
                row("2024-01-08", "64.99", "AT&T MOBILITY", "AT&T MOBILITY"),
                row("2024-01-18", "1200.00", "CHECK 1043", "CHECK 1043"));
        skips(report, Map.of(MONEY_IN, 2, REFUND_NETTED, 1));
        assertThat(report.detected().format()).isEqualTo(StatementFormat.OFX_SGML);
        assertThat(report.detected().account()).isEqualTo("bank account");
        assertThat(report.detected().currency()).isEqualTo("USD");
    }

    @Test
    void ofx2XmlCreditCardStatement() throws IOException {
        var report = load("card-v2.ofx", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-03", "27.50", "BARNES & NOBLE #2201", "BARNES & NOBLE #2201"),
                row("2024-02-10", "118.04", "Chevron Station 77", "Fuel"),
                row("2024-02-26", "9.99", "Spotify & Co", "Spotify & Co"));
        skips(report, Map.of(CARD_PAYMENT, 1, ZERO, 1));
        assertThat(report.detected().format()).isEqualTo(StatementFormat.OFX_XML);
        assertThat(report.detected().account()).isEqualTo("credit card");
    }

    @Test
    void qfxCreditCardStatementOnOneLine() throws IOException {
        var report = load("card.qfx", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-03-04", "56.20", "TRADER JOE S #552", "GROCERY"),
                row("2024-03-27", "14.75", "CHIPOTLE 1021", "CHIPOTLE 1021"));
        skips(report, Map.of(REFUND_NETTED, 1, REFUNDED_IN_FULL, 1, CARD_PAYMENT, 1));
        assertThat(report.detected().format()).isEqualTo(StatementFormat.QFX);
    }

    @Test
    void qifBankWithQuickenDatesTransfersAndSplits() throws IOException {
        var report = load("bank.qif", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-05", "42.17", "Whole Foods Market", "Weekly groceries"),
                row("2024-01-09", "1200.00", "Oakwood Apartments", "Rent January"),
                row("2024-01-28", "61.48", "City Power & Light", "City Power & Light"));
        skips(report, Map.of(MONEY_IN, 1, TRANSFER, 1));
        assertThat(expenses()).extracting(Expense::categoryName).containsExactlyInAnyOrder("Groceries", "Housing",
                "Electric");
        assertThat(report.detected().format()).isEqualTo(StatementFormat.QIF);
        assertThat(report.detected().dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void qifCreditCardWithDayFirstDates() throws IOException {
        var report = load("card.qif", "GBP");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-03", "18.50", "PRET A MANGER", "PRET A MANGER"),
                row("2024-02-14", "74.99", "JOHN LEWIS", "Cushions"),
                row("2024-02-27", "9.00", "NETFLIX.COM", "NETFLIX.COM"));
        skips(report, Map.of(CARD_PAYMENT, 1));
        assertThat(report.detected().account()).isEqualTo("credit card");
        assertThat(report.detected().dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void camt053BookedEntriesOnlyWithABatchAndAReversal() throws IOException {
        var report = load("camt053-v2.xml", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-05-02", "54.37", "REWE Markt GmbH", "REWE SAGT DANKE Karte 1234 02.05."),
                row("2024-05-20", "120.00", "Stadtwerke Köln", "Abschlag Strom Mai"),
                row("2024-05-20", "70.00", "Telekom Deutschland", "Festnetz Mai"));
        skips(report, Map.of(MONEY_IN, 1, REFUND_NETTED, 1, REFUNDED_IN_FULL, 1, PENDING, 1));
        assertThat(report.detected().format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(report.detected().currency()).isEqualTo("EUR");
    }

    @Test
    void camt053Version8WithStatusCodesAndParties() throws IOException {
        var report = load("camt053-v8.xml", "EUR");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-06-01", "1100.00", "Woonstichting Thuis", "Huur juni"),
                row("2024-06-03", "23.45", "Albert Heijn 1403", "Boodschappen"));
        skips(report, Map.of(MONEY_IN, 1, PENDING, 2));
    }

    @Test
    void statementInAnotherCurrencyWithoutRatesIsRefusedNamingTheCurrencyAndDates() {
        assertThatThrownBy(() -> load("camt053-v2.xml", "USD"))
                .isInstanceOf(ImportException.class)
                .hasMessage("camt053-v2.xml: 3 lines in EUR dated 2024-05-02 to 2024-05-20, and no rate of EUR to USD"
                        + " on or before 2024-05-02 (you have no rates of EUR up to then), so nothing was imported:"
                        + " import or download rates of EUR, or enter one for the first date");
        assertThat(expenses()).isEmpty();
    }

    @Test
    void importingAnOverlappingStatementAgainAddsNothing() throws IOException {
        load("bank-v1.ofx", "USD");
        var again = services.importer().importFile(user, dir.resolve("bank-v1.ofx"), ImportOptions.DEFAULT);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicatesSkipped()).isEqualTo(3);
    }

    @Test
    void everyLineIsEitherImportedOrCounted() throws IOException {
        var report = load("revolut-states.csv", "EUR");
        assertThat(report.imported() + report.duplicatesSkipped() + report.totalSkipped()).isEqualTo(8);
    }

    @Test
    void usCheckingWithATrailingCommaAndACardRepaymentGoingOut() throws IOException {
        var report = load("us-checking-trailing-comma.csv", "USD");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-01-05", "42.17", "", "WHOLE FOODS MARKET #10234 SAN FRANCISCO CA"),
                row("2024-01-22", "150.00", "", "CHECK 1045"));
        skips(report, Map.of(MONEY_IN, 1, CARD_PAYMENT, 1));
    }

    @Test
    void ukDebitAndCreditAmountColumnsDayFirst() throws IOException {
        var report = load("uk-debit-credit-amounts.csv", "GBP");
        assertThat(rows()).containsExactlyInAnyOrder(
                row("2024-02-14", "23.10", "", "TESCO STORES 2049"),
                row("2024-02-16", "45.00", "", "VIRGIN MEDIA"),
                row("2024-02-20", "8.99", "", "BOOTS 1123"));
        skips(report, Map.of(MONEY_IN, 1));
        assertThat(report.detected().dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void n26EnglishExportWithAMerchantGivingMoneyBack() throws IOException {
        var report = load("n26-english.csv", "EUR");
        assertThat(rows()).containsExactly(row("2024-03-01", "12.50", "Rewe", ""));
        skips(report, Map.of(MONEY_IN, 1, REFUND_NETTED, 1, REFUNDED_IN_FULL, 1));
        assertThat(report.detected().currency()).isEqualTo("EUR");
    }
}
