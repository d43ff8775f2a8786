package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.service.imports.DateOrder;
import io.spendsense.service.imports.SignConvention;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV layout imported once with choices is read the same way the next time, for that profile only. */
@BothDatabases
class SavedLayoutsTest {
    /** Barclays-like: every day 12 or less, nothing tells the date order. */
    static final String JANUARY = """
            Number,Date,Account,Amount,Subcategory,Memo
            1,02/01/2024,20-32-06 13152170,-4.50,PAYMENT,PRET A MANGER LONDON
            2,05/01/2024,20-32-06 13152170,-23.45,PAYMENT,TESCO STORES 3217
            """;
    /** The same layout a month later, its header written with other spaces and quotes. */
    static final String FEBRUARY = """
            "Number", "Date","Account","Amount","Subcategory","Memo"
            1,03/02/2024,20-32-06 13152170,-7.80,PAYMENT,PRET A MANGER LONDON
            2,10/02/2024,20-32-06 13152170,-31.00,PAYMENT,TESCO STORES 3217
            """;

    @TempDir
    Path dir;
    TestDatabase database;
    Services services;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    SignedInUser user(String name) {
        services.auth().register(name, null, null, TestUsers.PASSWORD, "GBP");
        return services.auth().signIn(name, TestUsers.PASSWORD);
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, Charset.forName("windows-1252"));
    }

    static ImportOptions with(java.util.function.UnaryOperator<CsvFormatOptions> f) {
        return ImportOptions.DEFAULT.withFormat(f.apply(CsvFormatOptions.DETECT));
    }

    static ImportOptions dateOrder(DateOrder order) {
        return with(f -> f.withOverrides(null, null, order, null, null));
    }

    List<String> dates(SignedInUser who) {
        return services.expenses().page(who, ExpenseFilter.ALL, new ExpenseSort(ExpenseSort.Field.DATE, true), 0,
                100).items().stream().map(e -> e.date() + " " + e.amount().toPlainString()).toList();
    }

    @Test
    void theDateOrderGivenOnceIsUsedForTheSameLayoutNextTime() throws IOException {
        var sam = user("sam");
        var first = services.importer().importFile(sam, file("jan.csv", JANUARY), dateOrder(DateOrder.DAY_FIRST));
        assertThat(first.savedSettings()).as("nothing was saved before").isNull();

        var next = services.importer().importFile(sam, file("feb.csv", FEBRUARY), ImportOptions.DEFAULT);

        assertThat(next.imported()).isEqualTo(2);
        assertThat(next.savedSettings()).isEqualTo("date order day first");
        assertThat(next.savedSettingsInWords())
                .isEqualTo("using your saved settings for this layout (date order day first)");
        assertThat(dates(sam)).containsExactly("2024-01-02 4.50", "2024-01-05 23.45", "2024-02-03 7.80",
                "2024-02-10 31.00");
        var preview = services.importer().preview(sam, dir.resolve("feb.csv"), ImportOptions.DEFAULT);
        assertThat(preview.savedSettingsInWords())
                .isEqualTo("using your saved settings for this layout (date order day first)");
        assertThat(preview.detected().dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void anotherProfileDoesNotGetTheSavedSettings() throws IOException {
        var sam = user("sam");
        var kim = user("kim");
        services.importer().importFile(sam, file("jan.csv", JANUARY), dateOrder(DateOrder.DAY_FIRST));

        assertThatThrownBy(() -> services.importer().importFile(kim, file("feb.csv", FEBRUARY),
                ImportOptions.DEFAULT)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("the dates could be day first or month first");
        assertThat(services.importer().preview(kim, dir.resolve("jan.csv"), dateOrder(DateOrder.DAY_FIRST))
                .savedSettings()).isNull();
    }

    @Test
    void aChoiceGivenAgainWinsOverTheSavedOneAndReplacesIt() throws IOException {
        var sam = user("sam");
        services.importer().importFile(sam, file("jan.csv", JANUARY), dateOrder(DateOrder.DAY_FIRST));

        var given = services.importer().importFile(sam, file("feb.csv", FEBRUARY), dateOrder(DateOrder.MONTH_FIRST));

        assertThat(given.savedSettings()).as("the given order is not a saved one").isNull();
        assertThat(dates(sam)).contains("2024-03-02 7.80");
        var preview = services.importer().preview(sam, file("mar.csv", FEBRUARY.replace("03/02", "04/03")),
                ImportOptions.DEFAULT);
        assertThat(preview.detected().dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void choicesAddUpPerLayoutAndAnotherLayoutIsNotTouched() throws IOException {
        var sam = user("sam");
        services.importer().importFile(sam, file("jan.csv", JANUARY), dateOrder(DateOrder.DAY_FIRST));
        // the same layout once more, now also with the signs given: both are kept
        services.importer().importFile(sam, file("feb.csv", FEBRUARY), with(f -> f.withOverrides(null, null, null,
                SignConvention.CHARGES_NEGATIVE, null)));
        var next = services.importer().preview(sam, file("mar.csv", FEBRUARY.replace("/02/", "/03/")),
                ImportOptions.DEFAULT);
        assertThat(next.savedSettings()).isEqualTo("date order day first, signs charges negative");

        var other = services.importer().preview(sam, file("other.csv", """
                Date,Description,Amount
                02/01/2024,PRET A MANGER,-4.50
                """), ImportOptions.DEFAULT.withFormat(CsvFormatOptions.DETECT.withOverrides(null, null,
                DateOrder.MONTH_FIRST, null, null)));
        assertThat(other.savedSettings()).isNull();
    }

    @Test
    void aLayoutWhoseHeaderDetectionMissesIsFoundWithTheSavedLinesToSkip() throws IOException {
        var sam = user("sam");
        String preamble = """
                Date,Description
                Account 20-32-06 13152170
                Number,Date,Account,Amount,Subcategory,Memo
                """;
        var first = services.importer().importFile(sam, file("jan.csv", preamble + JANUARY.lines().skip(1)
                .map(l -> l + "\n").reduce("", String::concat)), with(f -> f.withOverrides(null, null,
                DateOrder.DAY_FIRST, null, 2)));
        assertThat(first.imported()).isEqualTo(2);

        var next = services.importer().importFile(sam, file("feb.csv", preamble + FEBRUARY.lines().skip(1)
                .map(l -> l + "\n").reduce("", String::concat)), ImportOptions.DEFAULT);

        assertThat(next.imported()).isEqualTo(2);
        assertThat(next.savedSettings()).isEqualTo("date order day first, lines before the header 2");
    }

    @Test
    void aLayoutReadWithoutChoicesSavesNothing() throws IOException {
        var sam = user("sam");
        services.importer().importFile(sam, file("plain.csv", """
                Date,Description,Amount
                2024-01-02,PRET A MANGER,-4.50
                """), ImportOptions.DEFAULT);
        var again = services.importer().preview(sam, dir.resolve("plain.csv"), ImportOptions.DEFAULT);
        assertThat(again.savedSettings()).isNull();
    }

    @Test
    void aRefusedImportSavesNothing() throws IOException {
        var sam = user("sam");
        assertThatThrownBy(() -> services.importer().importFile(sam, file("jan.csv", JANUARY),
                with(f -> f.withDateFormat("yyyy-MM-dd")))).isInstanceOf(ServiceException.class);
        assertThat(services.importer().preview(sam, dir.resolve("jan.csv"), dateOrder(DateOrder.DAY_FIRST))
                .savedSettings()).isNull();
    }

    @Test
    void aFileRefusedAsReadWithSavedSettingsSaysSo() throws IOException {
        var sam = user("sam");
        services.importer().importFile(sam, file("jan.csv", JANUARY), with(f -> f.withDateFormat("dd/MM/yyyy")));
        // the bank now writes ISO dates under the same header
        assertThatThrownBy(() -> services.importer().importFile(sam, file("feb.csv", JANUARY.replace("02/01/2024",
                "2024-01-02").replace("05/01/2024", "2024-01-05")), ImportOptions.DEFAULT))
                .isInstanceOf(ServiceException.class)
                .hasMessageEndingWith("(read with your saved settings for this layout: date format 'dd/MM/yyyy';"
                        + " give other options to read it otherwise)");
    }
}
