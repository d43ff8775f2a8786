package io.spendsense.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import io.spendsense.service.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** attach, attachments, detach, list --ids and export --with-attachments end to end on a temp database. */
class AttachmentCommandsTest {
    static final byte[] PNG = TestFiles.png(Color.RED);
    static final byte[] PDF = TestFiles.pdf(Color.BLUE);
    @TempDir
    Path dir;
    CliHarness cli;
    Path png;
    Path pdf;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(dir.resolve("cli.db"));
        cli.run("user", "add", "alice");
        cli.run("user", "add", "bob");
        Path csv = Files.writeString(dir.resolve("march.csv"), """
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Printer,Shopping,Best Buy,149.99
                2026-03-03,Coffee,Dining,Blue Bottle,4.50
                """);
        assertThat(cli.run("import", "--user", "alice", csv.toString()).code()).isZero();
        png = Files.write(dir.resolve("receipt.png"), PNG);
        pdf = Files.write(dir.resolve("warranty.pdf"), PDF);
    }

    /** The id of alice's expense at this payee, read from {@code list --ids}. */
    long id(String payee) {
        var out = cli.run("list", "--user", "alice", "--ids", "--payee", payee).out();
        var m = Pattern.compile("^\\s*(\\d+)\\s+2026", Pattern.MULTILINE).matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void attachListAndDetachByNumber() {
        long printer = id("Best Buy");
        var attached = cli.run("attach", "--user", "alice", String.valueOf(printer), png.toString(), pdf.toString());
        assertThat(attached.code()).as(attached.err()).isZero();
        assertThat(attached.out()).isEqualTo("Attached receipt.png (PNG, " + AttachmentsCommand.size(PNG.length)
                + ") to expense " + printer + " as number 1.\nAttached warranty.pdf (PDF, "
                + AttachmentsCommand.size(PDF.length) + ") to expense " + printer + " as number 2.\n");

        var listed = cli.run("attachments", "--user", "alice", String.valueOf(printer));
        assertThat(listed.out()).matches("""
                #  Name          Type +Size
                1  receipt\\.png   PNG +\\d+ (B|KiB)
                2  warranty\\.pdf  PDF +\\d+ (B|KiB)
                """);
        assertThat(cli.run("list", "--user", "alice", "--ids").out()).containsPattern(
                "(?m)^ *" + printer + "  2026-03-02  Shopping +Best Buy +Printer +\\$149\\.99 +2$");

        var detached = cli.run("detach", "--user", "alice", String.valueOf(printer), "1");
        assertThat(detached.out()).isEqualTo("Detached receipt.png (number 1) from expense " + printer + ".\n");
        assertThat(cli.run("attachments", "--user", "alice", String.valueOf(printer)).out())
                .contains("1  warranty.pdf").doesNotContain("receipt.png");
        var wrong = cli.run("detach", "--user", "alice", String.valueOf(printer), "2");
        assertThat(wrong.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(wrong.err()).isEqualTo("spendsense: expense " + printer
                + " has 1 attachment; choose a number from 1 to 1\n");
    }

    @Test
    void aRefusedFileIsOneClearLineAndNothingIsAttached() throws IOException {
        long lunch = id("Chipotle");
        Path heic = Files.write(dir.resolve("IMG_0042.HEIC"), TestFiles.heic());
        var r = cli.run("attach", "--user", "alice", String.valueOf(lunch), png.toString(), heic.toString());
        assertThat(r.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(r.err()).isEqualTo("spendsense: Cannot attach IMG_0042.HEIC: it is a HEIC/HEIF image, which"
                + " SpendSense cannot show; attach a PNG, JPEG, GIF or BMP image or a PDF (save it as one of those"
                + " first).\n");
        assertThat(cli.run("attachments", "--user", "alice", String.valueOf(lunch)).out())
                .isEqualTo("Expense " + lunch + " has no attachments.\n");
    }

    @Test
    void anotherProfileCannotSeeOrTouchTheFiles() {
        long printer = id("Best Buy");
        cli.run("attach", "--user", "alice", String.valueOf(printer), png.toString());
        for (String[] args : new String[][] {{"attachments", "--user", "bob", String.valueOf(printer)},
                {"detach", "--user", "bob", String.valueOf(printer), "1"},
                {"attach", "--user", "bob", String.valueOf(printer), pdf.toString()}}) {
            var r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Cli.USER_ERROR);
            assertThat(r.err()).isEqualTo("spendsense: No expense with id " + printer + ".\n");
        }
        assertThat(cli.run("attachments", "--user", "alice", String.valueOf(printer)).out()).contains("receipt.png");
    }

    @Test
    void listAndExportFilterByAttachments() {
        long printer = id("Best Buy");
        cli.run("attach", "--user", "alice", String.valueOf(printer), pdf.toString());
        assertThat(cli.run("list", "--user", "alice", "--attachments", "with").out())
                .contains("Best Buy").endsWith("1 expense, total $149.99\n");
        assertThat(cli.run("list", "--user", "alice", "--attachments", "without").out())
                .contains("Chipotle", "Blue Bottle").doesNotContain("Best Buy").endsWith("2 expenses, total $17.00\n");
        assertThat(cli.run("export", "--user", "alice", "--attachments", "without").out()).isEqualTo("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-03,Coffee,Dining,Blue Bottle,4.50
                """);
    }

    @Test
    void exportWithAttachmentsWritesTheCsvAndFilesNamedByTheirRow() throws IOException {
        long printer = id("Best Buy");
        long coffee = id("Blue Bottle");
        cli.run("attach", "--user", "alice", String.valueOf(printer), png.toString(), pdf.toString());
        cli.run("attach", "--user", "alice", String.valueOf(coffee), png.toString());
        Path out = dir.resolve("export");

        var r = cli.run("export", "--user", "alice", "--with-attachments", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Exported 3 expenses to " + out.resolve("expenses.csv")
                + " and 3 attachments (");
        assertThat(Files.readString(out.resolve("expenses.csv"))).isEqualTo("""
                date,description,category,payee,amount
                2026-03-01,Lunch,Dining,Chipotle,12.50
                2026-03-02,Printer,Shopping,Best Buy,149.99
                2026-03-03,Coffee,Dining,Blue Bottle,4.50
                """);
        assertThat(Files.readAllBytes(out.resolve("attachments/0002-1-receipt.png"))).isEqualTo(PNG);
        assertThat(Files.readAllBytes(out.resolve("attachments/0002-2-warranty.pdf"))).isEqualTo(PDF);
        assertThat(Files.readAllBytes(out.resolve("attachments/0003-1-receipt.png"))).isEqualTo(PNG);
        try (var files = Files.list(out.resolve("attachments"))) {
            assertThat(files).hasSize(3);
        }
        assertThat(Files.readString(out.resolve("attachments.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "row,date,payee,amount,file,type,size\n"
                + "2,2026-03-02,Best Buy,149.99,attachments/0002-1-receipt.png,image/png," + PNG.length + "\n"
                + "2,2026-03-02,Best Buy,149.99,attachments/0002-2-warranty.pdf,application/pdf," + PDF.length + "\n"
                + "3,2026-03-03,Blue Bottle,4.50,attachments/0003-1-receipt.png,image/png," + PNG.length + "\n");

        var again = cli.run("export", "--user", "alice", "--with-attachments", out.toString());
        assertThat(again.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(again.err()).startsWith("spendsense: " + out + " is not empty; choose a new or empty folder");
        var both = cli.run("export", "--user", "alice", "--with-attachments", out.toString(), "x.csv");
        assertThat(both.code()).isEqualTo(Cli.USAGE);
    }
}
