package io.spendsense.ui.expenses;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.spendsense.domain.Category;
import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.FxFilePicker;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Validation;
import io.spendsense.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.collections.transformation.FilteredList;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationSupport;

/** Code-behind of ExpenseEditor.fxml, and the dialog around it. */
public final class ExpenseEditorView {
    public static final String FXML = "/io/spendsense/ui/expenses/ExpenseEditor.fxml";
    @FXML private DatePicker datePicker;
    @FXML private TextField amountField;
    @FXML private ComboBox<String> currencyChoice;
    @FXML private Label rateLabel;
    @FXML private TextField rateField;
    @FXML private VBox rateNotes;
    @FXML private Label rateError;
    @FXML private Label rateInfo;
    @FXML private TextField payeeField;
    @FXML private ComboBox<Category> categoryChoice;
    @FXML private TextField descriptionField;
    @FXML private TextArea notesArea;
    @FXML private Label dateError;
    @FXML private Label amountError;
    @FXML private Label categoryError;
    @FXML private Label categoryHint;
    @FXML private Label formError;
    @FXML private ListView<AttachmentItem> attachmentList;
    @FXML private ImageView previewImage;
    @FXML private Label previewMessage;
    @FXML private Label attachmentError;
    @FXML private Button attachButton;
    @FXML private Button openAttachmentButton;
    @FXML private Button removeAttachmentButton;
    private AttachmentsViewModel attachments;
    private FilePicker files = new FxFilePicker();

    /** Shows the editor in a window-modal dialog; Save stays disabled until the form is valid. */
    public static Dialog<ButtonType> open(ViewLoader loader, Window owner, ExpenseEditorViewModel viewModel) {
        return open(loader, new FxFilePicker(), owner, viewModel);
    }

    /** As above, with the file dialog its Attach button opens. */
    public static Dialog<ButtonType> open(ViewLoader loader, FilePicker files, Window owner,
                                          ExpenseEditorViewModel viewModel) {
        ViewLoader.Loaded<ExpenseEditorView> loaded = loader.load(FXML);
        loaded.controller().files = files;
        loaded.controller().bind(viewModel);
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.format("app.windowTitle", viewModel.title()));
        dialog.setHeaderText(viewModel.title());
        var pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        pane.getStyleClass().add("expense-dialog");
        var save = new ButtonType(loader.text("common.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(save, ButtonType.CANCEL);
        pane.setContent(loaded.root());
        var saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("saveExpense");
        saveButton.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        ((Button) pane.lookupButton(ButtonType.CANCEL)).setId("cancelExpense");
        // files dropped anywhere on the dialog are added to the expense's list
        loaded.controller().acceptDrops(pane);
        dialog.setOnShown(e -> Platform.runLater(loaded.controller().amountField::requestFocus));
        // the rate row comes and goes with the currency, its lines with the rate: the dialog grows with them
        Forms.growWithMessages(dialog, viewModel.currencyProperty(), viewModel.rateInfoProperty(),
                viewModel.rateErrorProperty());
        viewModel.start();
        dialog.show();
        return dialog;
    }

    void bind(ExpenseEditorViewModel vm) {
        datePicker.valueProperty().bindBidirectional(vm.dateProperty());
        amountField.textProperty().bindBidirectional(vm.amountProperty());
        payeeField.textProperty().bindBidirectional(vm.payeeProperty());
        descriptionField.textProperty().bindBidirectional(vm.descriptionProperty());
        notesArea.textProperty().bindBidirectional(vm.notesProperty());
        bindCurrency(vm);
        // Archived categories are not offered for new expenses, but an expense that has one keeps it.
        var current = vm.categoryProperty().get();
        categoryChoice.setItems(new FilteredList<>(vm.categories(), c -> !c.archived() || c.equals(current)));
        categoryChoice.setCellFactory(l -> new Forms.CategoryCell());
        categoryChoice.setButtonCell(new Forms.CategoryCell());
        categoryChoice.valueProperty().bindBidirectional(vm.categoryProperty());
        TextFields.bindAutoCompletion(payeeField, request -> {
            String typed = request.getUserText().strip().toLowerCase(Locale.ROOT);
            return typed.isEmpty() ? java.util.List.<String>of() : vm.payeeNames().stream()
                    .filter(p -> p.toLowerCase(Locale.ROOT).contains(typed) && !p.equalsIgnoreCase(typed))
                    .limit(10).collect(Collectors.toList());
        });
        Forms.showText(dateError, vm.dateErrorProperty());
        Forms.showText(amountError, vm.amountErrorProperty());
        Forms.showText(categoryError, vm.categoryErrorProperty());
        // what a rule would pick, shown before saving; it goes away once the user picks a category
        Forms.showText(categoryHint, vm.categoryHintProperty());
        Forms.showText(formError, vm.formErrorProperty());
        var validation = new ValidationSupport();
        Validation.decorate(validation, amountField, vm.amountErrorProperty());
        Validation.decorate(validation, datePicker, vm.dateErrorProperty());
        Validation.decorate(validation, categoryChoice, vm.categoryErrorProperty());
        // A date typed but not yet committed with Enter still counts when the user presses Save.
        datePicker.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commitTypedDate();
            }
        });
        bindAttachments(vm.attachments());
    }

    private void bindAttachments(AttachmentsViewModel vm) {
        attachments = vm;
        attachmentList.setItems(vm.items());
        attachmentList.setCellFactory(l -> new AttachmentCell());
        attachmentList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                attachmentList.getSelectionModel().clearSelection();
            } else if (!b.equals(attachmentList.getSelectionModel().getSelectedItem())) {
                attachmentList.getSelectionModel().select(b);
            }
        });
        vm.previewProperty().addListener((o, a, bytes) -> previewImage.setImage(bytes == null ? null
                : new Image(new ByteArrayInputStream(bytes))));
        previewMessage.textProperty().bind(vm.previewMessageProperty());
        Forms.showText(attachmentError, vm.errorProperty());
        var none = vm.selectedProperty().isNull();
        openAttachmentButton.disableProperty().bind(none);
        removeAttachmentButton.disableProperty().bind(none);
        attachButton.disableProperty().bind(vm.busyProperty());
        attachmentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openSelected();
            }
        });
    }

    /** Files dragged over {@code target} (the dialog) are accepted as a copy and, dropped, added to the list. */
    void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    /** A drop: the files go to the list (read and checked in the background). */
    void dropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles();
        if (files) {
            attachments.addFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(files);
        e.consume();
    }

    @FXML
    private void onAttach() {
        List<java.nio.file.Path> chosen = files.openAttachments(attachButton.getScene().getWindow());
        attachments.addFiles(chosen);
    }

    @FXML
    private void onOpenAttachment() {
        attachments.openSelected();
    }

    @FXML
    private void onRemoveAttachment() {
        attachments.removeSelected();
    }

    /** The currency chooser beside the amount, and the rate row that shows for another currency than the profile's. */
    private void bindCurrency(ExpenseEditorViewModel vm) {
        currencyChoice.setItems(vm.currencies());
        currencyChoice.valueProperty().bindBidirectional(vm.currencyProperty());
        currencyChoice.setVisibleRowCount(12);
        rateField.textProperty().bindBidirectional(vm.rateProperty());
        rateField.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.format("editor.ratePrompt", vm.currencyProperty().get(), vm.profileCurrency()),
                vm.currencyProperty()));
        for (var node : new javafx.scene.Node[] {rateLabel, rateField, rateNotes}) {
            node.visibleProperty().bind(vm.foreignProperty());
            node.managedProperty().bind(vm.foreignProperty());
        }
        Forms.showText(rateError, vm.rateErrorProperty());
        Forms.showText(rateInfo, vm.rateInfoProperty());
        markEstimated(vm.rateEstimatedProperty().get());
        vm.rateEstimatedProperty().addListener((o, a, estimated) -> markEstimated(estimated));
    }

    /** An estimated rate (the nearest earlier day's) is marked on the field, as the line under it says. */
    private void markEstimated(boolean estimated) {
        rateField.getStyleClass().remove("rate-estimated");
        rateInfo.getStyleClass().remove("rate-estimated");
        if (estimated) {
            rateField.getStyleClass().add("rate-estimated");
            rateInfo.getStyleClass().add("rate-estimated");
        }
    }

    private void commitTypedDate() {
        try {
            var typed = datePicker.getConverter().fromString(datePicker.getEditor().getText());
            if (typed != null) {
                datePicker.setValue(typed);
            }
        } catch (RuntimeException ignored) {
            // Not a date: the picker keeps its value.
        }
    }
}
