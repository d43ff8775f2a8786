package io.spendsense.ui.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestFiles;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's and the editor's receipts without a toolkit: attach, detach, delete, and undo of each. */
class AttachmentsViewModelTest {
    static final byte[] PNG = TestFiles.png(Color.RED);
    static final byte[] PDF = TestFiles.pdf(Color.BLUE);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    final FakeDialogService dialogs = new FakeDialogService();
    final List<Path> opened = new ArrayList<>();
    ExpensesViewModel vm;
    Expense printer;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("x.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        vm = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), dialogs, new AmountParser(Locale.US),
                opened::add);
        long shopping = services.categories().findByName(alice, "Shopping").orElseThrow().id();
        printer = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 2),
                new BigDecimal("149.99"), shopping, "Printer", "Best Buy", null));
        vm.start();
    }

    @AfterEach
    void close() {
        services.close();
    }

    Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    List<String> stored(long expenseId) {
        return services.attachments().list(alice, expenseId).stream().map(Attachment::fileName).toList();
    }

    Expense row() {
        return vm.rows().get(0);
    }

    @Test
    void aDeleteKeepsTheFilesForUndoWhichPutsThemBack() throws IOException {
        vm.attachTo(printer, List.of(file("receipt.png", PNG), file("warranty.pdf", PDF)));
        assertThat(row().attachmentCount()).isEqualTo(2);

        vm.delete(List.of(row()));
        assertThat(vm.rows()).isEmpty();
        assertThat(dialogs.confirmations).isEmpty();   // small enough to keep without asking
        vm.undo();

        assertThat(vm.rows()).singleElement().satisfies(e -> assertThat(e.attachmentCount()).isEqualTo(2));
        long again = row().id();
        assertThat(stored(again)).containsExactly("receipt.png", "warranty.pdf");
        assertThat(services.attachments().content(alice, services.attachments().list(alice, again).get(0).id()))
                .isEqualTo(PNG);
        vm.redo();
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void aDeleteOfMoreFilesThanUndoKeepsAsksFirstAndSaysUndoWillNotBringThemBack() throws IOException {
        byte[] big = new byte[(int) (ExpensesViewModel.UNDO_FILES_LIMIT / 4) + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        var files = new ArrayList<Path>();
        for (int i = 0; i < 4; i++) {
            big[big.length - 1] = (byte) i;   // four different files
            files.add(file("scan" + i + ".pdf", big));
        }
        vm.attachTo(printer, files);
        dialogs.confirmAnswer = false;

        vm.delete(List.of(row()));

        assertThat(dialogs.confirmations).singleElement().asString().startsWith("This expense has 4 attachments"
                + " (64.0 MB), too many to keep for Undo.");
        assertThat(vm.rows()).hasSize(1);   // refused: nothing deleted
        dialogs.confirmAnswer = true;
        vm.delete(List.of(row()));
        assertThat(vm.rows()).isEmpty();
        vm.undo();
        assertThat(vm.rows()).singleElement().satisfies(e -> assertThat(e.attachmentCount()).isZero());
    }

    @Test
    void anEditSavesAddedAndRemovedFilesTogetherAndUndoPutsThemBack() throws IOException {
        vm.attachTo(printer, List.of(file("old.png", PNG)));
        var editor = vm.editorFor(row());
        editor.start();
        var files = editor.attachments();
        assertThat(files.items()).extracting(AttachmentItem::fileName).containsExactly("old.png");
        assertThat(files.items().get(0).thumbnail()).isNotNull();

        files.remove(files.items().get(0));
        files.addFiles(List.of(file("new.pdf", PDF)));
        editor.amountProperty().set("150.00");
        assertThat(stored(printer.id())).containsExactly("old.png");   // nothing changes before Save
        editor.save(() -> { });

        assertThat(stored(printer.id())).containsExactly("new.pdf");
        assertThat(row().amount()).isEqualByComparingTo("150.00");
        vm.undo();
        assertThat(stored(printer.id())).containsExactly("old.png");
        assertThat(row().amount()).isEqualByComparingTo("149.99");
        vm.redo();
        assertThat(stored(printer.id())).containsExactly("new.pdf");
        assertThat(row().amount()).isEqualByComparingTo("150.00");
    }

    @Test
    void theEditorRefusesAFileWithTheReasonAndKeepsTheOthers() throws IOException {
        var editor = vm.editorFor(row());
        editor.start();
        var files = editor.attachments();

        files.addFiles(List.of(file("receipt.png", PNG), file("notes.txt", TestFiles.text("not a receipt")),
                file("again.png", PNG)));

        assertThat(files.items()).extracting(AttachmentItem::fileName).containsExactly("receipt.png");
        assertThat(files.errorProperty().get()).isEqualTo("Cannot attach notes.txt: it is not an image or a PDF;"
                + " attach a PNG, JPEG, GIF or BMP image or a PDF (save it as one of those first).\n"
                + "again.png is already in the list.");
        assertThat(files.selectedProperty().get().fileName()).isEqualTo("receipt.png");
        assertThat(files.previewProperty().get()).isNotNull();
    }

    @Test
    void openWritesAPrivateCopyForTheSystemViewer() throws IOException {
        vm.attachTo(printer, List.of(file("warranty.pdf", PDF)));
        var editor = vm.editorFor(row());
        editor.start();
        var files = editor.attachments();

        files.open(files.items().get(0));

        assertThat(opened).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).isEqualTo("warranty.pdf");
            assertThat(Files.readAllBytes(p)).isEqualTo(PDF);
            assertThat(p.getParent()).isNotEqualTo(dir);
        });
    }

    @Test
    void aDroppedFileForAnotherUsersExpenseIsRefused() throws IOException {
        var bob = TestUsers.signedUp(services, "bob");
        var bobs = new ExpensesViewModel(services, bob, new ImmediateTaskRunner(), dialogs, new AmountParser(Locale.US),
                opened::add);

        bobs.attachTo(printer, List.of(file("receipt.png", PNG)));

        assertThat(dialogs.errors).containsExactly("No expense with id " + printer.id() + ".");
        assertThat(stored(printer.id())).isEmpty();
        assertThat(services.expenses().pageAfter(alice, ExpenseFilter.ALL.withAttachments(AttachmentFilter.WITH),
                io.spendsense.domain.ExpenseSort.NEWEST_FIRST, null, 10).items()).isEmpty();
    }

    @Test
    void theUndoStacksForgetTheOldestCommandsPastTheirMemoryLimit() {
        var manager = new UndoManager(new ImmediateTaskRunner());
        long[] undone = {0};
        class Heavy implements UndoableCommand {
            @Override
            public String label() {
                return "heavy";
            }

            @Override
            public void execute() {
            }

            @Override
            public void undo() {
                undone[0]++;
            }

            @Override
            public long heldBytes() {
                return UndoManager.HELD_LIMIT / 2;
            }
        }
        for (int i = 0; i < 5; i++) {
            manager.execute(new Heavy(), () -> { }, e -> { });
        }
        for (int i = 0; i < 5; i++) {
            manager.undo(() -> { }, e -> { });
        }
        assertThat(undone[0]).isEqualTo(2);   // two halves of the limit are kept, the rest forgotten
    }
}
