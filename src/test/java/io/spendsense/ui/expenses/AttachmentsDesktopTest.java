package io.spendsense.ui.expenses;

import static io.spendsense.ui.common.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestFiles;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import io.spendsense.ui.common.ScriptedFilePicker;
import io.spendsense.ui.common.ViewLoader;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real expense table and editor, headless: files dropped on a row or on the editor are attached (the paperclip
 * shows), the editor lists them with thumbnails, previews an image and a PDF's first page, opens one with the system
 * viewer, and saves additions and removals with the expense. A drop is a {@code DRAG_DROPPED} event fired at the
 * node with a dragboard holding the files, as the toolkit delivers one.
 */
@ExtendWith(ApplicationExtension.class)
class AttachmentsDesktopTest {
    static final byte[] PNG = TestFiles.png(Color.RED);
    static final byte[] PDF = TestFiles.pdf(Color.BLUE);
    @TempDir
    Path dir;
    Services services;
    SignedInUser alice;
    ExpensesViewModel viewModel;
    ViewLoader loader;
    final FakeDialogService dialogs = new FakeDialogService();
    final ScriptedFilePicker files = new ScriptedFilePicker();
    final List<Path> opened = Collections.synchronizedList(new ArrayList<>());
    Expense printer;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = Services.openForTests(dir.resolve("ui.db"), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        long shopping = services.categories().findByName(alice, "Shopping").orElseThrow().id();
        printer = services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 2),
                new BigDecimal("149.99"), shopping, "Printer", "Best Buy", null));
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("12.50"),
                shopping, "Cable", "Target", null));
        viewModel = new ExpensesViewModel(services, alice, new ImmediateTaskRunner(), dialogs,
                new AmountParser(Locale.US), opened::add);
        ViewLoader[] holder = new ViewLoader[1];
        holder[0] = new ViewLoader(type -> type == ExpensesView.class ? new ExpensesView(viewModel, holder[0], files)
                : new ExpenseEditorView());
        loader = holder[0];
        stage.setScene(new Scene(loader.load("/io/spendsense/ui/expenses/Expenses.fxml").root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void filesDroppedOnARowAreAttachedAndTheRowShowsAPaperclip(FxRobot robot) throws IOException {
        waitUntil(() -> row(robot, "Best Buy") != null);
        Path receipt = Files.write(dir.resolve("receipt.png"), PNG);
        assertThat(paperclipShown(row(robot, "Best Buy"))).isFalse();

        drop(robot, row(robot, "Best Buy"), receipt);

        waitUntil(() -> paperclipShown(row(robot, "Best Buy")));
        assertThat(paperclipShown(row(robot, "Target"))).isFalse();
        assertThat(services.attachments().list(alice, printer.id())).extracting(Attachment::fileName)
                .containsExactly("receipt.png");
        assertThat(dialogs.notifications).contains("Attached 1 file to Best Buy [Undo]");

        // the filter bar's receipt choice keeps the rows with a paperclip, or those without
        robot.interact(() -> receiptChoice(robot).setValue(AttachmentFilter.WITHOUT));
        waitUntil(() -> viewModel.rows().size() == 1);
        assertThat(viewModel.rows()).extracting(Expense::payee).containsExactly("Target");
        robot.interact(() -> receiptChoice(robot).setValue(AttachmentFilter.WITH));
        waitUntil(() -> viewModel.rows().size() == 1 && viewModel.rows().get(0).payee().equals("Best Buy"));

        // undo takes the file off again
        robot.interact(dialogs::clickNotificationAction);
        waitUntil(() -> viewModel.rows().isEmpty());
        assertThat(services.attachments().list(alice, printer.id())).isEmpty();
    }

    @Test
    void aRefusedDropSaysWhyAndAttachesNothing(FxRobot robot) throws IOException {
        waitUntil(() -> row(robot, "Best Buy") != null);
        Path photo = Files.write(dir.resolve("IMG_0007.HEIC"), TestFiles.heic());

        drop(robot, row(robot, "Best Buy"), photo);

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot attach IMG_0007.HEIC: it is a"
                + " HEIC/HEIF image, which SpendSense cannot show");
        assertThat(services.attachments().list(alice, printer.id())).isEmpty();
    }

    @Test
    void theEditorTakesDroppedFilesPreviewsThemAndSavesThemWithTheExpense(FxRobot robot) throws IOException {
        Path receipt = Files.write(dir.resolve("receipt.png"), PNG);
        Path warranty = Files.write(dir.resolve("warranty.pdf"), PDF);
        waitUntil(() -> row(robot, "Best Buy") != null);
        robot.interact(() -> ExpenseEditorView.open(loader, files, stage, viewModel.editorFor(printer)));
        waitUntil(() -> robot.lookup("#attachmentList").tryQuery().isPresent());

        drop(robot, robot.lookup("#attachmentList").query(), receipt, warranty);

        waitUntil(() -> attachmentList(robot).getItems().size() == 2);
        // the last file dropped is selected and previewed: the PDF's first page, blue
        waitUntil(() -> previewImage(robot).getImage() != null);
        var page = previewImage(robot).getImage();
        assertThat(page.getHeight()).isEqualTo(AttachmentsViewModel.PREVIEW_SIDE);
        assertThat(page.getPixelReader().getColor((int) page.getWidth() / 2, (int) page.getHeight() / 2).getBlue())
                .isGreaterThan(0.8);
        assertThat(previewMessage(robot)).isEmpty();
        assertThat(services.attachments().list(alice, printer.id())).isEmpty();   // nothing saved before Save

        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#attachmentList").tryQuery().isEmpty());
        assertThat(services.attachments().list(alice, printer.id())).extracting(Attachment::fileName)
                .containsExactly("receipt.png", "warranty.pdf");
        waitUntil(() -> paperclipShown(row(robot, "Best Buy")));

        // opened again: the stored files with their thumbnails; the image previews, and opens in the system viewer
        Expense saved = viewModel.rows().stream().filter(e -> e.id() == printer.id()).findFirst().orElseThrow();
        robot.interact(() -> ExpenseEditorView.open(loader, files, stage, viewModel.editorFor(saved)));
        waitUntil(() -> robot.lookup("#attachmentList").tryQuery().isPresent()
                && attachmentList(robot).getItems().size() == 2);
        waitUntil(() -> robot.lookup(".attachment-thumbnail .image-view").queryAll().stream()
                .filter(n -> ((ImageView) n).getImage() != null).count() == 2);
        robot.interact(() -> attachmentList(robot).getSelectionModel().select(0));
        waitUntil(() -> previewImage(robot).getImage() != null);
        var picture = previewImage(robot).getImage();
        assertThat(picture.getPixelReader().getColor(5, 5).getRed()).isGreaterThan(0.8);
        robot.clickOn("#openAttachmentButton");
        waitUntil(() -> !opened.isEmpty());
        assertThat(opened.get(0).getFileName().toString()).isEqualTo("receipt.png");
        assertThat(Files.readAllBytes(opened.get(0))).isEqualTo(PNG);

        // removed and saved: the PDF stays
        robot.clickOn("#removeAttachmentButton");
        waitUntil(() -> attachmentList(robot).getItems().size() == 1);
        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#attachmentList").tryQuery().isEmpty());
        assertThat(services.attachments().list(alice, printer.id())).extracting(Attachment::fileName)
                .containsExactly("warranty.pdf");
    }

    @Test
    void theAttachButtonAddsTheChosenFilesAndARefusedOneIsNamedInTheDialog(FxRobot robot) throws IOException {
        Path receipt = Files.write(dir.resolve("receipt.png"), PNG);
        Path big = dir.resolve("huge.pdf");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(21L * 1024 * 1024);
        }
        files.attachmentsToOpen = List.of(receipt, big);
        waitUntil(() -> row(robot, "Target") != null);
        robot.interact(() -> ExpenseEditorView.open(loader, files, stage, viewModel.newEditor()));
        waitUntil(() -> robot.lookup("#attachButton").tryQuery().isPresent());

        robot.clickOn("#attachButton");

        waitUntil(() -> attachmentList(robot).getItems().size() == 1);
        Label error = robot.lookup("#attachmentError").query();
        waitUntil(() -> error.isVisible());
        assertThat(error.getText()).isEqualTo("Cannot attach huge.pdf: it is 21.0 MB; files of at most 20 MB can be"
                + " attached.");
        robot.clickOn("#amountField").write("9.99");
        robot.clickOn("#payeeField").write("Walgreens");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var category = (ComboBox<io.spendsense.domain.Category>) robot.lookup("#categoryChoice").query();
            category.getSelectionModel().select(category.getItems().stream()
                    .filter(c -> c.name().equals("Health")).findFirst().orElseThrow());
        });
        robot.clickOn("#saveExpense");
        waitUntil(() -> robot.lookup("#attachmentList").tryQuery().isEmpty());
        Expense added = viewModel.rows().stream().filter(e -> "Walgreens".equals(e.payee())).findFirst()
                .orElseThrow();
        assertThat(added.attachmentCount()).isEqualTo(1);
        assertThat(services.attachments().list(alice, added.id())).extracting(Attachment::fileName)
                .containsExactly("receipt.png");
    }

    /** Fires what the toolkit fires on a drop: DRAG_OVER, then DRAG_DROPPED, with the files on the dragboard. */
    private static void drop(FxRobot robot, Node target, Path... paths) {
        robot.interact(() -> {
            Dragboard board = DragboardHelper.createDragboard(new FileDrag());
            var content = new ClipboardContent();
            List<File> list = new ArrayList<>();
            for (Path p : paths) {
                list.add(p.toFile());
            }
            content.putFiles(list);
            board.setContent(content);
            var bounds = target.localToScene(target.getBoundsInLocal());
            double x = bounds.getCenterX();
            double y = bounds.getCenterY();
            Event.fireEvent(target, new DragEvent(DragEvent.DRAG_OVER, board, x, y, x, y, TransferMode.COPY, null,
                    target, null));
            Event.fireEvent(target, new DragEvent(DragEvent.DRAG_DROPPED, board, x, y, x, y, TransferMode.COPY, null,
                    target, null));
        });
    }

    /**
     * What a drag from a file manager carries: the files, and the transfer modes the source offers (the toolkit's
     * own local clipboard has none, so a drop target could not accept it).
     */
    private static final class FileDrag implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(java.security.AccessControlContext context) {
            // no security manager in the tests
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (var p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
            // no drag image
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
            // no drag image
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
            // no drag image
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static TableRow<Expense> row(FxRobot robot, String payee) {
        return robot.lookup(".table-row-cell").queryAll().stream().map(n -> (TableRow<Expense>) n)
                .filter(r -> r.getItem() != null && payee.equals(r.getItem().payee())).findFirst().orElse(null);
    }

    private static boolean paperclipShown(TableRow<Expense> row) {
        return row != null && row.lookupAll(".paperclip-cell").stream()
                .anyMatch(c -> c.lookup(".paperclip") != null && c.lookup(".paperclip").isVisible());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AttachmentFilter> receiptChoice(FxRobot robot) {
        return robot.lookup("#attachmentBox").query();
    }

    @SuppressWarnings("unchecked")
    private static ListView<AttachmentItem> attachmentList(FxRobot robot) {
        return robot.lookup("#attachmentList").query();
    }

    private static ImageView previewImage(FxRobot robot) {
        return robot.lookup("#previewImage").query();
    }

    private static String previewMessage(FxRobot robot) {
        return robot.lookup("#previewMessage").<Label>query().getText();
    }
}
