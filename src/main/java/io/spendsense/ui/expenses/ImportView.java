package io.spendsense.ui.expenses;

import java.util.List;

import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.ViewLoader;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Code-behind of Import.fxml, and the dialog around it: file chooser, preview, column mapping, outcome. */
public final class ImportView {
    public static final String FXML = "/io/spendsense/ui/expenses/Import.fxml";
    @FXML private Button chooseFileButton;
    @FXML private Label fileLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private ComboBox<String> dateColumn;
    @FXML private ComboBox<String> amountColumn;
    @FXML private ComboBox<String> descriptionColumn;
    @FXML private ComboBox<String> payeeColumn;
    @FXML private ComboBox<String> categoryColumn;
    @FXML private ComboBox<String> dateFormat;
    @FXML private ComboBox<String> dateOrder;
    @FXML private ComboBox<String> sign;
    @FXML private ComboBox<String> encoding;
    @FXML private ComboBox<String> currency;
    @FXML private Label detected;
    @FXML private Label skipped;
    @FXML private CheckBox allowDuplicates;
    @FXML private ProgressBar progress;
    @FXML private Label outcome;
    @FXML private ListView<String> problems;
    private ImportViewModel viewModel;
    private FilePicker files;

    /**
     * Asks for a file first when {@code chooseNow} (nothing opens if the user cancels), then shows the dialog with
     * its preview.
     */
    public static void open(ViewLoader loader, FilePicker files, Window owner, ImportViewModel viewModel,
                            boolean chooseNow) {
        if (chooseNow) {
            var chosen = files.openCsv(owner);
            if (chosen.isEmpty()) {
                return;
            }
            viewModel.choose(chosen.get());
        }
        ViewLoader.Loaded<ImportView> loaded = loader.load(FXML);
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.get("import.windowTitle"));
        dialog.setHeaderText(Messages.get("import.header"));
        var pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        var importType = new ButtonType(loader.text("import.run"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(importType, ButtonType.CLOSE);
        pane.setContent(loaded.root());
        var importButton = (Button) pane.lookupButton(importType);
        importButton.setId("runImport");
        importButton.disableProperty().bind(viewModel.canImportProperty().not().or(viewModel.busyProperty()));
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.runImport();
        });
        loaded.controller().files = files;
        loaded.controller().bind(viewModel);
        dialog.setResizable(true);
        // The outcome and the list of bad lines appear after an import: grow the window to show them.
        Runnable fit = () -> Platform.runLater(() -> pane.getScene().getWindow().sizeToScene());
        viewModel.problems().addListener((ListChangeListener<String>) c -> fit.run());
        viewModel.outcomeProperty().addListener((o, a, b) -> fit.run());
        viewModel.detectedProperty().addListener((o, a, b) -> fit.run());
        dialog.show();
    }

    void bind(ImportViewModel vm) {
        this.viewModel = vm;
        String noFile = fileLabel.getText();
        fileLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? noFile : vm.fileProperty().get().toString(), vm.fileProperty()));
        showPreview(vm.previewProperty().get());
        vm.previewProperty().addListener((o, a, preview) -> showPreview(preview));
        for (var pair : List.of(new Pair(dateColumn, vm.dateColumnProperty()),
                new Pair(amountColumn, vm.amountColumnProperty()),
                new Pair(descriptionColumn, vm.descriptionColumnProperty()),
                new Pair(payeeColumn, vm.payeeColumnProperty()),
                new Pair(categoryColumn, vm.categoryColumnProperty()))) {
            pair.box().setItems(vm.columnChoices());
            pair.box().valueProperty().bindBidirectional(pair.value());
        }
        dateFormat.getItems().setAll(ImportViewModel.DATE_FORMATS);
        dateFormat.valueProperty().bindBidirectional(vm.dateFormatProperty());
        dateOrder.getItems().setAll(ImportViewModel.DATE_ORDERS);
        dateOrder.valueProperty().bindBidirectional(vm.dateOrderProperty());
        sign.getItems().setAll(ImportViewModel.SIGNS);
        sign.valueProperty().bindBidirectional(vm.signProperty());
        encoding.getItems().setAll(ImportViewModel.ENCODINGS);
        encoding.valueProperty().bindBidirectional(vm.encodingProperty());
        currency.setItems(vm.currencyChoices());
        currency.setVisibleRowCount(12);
        currency.valueProperty().bindBidirectional(vm.currencyProperty());
        detected.textProperty().bind(vm.detectedProperty());
        skipped.textProperty().bind(vm.skippedProperty());
        for (var label : List.of(detected, skipped)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        allowDuplicates.selectedProperty().bindBidirectional(vm.allowDuplicatesProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        outcome.textProperty().bind(vm.outcomeProperty());
        vm.failedProperty().addListener((o, a, failed) -> showFailed(failed));
        showFailed(vm.failedProperty().get()); // the file may have been read before the dialog opened
        problems.setItems(vm.problems());
        problems.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        chooseFileButton.disableProperty().bind(vm.busyProperty());
    }

    private void showFailed(boolean failed) {
        outcome.getStyleClass().remove("field-error");
        if (failed) {
            outcome.getStyleClass().add("field-error");
        }
    }

    private void showPreview(CsvPreview preview) {
        previewTable.getColumns().clear();
        previewTable.getItems().clear();
        if (preview == null) {
            return;
        }
        for (int i = 0; i < preview.header().size(); i++) {
            int index = i;
            var column = new TableColumn<List<String>, String>(preview.header().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().size()
                    ? c.getValue().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(Math.max(90, 540.0 / preview.header().size()));
            previewTable.getColumns().add(column);
        }
        previewTable.getItems().setAll(preview.rows());
    }

    @FXML
    private void onChooseFile() {
        files.openCsv(chooseFileButton.getScene().getWindow()).ifPresent(viewModel::choose);
    }

    private record Pair(ComboBox<String> box, ObjectProperty<String> value) {
    }
}
