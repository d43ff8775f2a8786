package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OFX FITIDs and CAMT AcctSvcrRefs are stored with the expenses they become, so that an overlapping statement adds
 * only what is new, per user.
 */
@BothDatabases
class ImportReferencesTest {
    @TempDir
    Path dir;
    TestDatabase database;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services services;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    SignedInUser user(String name, String currency) {
        services.auth().register(name, null, null, TestUsers.PASSWORD, currency);
        return services.auth().signIn(name, TestUsers.PASSWORD);
    }

    Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream("/io/spendsense/service/imports/" + name)) {
                Files.copy(Objects.requireNonNull(in, name), file);
            }
        }
        return file;
    }

    ImportReport load(SignedInUser who, String name) throws IOException {
        return services.importer().importFile(who, resource(name), ImportOptions.DEFAULT);
    }

    List<String> rows(SignedInUser who) {
        return services.expenses().page(who, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                100).items().stream().map(ImportReferencesTest::text).sorted().toList();
    }

    static String text(Expense e) {
        return e.date() + " " + e.amount().toPlainString() + " " + e.payee();
    }

    @Test
    void anOverlappingOfxStatementAddsOnlyTheNewTransactions() throws IOException {
        var sam = user("sam", "USD");
        assertThat(load(sam, "bank-v1.ofx").imported()).isEqualTo(3);

        var overlap = load(sam, "bank-v1-overlap.ofx");

        // the Whole Foods purchase was stored at 30.17 (its return taken off): its FITID still tells it is the same
        assertThat(overlap.imported()).isEqualTo(3);
        assertThat(overlap.duplicatesSkipped()).isEqualTo(2);
        assertThat(overlap.duplicatesByReference()).isEqualTo(2);
        assertThat(overlap.duplicatesInWords()).isEqualTo("2 already imported (same transaction id)");
        assertThat(rows(sam)).containsExactly(
                "2024-01-05 30.17 WHOLE FOODS MARKET",
                "2024-01-08 64.99 AT&T MOBILITY",
                "2024-01-18 1200.00 CHECK 1043",
                "2024-02-02 15.49 NETFLIX.COM",
                "2024-02-03 8.50 BLUE BOTTLE COFFEE",
                "2024-02-03 8.50 BLUE BOTTLE COFFEE");

        var again = load(sam, "bank-v1-overlap.ofx");
        assertThat(again.imported()).isZero();
        assertThat(again.duplicatesByReference()).as("two alike coffees are two transactions").isEqualTo(5);
    }

    @Test
    void aTransactionAlikeAnImportedOneButWithItsOwnIdIsNew() throws IOException {
        var sam = user("sam", "USD");
        load(sam, "bank-v1-overlap.ofx");
        // the same statement once more but with one more coffee, alike the two in date, amount and payee
        String more = Files.readString(resource("bank-v1-overlap.ofx")).replace("<STMTTRN>\n<TRNTYPE>INT",
                "<STMTTRN>\n<TRNTYPE>POS\n<DTPOSTED>20240203\n<TRNAMT>-8.50\n<FITID>2024020300011\n"
                        + "<NAME>BLUE BOTTLE COFFEE\n</STMTTRN>\n<STMTTRN>\n<TRNTYPE>INT");
        Path file = dir.resolve("bank-v1-more.ofx");
        Files.writeString(file, more);
        var report = services.importer().importFile(sam, file, ImportOptions.DEFAULT);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.duplicatesByReference()).isEqualTo(5);
        assertThat(rows(sam)).filteredOn(r -> r.contains("BLUE BOTTLE")).hasSize(3);
    }

    @Test
    void aLineWithAnIdIsStillADuplicateOfAnEqualExpenseStoredWithoutOne() throws IOException {
        var sam = user("sam", "USD");
        // entered before references were kept, or imported from the bank's CSV
        services.importer().importCsv(sam, "netflix.csv", new StringReader(
                "date,description,category,payee,amount\n2024-02-02,NETFLIX.COM,Entertainment,NETFLIX.COM,15.49\n"),
                ImportOptions.DEFAULT);

        var report = load(sam, "bank-v1-overlap.ofx");

        assertThat(report.duplicatesSkipped()).isEqualTo(1);
        assertThat(report.duplicatesByReference()).isZero();
        assertThat(report.duplicatesByContent()).isEqualTo(1);
        assertThat(report.duplicatesInWords())
                .isEqualTo("1 equal to an expense you have (date, amount, payee, description)");
        assertThat(report.imported()).isEqualTo(4);
    }

    @Test
    void anOverlappingCamtStatementAddsOnlyTheNewEntries() throws IOException {
        var erika = user("erika", "EUR");
        assertThat(load(erika, "camt053-v2.xml").imported()).isEqualTo(3);

        var overlap = load(erika, "camt053-v2-overlap.xml");

        // both parts of the batch carry the entry's AcctSvcrRef; the entry without one is compared by content
        assertThat(overlap.imported()).isEqualTo(3);
        assertThat(overlap.duplicatesByReference()).isEqualTo(2);
        assertThat(overlap.duplicatesSkipped()).isEqualTo(2);
        assertThat(rows(erika)).containsExactly(
                "2024-05-02 54.37 REWE Markt GmbH",
                "2024-05-20 120.00 Stadtwerke Köln",
                "2024-05-20 70.00 Telekom Deutschland",
                "2024-06-02 42.10 EDEKA Center",
                "2024-06-04 54.37 REWE Markt GmbH",
                "2024-06-05 9.99 Spotify AB");

        var again = load(erika, "camt053-v2-overlap.xml");
        assertThat(again.imported()).isZero();
        assertThat(again.duplicatesByReference()).isEqualTo(4);
        assertThat(again.duplicatesByContent()).as("Spotify has no reference").isEqualTo(1);
    }

    @Test
    void anotherUsersSameIdsAreNotDuplicates() throws IOException {
        var alice = user("alice", "USD");
        var bob = user("bob", "USD");
        load(alice, "bank-v1.ofx");
        load(alice, "bank-v1-overlap.ofx");

        var report = load(bob, "bank-v1-overlap.ofx");

        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.duplicatesSkipped()).isZero();
        assertThat(services.importer().importFile(bob, resource("bank-v1.ofx"), ImportOptions.DEFAULT).imported())
                .as("AT&T is new to bob; the rest he has by id").isEqualTo(1);
    }

    @Test
    void allowDuplicatesImportsLinesWithKnownIdsAgain() throws IOException {
        var sam = user("sam", "USD");
        load(sam, "bank-v1.ofx");
        var again = services.importer().importFile(sam, resource("bank-v1.ofx"),
                ImportOptions.DEFAULT.withAllowDuplicates(true));
        assertThat(again.imported()).isEqualTo(3);
        assertThat(again.duplicatesSkipped()).isZero();
    }

    @Test
    void exportStaysTheCanonicalFiveColumns() throws IOException {
        var sam = user("sam", "USD");
        load(sam, "bank-v1.ofx");
        var out = new StringWriter();
        services.exporter().export(sam, ExpenseFilter.ALL, out);
        assertThat(out.toString()).startsWith("date,description,category,payee,amount\n")
                .doesNotContain("2024010500001");
    }

    @Test
    void referencesSurviveABackupAndItsRestore() throws IOException {
        assumeFalse(database.postgres(), "backup and restore copy SQLite files; a server's are a later step");
        var sam = user("sam", "USD");
        load(sam, "bank-v1.ofx");
        services.close();
        var backups = new BackupService(clock);
        Path copy = backups.backup(database.file(), dir.resolve("copy.db"));
        Path other = dir.resolve("other.db");
        Files.copy(database.file(), other);
        backups.restore(other, copy);
        services = Services.openForTests(other, clock);
        sam = services.auth().signIn("sam", TestUsers.PASSWORD);

        var overlap = load(sam, "bank-v1-overlap.ofx");

        assertThat(overlap.imported()).isEqualTo(3);
        assertThat(overlap.duplicatesByReference()).isEqualTo(2);
    }

    @Test
    void aLongReferenceIsClippedAndABlankOneIsNone() {
        assertThat(ImportService.reference("  ")).isNull();
        assertThat(ImportService.reference(" 42 ")).isEqualTo("42");
        assertThat(ImportService.reference("x".repeat(300))).hasSize(255);
    }
}
