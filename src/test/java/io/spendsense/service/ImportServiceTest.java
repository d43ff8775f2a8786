package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BothDatabases
class ImportServiceTest {
    static final String HEADER = "date,description,category,payee,amount\n";

    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
    }

    @AfterEach
    void close() {
        services.close();
    }

    ImportReport importText(String csv) throws IOException {
        return importText(csv, ImportOptions.DEFAULT);
    }

    ImportReport importText(String csv, ImportOptions options) throws IOException {
        return services.importer().importCsv(alice, "test.csv", new StringReader(csv), options);
    }

    List<Expense> all() {
        return services.expenses()
        .page(alice, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0, 1000)
                .items();
    }

    ImportException rejected(String csv) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class, () -> importText(csv));
        assertThat(thrown).as("import should be refused").isNotNull();
        assertThat(all()).as("nothing imported").isEmpty();
        return thrown;
    }

    @Test
    void canonicalFileIsImportedWithItsCategoriesAndPayees() throws IOException {
        var report = importText(HEADER + """
                2024-01-01,Monthly rent,Housing,Oakwood Apartments,1475.00
                2024-01-02,Coffee,Dining,Starbucks,4.35
                """);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.categoriesCreated()).isEmpty();
        assertThat(all())
                .extracting(Expense::date, e -> e.amount().toPlainString(), Expense::categoryName, Expense::payee)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), "1475.00", "Housing",
                        "Oakwood Apartments"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 2), "4.35", "Dining", "Starbucks"));
    }

    @ParameterizedTest(name = "{0}")
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            bad date                | 2024-02-30,Coffee,Dining,Starbucks,4.35       | date        | not a valid date
            missing date            | ,Coffee,Dining,Starbucks,4.35                 | date        | date is required
            bad amount              | 2024-01-02,Coffee,Dining,Starbucks,4.3x       | amount      | '4.3x' is not a number
            missing amount          | 2024-01-02,Coffee,Dining,Starbucks,           | amount      | amount is required
            negative amount         | 2024-01-02,Coffee,Dining,Starbucks,-4.35      | amount      | must be greater than 0
            too many decimals       | 2024-01-02,Coffee,Dining,Starbucks,4.355      | amount      | at most 2 decimals
            too large               | 2024-01-02,Coffee,Dining,Starbucks,1000000000.01 | amount   | at most 1,000,000,000.00
            too few columns         | 2024-01-02,Coffee,Dining,4.35                 |             | wrong column count: 4 fields
            too many columns        | 2024-01-02,Coffee,Dining,Starbucks,4.35,extra |             | wrong column count: 6 fields
            year out of range       | 1850-01-02,Coffee,Dining,Starbucks,4.35       | date        | between the years 1900 and 2999
            """)
    // CHECKSTYLE.ON: LineLength
    void importRejectsWholeFileWhenOneLineIsBad(String kind, String badLine, String field, String reason) {
        var e = rejected(HEADER + "2024-01-01,Lunch,Dining,Chipotle,12.00\n" + badLine + "\n"
                + "2024-01-03,Lunch,Dining,Chipotle,12.00\n");
        assertThat(e.badLines()).isEqualTo(1);
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(3);
            assertThat(err.field()).isEqualTo(field);
            assertThat(err.message()).contains(reason);
        });
        assertThat(e.getMessage()).isEqualTo("test.csv: 1 bad line, nothing imported");
    }

    @Test
    void tooLongDescriptionAndPayeeAreBadLines() {
        var e = rejected(HEADER + "2024-01-01," + "d".repeat(501) + ",Dining," + "p".repeat(201) + ",4.35\n");
        assertThat(e.errors()).extracting(ImportException.LineError::field).containsExactly("description", "payee");
        assertThat(e.errors().get(0).message()).isEqualTo("description must be at most 500 characters (it has 501)");
    }

    @Test
    void onlyTheFirstTwentyBadLinesAreReportedButAllAreCounted() {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("2024-01-01,Coffee,Dining,Starbucks,").append(i % 2 == 0 ? "abc" : "4.35").append('\n');
        }
        csv.append("2024-13-01,Coffee,Dining,Starbucks,4.35\n");
        var e = rejected(csv.toString());
        assertThat(e.badLines()).isEqualTo(26);
        assertThat(e.errors()).hasSize(20).extracting(ImportException.LineError::line)
                .startsWith(2L, 4L, 6L).endsWith(40L);
    }

    @Test
    void badLinesOfDifferentKindsAreReportedInLineOrder() {
        var e = rejected(HEADER + "01/02/2024,Coffee,Dining,Starbucks,4.35\n2024-01-01,Coffee,Dining,Starbucks,abc\n"
                + "2024-01-01,Coffee,Dining,Starbucks,4.35\n2024-01-01,Coffee,Dining,Starbucks,-1.00\n");
        assertThat(e.errors()).extracting(ImportException.LineError::line, ImportException.LineError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "date"),
                        org.assertj.core.groups.Tuple.tuple(3L, "amount"),
                        org.assertj.core.groups.Tuple.tuple(5L, "amount"));
    }

    @Test
    void missingAmountColumnIsReportedOnTheHeaderLine() {
        var e = rejected("date,description,payee\n2024-01-01,Coffee,Starbucks\n");
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(1);
            assertThat(err.field()).isEqualTo("amount");
            assertThat(err.message()).startsWith("missing column");
        });
    }

    @Test
    void unclosedQuoteIsABadLine() {
        var e = rejected(HEADER + "2024-01-01,\"Coffee,Dining,Starbucks,4.35\n");
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).contains("quoted field"));
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() throws IOException {
        String csv = HEADER + """
                2024-01-02,Coffee,Dining,Starbucks,4.35
                2024-01-02,Coffee,Dining,Starbucks,4.35
                2024-01-03,Lunch,Dining,Chipotle,12.00
                """;
        assertThat(importText(csv).imported()).as("equal rows inside one file are kept").isEqualTo(3);
        var second = importText(csv);
        assertThat(second.imported()).isZero();
        assertThat(second.duplicatesSkipped()).isEqualTo(3);
        assertThat(all()).hasSize(3);
    }

    @Test
    void allowDuplicatesImportsEqualRowsAgain() throws IOException {
        String csv = HEADER + "2024-01-02,Coffee,Dining,Starbucks,4.35\n";
        importText(csv);
        var again = importText(csv, ImportOptions.DEFAULT.withAllowDuplicates(true));
        assertThat(again.imported()).isEqualTo(1);
        assertThat(again.duplicatesSkipped()).isZero();
        assertThat(all()).hasSize(2);
    }

    @Test
    void duplicatesIgnoreCaseAndSurroundingSpacesOfPayeeAndDescription() throws IOException {
        importText(HEADER + "2024-01-02,Coffee,Dining,Starbucks,4.35\n");
        var report = importText(HEADER + "2024-01-02, coffee ,Dining,STARBUCKS,4.350\n");
        assertThat(report.duplicatesSkipped()).isEqualTo(1);
    }

    @Test
    void unknownCategoryIsCreated() throws IOException {
        var report = importText(HEADER + "2024-01-02,Kibble,Pets,PetSmart,30.00\n2024-01-03,Toy,pets,PetSmart,5.00\n");
        assertThat(report.categoriesCreated()).containsExactly("Pets");
        assertThat(all()).extracting(Expense::categoryName).containsOnly("Pets");
    }

    @Test
    void unknownCategoryIsMappedToTheGivenExistingCategory() throws IOException {
        var report = importText(HEADER
        + "2024-01-02,Kibble,Pets,PetSmart,30.00\n2024-01-03,Coffee,dining,Peet's,4.00\n",
                ImportOptions.DEFAULT.withUnknownCategory("other"));
        assertThat(report.categoriesCreated()).isEmpty();
        assertThat(all()).extracting(Expense::categoryName).containsExactly("Other", "Dining");
        assertThat(services.categories().findByName(alice, "Pets")).isEmpty();
    }

    @Test
    void mappingToAMissingCategoryIsAnErrorAndImportsNothing() {
        assertThatThrownBy(() -> importText(HEADER + "2024-01-02,Kibble,Pets,PetSmart,30.00\n",
                ImportOptions.DEFAULT.withUnknownCategory("Animals")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no category named 'Animals'");
        assertThat(all()).isEmpty();
    }

    @Test
    void bankExportWithBomSemicolonsDayFirstDatesAndDecimalCommas() throws IOException {
        var report = importText("\uFEFFBuchungstag;Verwendungszweck;Betrag\n"
                + "24.01.2024;\"Miete; Januar\";-1.234,56\n"
                + "25.01.2024;Bäckerei;-3,20\n"
                + "26.01.2024;Gehalt;2.500,00\n");
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.creditsSkipped()).isEqualTo(1);
        assertThat(all())
                .extracting(Expense::date, e -> e.amount().toPlainString(), Expense::description, Expense::categoryName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 24), "1234.56",
                        "Miete; Januar", "Other"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 25), "3.20", "Bäckerei", "Other"));
    }

    @Test
    void usBankExportWithMonthFirstDatesNegativeDebitsAndQuotedThousands() throws IOException {
        var report = importText("""
                Transaction Date,Posted Date,Description,Category,Amount
                01/05/2024,01/06/2024,"AMAZON MKTPLACE, SEATTLE",Shopping,"-1,234.56"
                01/15/2024,01/16/2024,"Coffee ""to go""
                with a second line",Dining,-4.35
                01/20/2024,01/20/2024,PAYMENT THANK YOU,,500.00
                """);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.creditsSkipped()).isEqualTo(1);
        assertThat(all()).extracting(Expense::date, e -> e.amount().toPlainString(), Expense::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 5), "1234.56",
                        "AMAZON MKTPLACE, SEATTLE"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 15), "4.35",
                        "Coffee \"to go\"\nwith a second line"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12/31/2024,    ,           2024-12-31
            31/12/2024,    ,           2024-12-31
            1/15/2024,     ,           2024-01-15
            2024-1-5,      ,           2024-01-05
            31.12.2024,    ,           2024-12-31
            2024/12/31,    yyyy/MM/dd, 2024-12-31
            31-Dec-2024,   dd-MMM-yyyy, 2024-12-31
            """)
    void dateFormatIsDetectedPerFileOrGiven(String text, String pattern, LocalDate expected) throws IOException {
        var options = ImportOptions.DEFAULT.withFormat(CsvFormatOptions.DETECT.withDateFormat(pattern));
        importText("Date,Description,Amount\n" + text + ",Coffee,4.35\n", options);
        assertThat(all()).singleElement().extracting(Expense::date).isEqualTo(expected);
    }

    @Test
    void fileMixingDayFirstAndMonthFirstDatesReportsTheAmbiguousLines() {
        var e = rejected("Date,Description,Amount\n13/01/2024,Coffee,4.35\n01/13/2024,Tea,3.00\n");
        assertThat(e.errors()).extracting(ImportException.LineError::message)
                .allMatch(m -> m.startsWith("ambiguous date"));
    }

    @Test
    void dateInAnotherFormatThanTheFilesIsABadLine() {
        var e = rejected(
        "Date,Description,Amount\n2024-01-02,Coffee,4.35\n2024-01-03,Tea,3.00\n01/04/2024,Cake,3.00\n");
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(4);
            assertThat(err.message()).contains("format yyyy-MM-dd");
        });
    }

    @Test
    void columnsCanBeGivenByNameOrNumber() throws IOException {
        var options = ImportOptions.DEFAULT.withFormat(CsvFormatOptions.DETECT.withColumns("When", "3", "What", "Who",
                null));
        importText("When,What,Sum,Who\n2024-01-02,Coffee,4.35,Starbucks\n", options);
        assertThat(all()).singleElement().satisfies(e -> {
            assertThat(e.payee()).isEqualTo("Starbucks");
            assertThat(e.description()).isEqualTo("Coffee");
            assertThat(e.amount()).isEqualByComparingTo("4.35");
        });
    }

    @Test
    void debitAndCreditColumnsSkipCredits() throws IOException {
        var report = importText("Date,Description,Debit,Credit\n2024-01-02,Coffee,4.35,\n2024-01-03,Refund,,20.00\n");
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.creditsSkipped()).isEqualTo(1);
    }

    @Test
    void tabSeparatedFileIsDetected() throws IOException {
        importText("Date\tDescription\tPayee\tAmount\n2024-01-02\tCoffee, large\tStarbucks\t4.35\n");
        assertThat(all()).singleElement().satisfies(e -> assertThat(e.description()).isEqualTo("Coffee, large"));
    }

    @Test
    void headerOnlyFileImportsNothingAndSucceeds() throws IOException {
        assertThat(importText(HEADER).imported()).isZero();
    }

    @Test
    void emptyFileIsRefused() {
        var e = rejected("");
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.message()).contains("empty"));
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayRight() {
        var e = rejected(HEADER + "\n2024-01-01,Coffee,Dining,Starbucks,4.35\n\n2024-01-01,Tea,Dining,Peet's,x\n");
        assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.line()).isEqualTo(5));
    }

    @Test
    void fileThatIsNotUtf8IsReadAsWindows1252() {
        var big = dir.resolve("big-latin1.csv");
        try {
            java.nio.file.Files.write(big, (HEADER + "2024-01-01,Coffee,Dining,Peet's,4.35\n".repeat(300)
                    + "2024-01-01,Caf\u00e9 cr\u00e8me,Dining,Peet's,4.35\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            var report = services.importer().importFile(alice, big, ImportOptions.DEFAULT);
            assertThat(report.imported()).isEqualTo(301);
            assertThat(report.detected().encoding()).isEqualTo("Windows-1252 (not valid UTF-8)");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(all()).extracting(Expense::description).contains("Caf\u00e9 cr\u00e8me");
    }

    @Test
    void zeroAmountRowIsSkippedAndCountedNotFatal() throws IOException {
        var report = importText(HEADER
        + "2024-01-01,Lunch,Dining,Chipotle,12.00\n2024-01-02,Void,Dining,Chipotle,0.00\n");
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped(io.spendsense.service.imports.SkipReason.ZERO)).isEqualTo(1);
    }

    @Test
    void unknownFileIsAServiceError() {
        assertThatThrownBy(() -> services.importer().importFile(alice, dir.resolve("nope.csv"), ImportOptions.DEFAULT))
                .isInstanceOf(ServiceException.class).hasMessageStartingWith("No such file");
    }

    @Test
    void importIsScopedToTheSignedInUser() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        importText(HEADER + "2024-01-02,Kibble,Pets,PetSmart,30.00\n");
        assertThat(services.summaries().count(bob, ExpenseFilter.ALL)).isZero();
        assertThat(services.categories().findByName(bob, "Pets")).isEmpty();
        var report = services.importer().importCsv(bob, "b.csv",
                new StringReader(HEADER + "2024-01-02,Kibble,Pets,PetSmart,30.00\n"), ImportOptions.DEFAULT);
        assertThat(report.duplicatesSkipped()).as("alice's rows are not bob's duplicates").isZero();
    }

    @Test
    void fileWithoutAHeaderKeepsItsFirstRowAndAcceptsShortRows() throws IOException {
        var report = importText("""
                2024-01-13,Coffee,-4.35,Starbucks
                2024-01-14,Tea,-3.00
                2024-01-15,Salary,2000.00,ACME
                """);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.detected().header()).isFalse();
        assertThat(all()).extracting(Expense::date).containsExactly(LocalDate.of(2024, 1, 13),
                LocalDate.of(2024, 1, 14));
    }
}
