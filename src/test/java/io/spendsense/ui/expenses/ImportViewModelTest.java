package io.spendsense.ui.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    FakeDialogService dialogs = new FakeDialogService();
    ExpensesViewModel list;
    ImportViewModel vm;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        list = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), dialogs, US_AMOUNTS);
        list.start();
        vm = list.importer();
    }

    @AfterEach
    void close() {
        services.close();
    }

    Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("in.csv"), text);
    }

    @Test
    void previewShowsHeaderAndFirstRowsAndOffersTheColumns() throws Exception {
        vm.choose(csv("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Shop,Groceries,Safeway,40.00
                """));
        assertThat(vm.previewProperty().get().header()).containsExactly("date", "description", "category", "payee",
                "amount");
        assertThat(vm.previewProperty().get().rows()).hasSize(2);
        assertThat(vm.columnChoices()).startsWith(ImportViewModel.DETECT).contains("payee");
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void goodFileIsImportedAndTheTableReloads() throws Exception {
        vm.choose(csv("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Shop,Groceries,Safeway,40.00
                """));
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).isEqualTo("Imported 2 expenses.");
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(list.rows()).hasSize(2);
        assertThat(list.footerProperty().get()).isEqualTo("2 expenses · Total $52.50");
    }

    @Test
    void rejectedFileListsTheBadLinesAndImportsNothing() throws Exception {
        vm.choose(csv("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Shop,Groceries,Safeway,forty
                not a date,Bus,Transport,BART,2.00
                """));
        vm.runImport();
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.outcomeProperty().get()).contains("2 bad lines, nothing imported");
        assertThat(vm.problems()).hasSize(2);
        assertThat(vm.problems().get(0)).startsWith("Line 3");
        assertThat(vm.problems().get(1)).startsWith("Line 4");
        assertThat(services.summaries().count(alice, ExpenseFilter.ALL)).isZero();
    }

    @Test
    void chosenColumnsOverrideDetection() throws Exception {
        vm.choose(csv("""
                When,What,Cost,Shop
                03/01/2026,Lunch,12.50,Chipotle
                """));
        vm.runImport();
        assertThat(vm.failedProperty().get()).isTrue();
        vm.dateColumnProperty().set("When");
        vm.amountColumnProperty().set("Cost");
        vm.descriptionColumnProperty().set("What");
        vm.payeeColumnProperty().set("Shop");
        vm.dateFormatProperty().set("MM/dd/yyyy");
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 1 expense");
        assertThat(list.rows().get(0).payee()).isEqualTo("Chipotle");
        assertThat(list.rows().get(0).date()).hasToString("2026-03-01");
    }

    @Test
    void importingTheSameFileTwiceSkipsDuplicates() throws Exception {
        Path file = csv("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                """);
        vm.choose(file);
        vm.runImport();
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).isEqualTo("Imported 0 expenses; 1 already there, skipped.");
    }

    @Test
    void exportWritesTheFilteredViewAsCsv() throws Exception {
        vm.choose(csv("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Shop,Groceries,Safeway,40.00
                """));
        vm.runImport();
        list.searchTextProperty().set("chipotle");
        Path out = dir.resolve("out.csv");
        list.exportTo(out);
        assertThat(Files.readAllLines(out)).containsExactly("date,description,category,payee,amount",
                "2026-03-01,Lunch,Dining,Chipotle,12.50");
        assertThat(dialogs.notifications).containsExactly("Exported 1 expense to out.csv");
    }

    @Test
    void previewSaysHowTheFileIsReadAndWhatWillBeSkipped() throws Exception {
        Path file = dir.resolve("umsaetze.csv");
        Files.write(file, ("Buchungstag;Verwendungszweck;Betrag\n02.03.26;B\u00e4ckerei;-3,20\n05.03.26;Gehalt;"
                + "2.500,00\n09.03.26;Miete;-950,00\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        vm.choose(file);
        assertThat(vm.detectedProperty().get()).contains("encoding: Windows-1252 (not valid UTF-8)",
                "separator: ';'", "dates: dd.MM.yy, day first", "decimal separator: comma", "signs: charges negative");
        assertThat(vm.skippedProperty().get()).isEqualTo("Will import 2 expenses; will skip 1 money coming in"
                + " (income, transfers in).");
        assertThat(vm.previewProperty().get().rows()).hasSize(3);
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).isEqualTo("Imported 2 expenses; skipped 1 money coming in (income,"
                + " transfers in).");
    }

    @Test
    void anOfxFileIsPreviewedAsTheExpensesItWillAdd() throws Exception {
        Path file = Files.writeString(dir.resolve("s.ofx"), """
                OFXHEADER:100
                DATA:OFXSGML

                <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260301<TRNAMT>-12.50<FITID>1<NAME>Chipotle</STMTTRN>
                <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260302<TRNAMT>100.00<FITID>2<NAME>Employer</STMTTRN>
                </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
                """);
        vm.choose(file);
        assertThat(vm.previewProperty().get().header()).containsExactly("Date", "Amount", "Payee", "Description",
                "Category");
        assertThat(vm.previewProperty().get().rows()).containsExactly(
                java.util.List.of("2026-03-01", "12.50", "Chipotle", "Chipotle", ""));
        assertThat(vm.columnChoices()).containsExactly(ImportViewModel.DETECT);
        assertThat(vm.detectedProperty().get()).startsWith("format: OFX 1 (SGML), bank account");
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).startsWith("Imported 1 expense; skipped 1 money coming in");
    }

    @Test
    void aFileWhoseDateOrderCannotBeToldAsksForItAndTheChoiceReadsIt() throws Exception {
        vm.choose(csv("""
                Date,Description,Amount
                02/01/2026,Coffee,-4.50
                05/01/2026,Lunch,-12.00
                """));
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.outcomeProperty().get()).contains("choose the Date order");
        vm.dateOrderProperty().set(ImportViewModel.DAY_FIRST);
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.detectedProperty().get()).contains("dates: dd/MM/yyyy, day first (given)");
        vm.runImport();
        assertThat(list.rows()).extracting(r -> r.date().toString()).containsExactlyInAnyOrder("2026-01-02",
                "2026-01-05");
    }

    @Test
    void aDateTheFileFormatCannotReadNamesTheDateFormatChooserNotAnOption() throws Exception {
        vm.choose(csv("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-01-32,Bus,Transport,BART,2.00
                """));
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.problems()).containsExactly("Line 3, date: '2026-01-32' is not a valid date in the format"
                + " yyyy-MM-dd (choose another Date format)");
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).isEqualTo("in.csv: 1 bad line, nothing imported. Fix these lines and"
                + " import again:");
        assertThat(vm.problems()).containsExactly("Line 3, date: '2026-01-32' is not a valid date in the format"
                + " yyyy-MM-dd (choose another Date format)");
    }

    @Test
    void eachHintNamesTheDialogsChooserNeverACommandLineOption() throws Exception {
        vm.choose(csv("""
                Date,Description,Amount
                02/01/2026,Coffee,-4.50
                """));
        assertThat(vm.outcomeProperty().get()).isEqualTo("in.csv: the dates could be day first or month first"
                + " (is '02/01/2026' 2 January or February 1?) and nothing else in the file tells; choose the Date"
                + " order (or a Date format)");
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).endsWith("; choose the Date order (or a Date format)");
        assertThat(vm.problems()).isEmpty();

        vm.choose(csv("""
                When,What
                2026-03-01,Lunch
                """));
        assertThat(vm.problems()).containsExactly(
                "Line 1, amount: missing column: no header named Amount, Debit, Betrag, Bedrag, Montant, Importe;"
                        + " choose its column above",
                "Line 1, date: missing column: no header named Date, Transaction Date, Buchungstag, Datum, Fecha;"
                        + " choose its column above");
        assertThat(String.join("\n", vm.problems()) + vm.outcomeProperty().get()).doesNotContain("--");

        assertThat(ImportViewModel.word("amount -4.50 must be greater than 0",
                io.spendsense.service.imports.ImportHint.SIGN, "amount")).isEqualTo("amount -4.50 must be greater"
                + " than 0 (the canonical format has positive amounts only; choose the Signs for a bank export)");
        assertThat(ImportViewModel.word("ambiguous date '02/01/2026': the file has both day-first and month-first"
                + " dates", io.spendsense.service.imports.ImportHint.DATE_FORMAT, "date")).endsWith(
                "dates; give the format under Date format");
    }

    @Test
    void theEncodingCanBeChosenAndTheTableAndImportFollow() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "Date,Description,Amount\n2026-03-02,Caf\u00e9 Central,-4.50\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        vm.choose(file);
        assertThat(vm.detectedProperty().get()).contains("encoding: Windows-1252 (not valid UTF-8)");
        assertThat(vm.encodingProperty().get()).isEqualTo(ImportViewModel.DETECT);
        assertThat(ImportViewModel.ENCODINGS).startsWith(ImportViewModel.DETECT).contains("UTF-8", "windows-1252");

        vm.encodingProperty().set("UTF-8");
        assertThat(vm.detectedProperty().get()).contains("encoding: UTF-8 (given)");
        assertThat(vm.previewProperty().get().rows().get(0)).contains("Caf\uFFFD Central");

        vm.encodingProperty().set("ISO-8859-1");
        assertThat(vm.detectedProperty().get()).contains("encoding: ISO-8859-1 (given)");
        assertThat(vm.previewProperty().get().rows().get(0)).contains("Caf\u00e9 Central");
        vm.runImport();
        assertThat(list.rows()).extracting(r -> r.description()).containsExactly("Caf\u00e9 Central");
    }

    @Test
    void aDateOrderChosenOnceIsUsedForTheSameLayoutAndThePreviewSaysSo() throws Exception {
        vm.choose(csv("""
                Date,Description,Amount
                02/01/2026,Coffee,-4.50
                05/01/2026,Lunch,-12.00
                """));
        vm.dateOrderProperty().set(ImportViewModel.DAY_FIRST);
        vm.runImport();

        vm.choose(Files.writeString(dir.resolve("next.csv"), """
                Date,Description,Amount
                03/02/2026,Coffee,-4.50
                """));

        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.dateOrderProperty().get()).isEqualTo(ImportViewModel.DETECT);
        assertThat(vm.detectedProperty().get())
                .startsWith("Using your saved settings for this layout (date order day first); format: CSV");
        vm.runImport();
        assertThat(list.rows()).extracting(r -> r.date().toString()).contains("2026-02-03");
    }

    @Test
    void theTableShowsTheHeaderFoundWithTheSavedLinesToSkip() throws Exception {
        String preamble = "Date,Description\nAccount 20-32-06 13152170\n";
        String header = "Number,Date,Account,Amount,Memo\n";
        services.importer().importFile(alice, Files.writeString(dir.resolve("jan.csv"), preamble + header
                + "1,2026-01-02,20-32-06,-4.50,PRET\n"), io.spendsense.service.ImportOptions.DEFAULT.withFormat(
                io.spendsense.service.CsvFormatOptions.DETECT.withOverrides(null, null, null, null, 2)));

        vm.choose(Files.writeString(dir.resolve("feb.csv"), preamble + header + "1,2026-02-03,20-32-06,-7.80,PRET\n"));

        assertThat(vm.previewProperty().get().header()).containsExactly("Number", "Date", "Account", "Amount",
                "Memo");
        assertThat(vm.detectedProperty().get()).startsWith("Using your saved settings for this layout"
                + " (lines before the header 2)");
    }

    @Test
    void signsGuessedFromTheMajorityNameTheSignsChooserNotAnOption() throws Exception {
        vm.choose(csv("""
                Date,Description,Amount
                2026-03-02,Coffee,-4.50
                2026-03-03,Lunch,-12.00
                2026-03-04,Book,8.00
                """));
        assertThat(vm.detectedProperty().get())
                .contains("signs: charges negative (most amounts are negative; choose the Signs to override)")
                .doesNotContain("--");
        assertThat(ImportViewModel.word("most amounts are positive",
                io.spendsense.service.imports.ImportHint.GUESSED_SIGN, "sign"))
                .isEqualTo("most amounts are positive; choose the Signs to override");
    }

    @Test
    void theSignConventionCanBeFlipped() throws Exception {
        vm.choose(csv("""
                Date,Description,Amount
                2026-03-02,Coffee,4.50
                2026-03-03,AUTOPAY PAYMENT - THANK YOU,-300.00
                """));
        assertThat(vm.detectedProperty().get()).contains("signs: charges positive");
        vm.signProperty().set(ImportViewModel.CHARGES_NEGATIVE);
        assertThat(vm.detectedProperty().get()).contains("signs: charges negative (given)");
        assertThat(vm.skippedProperty().get()).startsWith("Will import 1 expense;");
    }

    @Test
    void aStatementInAnotherCurrencyWithoutRatesCannotBeImportedAndWithARateIsConverted() throws Exception {
        Path file = csv("""
                Date,Description,Amount,Currency
                2026-03-02,Coffee,-4.50,EUR
                """);
        vm.choose(file);
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.outcomeProperty().get()).isEqualTo("1 line in EUR dated 2026-03-02, and no rate of EUR to USD on"
                + " or before 2026-03-02 (you have no rates of EUR up to then), so the file cannot be imported yet:"
                + " import or download rates of EUR, or enter one for the first date.");
        services.rates().add(alice, java.time.LocalDate.of(2026, 3, 1), "EUR", new java.math.BigDecimal("1.10"));
        vm.choose(file);
        assertThat(vm.canImportProperty().get()).isTrue();
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).contains("1 converted from EUR to USD, 1 of them at an estimated rate");
        assertThat(list.rows()).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualByComparingTo("4.95");
            assertThat(e.foreign().currency()).isEqualTo("EUR");
        });
    }

    @Test
    void aFileThatDoesNotSayIsReadInTheCurrencyChosenInTheDialog() throws Exception {
        services.rates().add(alice, java.time.LocalDate.of(2026, 3, 1), "GBP", new java.math.BigDecimal("1.25"));
        Path file = csv("""
                Date,Description,Amount
                2026-03-02,Tea,-4.00
                """);
        vm.choose(file);
        assertThat(vm.currencyProperty().get()).isEqualTo("As the file says, else USD");
        vm.currencyProperty().set("GBP");
        assertThat(vm.canImportProperty().get()).isTrue();
        vm.runImport();
        assertThat(list.rows()).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualByComparingTo("5.00");
            assertThat(e.foreign().amount()).isEqualByComparingTo("4.00");
        });
    }

    @Test
    void aRefundWithoutItsPurchaseIsNamedAfterTheImport() throws Exception {
        vm.choose(csv("""
                Date,Description,Debit,Credit
                2026-03-02,Coffee,4.50,
                2026-03-05,SHOE SHOP REFUND,,30.00
                """));
        assertThat(vm.skippedProperty().get()).contains("Line 3: a refund of 30.00 on 2026-03-05");
        vm.runImport();
        assertThat(vm.outcomeProperty().get()).isEqualTo("Imported 1 expense; skipped 1 refunds whose purchase is"
                + " not in this file.\nLine 3: a refund of 30.00 on 2026-03-05 from SHOE SHOP REFUND is not an expense"
                + " and its purchase is not in this file; if you imported the purchase before, lower it by hand.");
    }
}
