package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.spendsense.service.imports.ImportHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line words an import hint by naming its own option; the service's message names none. */
class ImportHintsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    // CHECKSTYLE.OFF: LineLength (a table is easier to read unwrapped)
    @CsvSource(delimiter = '|', textBlock = """
            DATE_ORDER        |      | x; give the order with --date-order dmy or --date-order mdy (or --date-format, e.g. dd/MM/yyyy)
            DATE_FORMAT       | date | x; give the format with --date-format
            OTHER_DATE_FORMAT | date | x (use --date-format for another format)
            SIGN              | amount | x (the canonical format has positive amounts only; give --sign charges-negative for a bank export)
            COLUMN            | amount | x; name it with --amount-column
            COLUMN            | date | x; name it with --date-column
            GUESSED_SIGN      | sign | x; --sign overrides
            NONE              | date | x
            """)
    // CHECKSTYLE.ON: LineLength
    void eachHintNamesTheImportOption(ImportHint hint, String field, String worded) {
        assertThat(ImportHints.word("x", hint, field)).isEqualTo(worded);
    }

    @Test
    void signsGuessedFromTheMajorityNameTheOptionThatGivesThem() throws Exception {
        var cli = new CliHarness(dir.resolve("cli.db"));
        assertThat(cli.run("user", "add", "alice").code()).isZero();
        Path mostlyNegative = Files.writeString(dir.resolve("mostly-negative.csv"),
                "Date,Description,Amount\n2024-01-02,Coffee,-4.50\n2024-01-03,Lunch,-12.00\n2024-01-04,Book,8.00\n");
        var r = cli.run("import", "--user", "alice", mostlyNegative.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("signs: charges negative (most amounts are negative; --sign overrides)");
    }

    @Test
    void aRefusedFileNamesTheOptionsThatReadIt() throws Exception {
        var cli = new CliHarness(dir.resolve("cli.db"));
        assertThat(cli.run("user", "add", "alice").code()).isZero();
        Path noAmount = Files.writeString(dir.resolve("no-amount.csv"), "When,What\n2024-01-01,Coffee\n");
        var missing = cli.run("import", "--user", "alice", noAmount.toString());
        assertThat(missing.err()).isEqualTo("""
                spendsense: no-amount.csv: 1 bad line, nothing imported
                  line 1, amount: missing column: no header named Amount, Debit, Betrag, Bedrag, Montant, Importe; \
                name it with --amount-column
                  line 1, date: missing column: no header named Date, Transaction Date, Buchungstag, Datum, Fecha; \
                name it with --date-column
                """);
        Path negative = Files.writeString(dir.resolve("negative.csv"),
                "date,description,category,payee,amount\n2024-01-01,Coffee,Dining,Starbucks,-4.35\n");
        var signs = cli.run("import", "--user", "alice", negative.toString());
        assertThat(signs.err()).contains("line 2, amount: amount -4.35 must be greater than 0 (the canonical format"
                + " has positive amounts only; give --sign charges-negative for a bank export)");
    }
}
