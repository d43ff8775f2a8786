package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.AttachmentType;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentServiceTest {
    static final byte[] RED_PNG = TestFiles.png(Color.RED);
    static final byte[] BLUE_PDF = TestFiles.pdf(Color.BLUE);
    @TempDir
    Path dir;
    Services services;
    AttachmentService attachments;
    SignedInUser alice;
    SignedInUser bob;
    Expense lunch;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("a.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        attachments = services.attachments();
        alice = TestUsers.signedUp(services, "alice");
        bob = TestUsers.signedUp(services, "bob");
        lunch = expense(alice, "12.50", "Chipotle");
    }

    @AfterEach
    void close() {
        services.close();
    }

    Expense expense(SignedInUser who, String amount, String payee) {
        long dining = services.categories().findByName(who, "Dining").orElseThrow().id();
        return services.expenses().create(who, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal(amount),
                dining, "Lunch", payee, null));
    }

    Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void attachedFilesAreListedReadBackAndCountedOnTheExpense() throws IOException {
        var png = attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        var pdf = attachments.attach(alice, lunch.id(), file("invoice.pdf", BLUE_PDF));

        assertThat(attachments.list(alice, lunch.id())).extracting(Attachment::fileName, Attachment::type,
                Attachment::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("receipt.png", AttachmentType.PNG, (long) RED_PNG.length),
                org.assertj.core.groups.Tuple.tuple("invoice.pdf", AttachmentType.PDF, (long) BLUE_PDF.length));
        assertThat(attachments.content(alice, png.id())).isEqualTo(RED_PNG);
        assertThat(attachments.content(alice, pdf.id())).isEqualTo(BLUE_PDF);
        assertThat(services.expenses().find(alice, lunch.id()).orElseThrow().attachmentCount()).isEqualTo(2);
        assertThat(services.expenses().pageAfter(alice, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, null, 10)
                .items()).extracting(Expense::attachmentCount).containsExactly(2);
    }

    @Test
    void thumbnailsAndPreviewsAreSmallJpegsOfTheImageAndOfThePdfsFirstPage() throws IOException {
        var png = attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        var pdf = attachments.attach(alice, lunch.id(), file("invoice.pdf", BLUE_PDF));

        var thumb = ImageIO.read(new ByteArrayInputStream(attachments.thumbnail(alice, png.id()).orElseThrow()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(AttachmentImages.THUMBNAIL);
        assertThat(new Color(thumb.getRGB(5, 5))).satisfies(c -> assertThat(c.getRed()).isGreaterThan(200));
        var page = ImageIO.read(new ByteArrayInputStream(attachments.preview(alice, pdf.id(), 400).orElseThrow()));
        assertThat(page.getHeight()).isEqualTo(400);   // A6 is portrait: its height is the longest side
        assertThat(page.getWidth()).isBetween(280, 290);
        assertThat(new Color(page.getRGB(100, 100))).satisfies(c -> assertThat(c.getBlue()).isGreaterThan(200));
        var pdfThumb = ImageIO.read(new ByteArrayInputStream(attachments.thumbnail(alice, pdf.id()).orElseThrow()));
        assertThat(pdfThumb.getHeight()).isEqualTo(AttachmentImages.THUMBNAIL);
    }

    @Test
    void theKindComesFromTheContentNotFromTheName() throws IOException {
        var renamed = attachments.attach(alice, lunch.id(), file("scan.pdf", RED_PNG));
        assertThat(renamed.type()).isEqualTo(AttachmentType.PNG);
        assertThat(renamed.fileName()).isEqualTo("scan.pdf");
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), file("receipt.png",
                TestFiles.text("not a picture at all"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Cannot attach receipt.png: it is not an image or a PDF; attach a PNG, JPEG, GIF or BMP"
                        + " image or a PDF (save it as one of those first).");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            png,  PNG
            jpeg, JPEG
            gif,  GIF
            bmp,  BMP
            """)
    void everyImageKindJavaFxShowsIsKeptWithAThumbnail(String format, AttachmentType type) throws IOException {
        var a = attachments.attach(alice, lunch.id(), file("r." + format, TestFiles.image(format, 64, 48,
                Color.GREEN)));
        assertThat(a.type()).isEqualTo(type);
        assertThat(attachments.thumbnail(alice, a.id())).isPresent();
    }

    @Test
    void kindsJavaFxCannotShowAreRefusedSayingWhatTheyAre() throws IOException {
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), file("IMG_0001.HEIC", TestFiles.heic())))
                .hasMessage("Cannot attach IMG_0001.HEIC: it is a HEIC/HEIF image, which SpendSense cannot show;"
                        + " attach a PNG, JPEG, GIF or BMP image or a PDF (save it as one of those first).");
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), file("photo.webp", TestFiles.webp())))
                .hasMessageStartingWith("Cannot attach photo.webp: it is a WebP image, which SpendSense cannot show;");
        assertThat(attachments.list(alice, lunch.id())).isEmpty();
    }

    @Test
    void aFileOver20MbIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("scan.pdf");
        try (var f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(AttachmentService.MAX_BYTES + 1);   // sparse: nothing is written, and it is never read
        }
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), big))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Cannot attach scan.pdf: it is 20.0 MB; files of at most 20 MB can be attached.");
        Path exact = dir.resolve("exact.pdf");
        byte[] content = new byte[(int) AttachmentService.MAX_BYTES];
        System.arraycopy(BLUE_PDF, 0, content, 0, BLUE_PDF.length);
        Files.write(exact, content);
        assertThat(attachments.attach(alice, lunch.id(), exact).size()).isEqualTo(AttachmentService.MAX_BYTES);
    }

    @Test
    void emptyMissingAndDuplicateFilesAreRefused() throws IOException {
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), file("empty.png", new byte[0])))
                .hasMessage("Cannot attach empty.png: it is empty.");
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), dir.resolve("nope.png")))
                .hasMessage("Cannot attach nope.png: there is no such file.");
        attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG)))
                .hasMessage("Cannot attach receipt.png: it is already attached to this expense.");
        assertThatThrownBy(() -> attachments.attach(alice, lunch.id(), file("copy.png", RED_PNG)))
                .hasMessage("Cannot attach copy.png: the same file is already attached to this expense as"
                        + " receipt.png.");
        // the same file on another expense is fine
        var dinner = expense(alice, "30.00", "Nopa");
        assertThat(attachments.attach(alice, dinner.id(), file("receipt.png", RED_PNG)).expenseId())
                .isEqualTo(dinner.id());
    }

    @Test
    void namesLoseTheirFoldersAndControlCharactersAreRefused() {
        assertThat(attachments.prepare("C:\\Users\\me\\Desktop\\receipt.png", RED_PNG).fileName())
                .isEqualTo("receipt.png");
        assertThat(attachments.prepare("../../etc/receipt.png", RED_PNG).fileName()).isEqualTo("receipt.png");
        assertThatThrownBy(() -> attachments.prepare("bad\u001b[2Jname.png", RED_PNG))
                .hasMessageContaining("the file name contains a control character (U+001B)");
        String longName = "r".repeat(300) + ".png";
        assertThat(attachments.prepare(longName, RED_PNG).fileName()).hasSize(AttachmentService.MAX_NAME)
                .endsWith("rrr.png");
    }

    @Test
    void anotherUserCanNeverListReadAttachToOrDetachTheFiles() throws IOException {
        var a = attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        Path mine = file("bob.png", TestFiles.png(Color.YELLOW));

        assertThatThrownBy(() -> attachments.list(bob, lunch.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("No expense with id " + lunch.id() + ".");
        assertThatThrownBy(() -> attachments.content(bob, a.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("No attachment with id " + a.id() + ".");
        assertThatThrownBy(() -> attachments.thumbnail(bob, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.preview(bob, a.id(), 100)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.find(bob, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.detach(bob, a.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.detach(bob, lunch.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.attach(bob, lunch.id(), mine)).isInstanceOf(NotFoundException.class);
        assertThat(attachments.files(bob, List.of(lunch.id()))).isEmpty();
        assertThat(attachments.totalSize(bob, List.of(lunch.id()))).isZero();
        assertThat(attachments.ofMatching(bob, ExpenseFilter.ALL)).isEmpty();
        var bobs = expense(bob, "5.00", "Blue Bottle");
        assertThatThrownBy(() -> attachments.save(bob, () -> bobs, List.of(), List.of(a.id())))
                .isInstanceOf(NotFoundException.class);

        assertThat(attachments.list(alice, lunch.id())).extracting(Attachment::id).containsExactly(a.id());
        assertThat(attachments.content(alice, a.id())).isEqualTo(RED_PNG);
        assertThat(services.expenses().pageAfter(bob, ExpenseFilter.ALL.withAttachments(AttachmentFilter.WITH),
                ExpenseSort.NEWEST_FIRST, null, 10).items()).isEmpty();
    }

    @Test
    void detachByNumberFollowsTheListOrderAndNamesTheRange() throws IOException {
        attachments.attach(alice, lunch.id(), file("one.png", RED_PNG));
        attachments.attach(alice, lunch.id(), file("two.pdf", BLUE_PDF));
        assertThatThrownBy(() -> attachments.detach(alice, lunch.id(), 3)).isInstanceOf(ValidationException.class)
                .hasMessage("expense " + lunch.id() + " has 2 attachments; choose a number from 1 to 2");
        assertThat(attachments.detach(alice, lunch.id(), 1).fileName()).isEqualTo("one.png");
        assertThat(attachments.list(alice, lunch.id())).extracting(Attachment::fileName).containsExactly("two.pdf");
        attachments.detach(alice, lunch.id(), 1);
        assertThatThrownBy(() -> attachments.detach(alice, lunch.id(), 1))
                .hasMessage("expense " + lunch.id() + " has no attachments");
    }

    @Test
    void deletingAnExpenseDeletesItsFiles() throws IOException, SQLException {
        var a = attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        var dinner = expense(alice, "30.00", "Nopa");
        attachments.attach(alice, dinner.id(), file("dinner.png", RED_PNG));

        services.expenses().delete(alice, lunch.id());

        assertThatThrownBy(() -> attachments.content(alice, a.id())).isInstanceOf(NotFoundException.class);
        assertThat(rows("attachments")).isEqualTo(1);
        assertThat(rows("attachment_contents")).isEqualTo(1);
        services.expenses().deleteAll(alice, List.of(dinner.id()));
        assertThat(rows("attachments")).isZero();
        assertThat(rows("attachment_contents")).isZero();
    }

    @Test
    void deletingAProfileDeletesItsFilesAndNoOneElses() throws IOException, SQLException {
        attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        var coffee = expense(bob, "4.00", "Blue Bottle");
        var bobs = attachments.attach(bob, coffee.id(), file("coffee.pdf", BLUE_PDF));

        services.auth().deleteAccount(alice);

        assertThat(rows("attachments")).isEqualTo(1);
        assertThat(rows("attachment_contents")).isEqualTo(1);
        assertThat(attachments.content(bob, bobs.id())).isEqualTo(BLUE_PDF);
    }

    @Test
    void theFilterKeepsExpensesWithOrWithoutAttachmentsInListsAndTotals() throws IOException {
        var dinner = expense(alice, "30.00", "Nopa");
        expense(alice, "7.25", "Philz");
        attachments.attach(alice, dinner.id(), file("dinner.png", RED_PNG));
        var with = ExpenseFilter.ALL.withAttachments(AttachmentFilter.WITH);
        var without = ExpenseFilter.ALL.withAttachments(AttachmentFilter.WITHOUT);

        assertThat(services.expenses().pageAfter(alice, with, ExpenseSort.NEWEST_FIRST, null, 10).items())
                .extracting(Expense::payee).containsExactly("Nopa");
        assertThat(services.expenses().pageAfter(alice, without, new ExpenseSort(ExpenseSort.Field.AMOUNT, true),
                null, 10).items()).extracting(Expense::payee).containsExactly("Philz", "Chipotle");
        // a whole-month period would otherwise be answered from the month totals, which know nothing of files
        var march = io.spendsense.domain.Period.month(java.time.YearMonth.of(2026, 3));
        assertThat(services.summaries().totals(alice, with.withPeriod(march)).total()).isEqualByComparingTo("30.00");
        assertThat(services.summaries().totals(alice, without.withPeriod(march)).count()).isEqualTo(2);
        assertThat(services.summaries().totals(alice, ExpenseFilter.of(march)).count()).isEqualTo(3);
    }

    @Test
    void oneSaveChangesTheExpenseAndItsFilesTogetherOrNothing() throws IOException {
        var old = attachments.attach(alice, lunch.id(), file("old.png", RED_PNG));
        var added = attachments.read(file("new.pdf", BLUE_PDF));
        var changed = new ExpenseDraft(lunch.date(), new BigDecimal("13.00"), lunch.categoryId(), "Lunch",
                "Chipotle", null);

        var saved = attachments.save(alice, () -> services.expenses().update(alice, lunch.id(), changed),
                List.of(added), List.of(old.id()));

        assertThat(saved.detached()).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo(RED_PNG));
        assertThat(saved.attached()).extracting(Attachment::fileName).containsExactly("new.pdf");
        assertThat(attachments.list(alice, lunch.id())).extracting(Attachment::fileName).containsExactly("new.pdf");

        // the same file twice in one save: refused, and the amount and files stay as they were
        var again = new ExpenseDraft(lunch.date(), new BigDecimal("99.00"), lunch.categoryId(), "Lunch", "Chipotle",
                null);
        assertThatThrownBy(() -> attachments.save(alice, () -> services.expenses().update(alice, lunch.id(), again),
                List.of(added), List.of())).isInstanceOf(ValidationException.class);
        assertThat(services.expenses().find(alice, lunch.id()).orElseThrow().amount()).isEqualByComparingTo("13.00");
        assertThat(attachments.list(alice, lunch.id())).hasSize(1);
    }

    @Test
    void filesOfExpensesComeBackWithTheirThumbnailsForAnUndo() throws IOException {
        attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        var files = attachments.files(alice, List.of(lunch.id()));
        services.expenses().delete(alice, lunch.id());
        var again = services.expenses().restore(alice, List.of(lunch.toDraft())).get(0);

        var restored = attachments.attachAll(alice, again.id(), files.get(lunch.id()));

        assertThat(restored).extracting(Attachment::fileName).containsExactly("receipt.png");
        assertThat(attachments.content(alice, restored.get(0).id())).isEqualTo(RED_PNG);
        assertThat(attachments.thumbnail(alice, restored.get(0).id())).isPresent();
        assertThat(attachments.totalSize(alice, List.of(again.id()))).isEqualTo(RED_PNG.length);
    }

    @Test
    void aBackupCarriesTheFilesAndARestoreBringsThemBack() throws IOException {
        var a = attachments.attach(alice, lunch.id(), file("receipt.png", RED_PNG));
        var b = attachments.attach(alice, lunch.id(), file("invoice.pdf", BLUE_PDF));
        var backups = new BackupService(services.clock());
        Path backup = backups.backup(services.databaseFile(), dir.resolve("backup.db"));
        services.expenses().delete(alice, lunch.id());
        Path database = services.databaseFile();
        services.close();

        backups.restore(database, backup);

        services = Services.openForTests(database, new MutableClock(Instant.parse("2026-03-21T10:00:00Z")));
        var again = services.auth().signIn("alice", TestUsers.PASSWORD);
        assertThat(services.attachments().list(again, lunch.id())).extracting(Attachment::id)
                .containsExactly(a.id(), b.id());
        assertThat(services.attachments().content(again, a.id())).isEqualTo(RED_PNG);
        assertThat(services.attachments().content(again, b.id())).isEqualTo(BLUE_PDF);
        assertThat(services.attachments().thumbnail(again, b.id())).isPresent();
    }

    private long rows(String table) throws SQLException {
        try (var c = services.database().dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
