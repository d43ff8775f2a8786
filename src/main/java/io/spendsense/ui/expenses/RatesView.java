package io.spendsense.ui.expenses;

import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Code-behind of Rates.fxml: the profile's exchange rates, importing a rates file, the opt-in download. */
public final class RatesView {
    public static final String FXML = "/io/spendsense/ui/expenses/Rates.fxml";
    @FXML private TableView<RateRow> ratesTable;
    @FXML private TableColumn<RateRow, String> rateDateColumn;
    @FXML private TableColumn<RateRow, String> rateCurrencyColumn;
    @FXML private TableColumn<RateRow, String> rateValueColumn;
    @FXML private TableColumn<RateRow, String> rateSourceColumn;
    @FXML private Button importRatesButton;
    @FXML private Button downloadRatesButton;
    @FXML private CheckBox allowDownload;
    @FXML private TextField downloadUrl;
    @FXML private Label ratesOutcome;
    @FXML private ListView<String> ratesProblems;
    private RatesViewModel viewModel;
    private FilePicker files;

    /** Shows the rates dialog (window-modal, closed with Close). */
    public static void open(ViewLoader loader, FilePicker files, Window owner, RatesViewModel viewModel) {
        ViewLoader.Loaded<RatesView> loaded = loader.load(FXML);
        loaded.controller().files = files;
        loaded.controller().bind(viewModel);
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.format("app.windowTitle", Messages.get("rates.title")));
        dialog.setHeaderText(Messages.get("rates.header"));
        var pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        pane.getButtonTypes().add(ButtonType.CLOSE);
        pane.setContent(loaded.root());
        dialog.setResizable(true);
        // an outcome (and a refused file's lines) appears under the buttons: the dialog grows with it
        Forms.growWithMessages(dialog, viewModel.outcomeProperty());
        viewModel.start();
        dialog.show();
    }

    void bind(RatesViewModel vm) {
        this.viewModel = vm;
        ratesTable.setItems(vm.rows());
        rateDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date()));
        rateCurrencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().currency()));
        rateValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rate()));
        rateSourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        allowDownload.selectedProperty().bindBidirectional(vm.downloadEnabledProperty());
        downloadUrl.textProperty().bindBidirectional(vm.downloadUrlProperty());
        // the address is saved when the user leaves the field or presses Enter
        downloadUrl.setOnAction(e -> vm.saveSettings());
        downloadUrl.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                vm.saveSettings();
            }
        });
        downloadRatesButton.disableProperty().bind(vm.downloadEnabledProperty().not().or(vm.busyProperty()));
        importRatesButton.disableProperty().bind(vm.busyProperty());
        Forms.showText(ratesOutcome, vm.outcomeProperty());
        vm.failedProperty().addListener((o, a, bad) -> {
            ratesOutcome.getStyleClass().remove("field-error");
            if (bad) {
                ratesOutcome.getStyleClass().add("field-error");
            }
        });
        ratesProblems.setItems(vm.problems());
        ratesProblems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        ratesProblems.managedProperty().bind(ratesProblems.visibleProperty());
    }

    @FXML
    private void onImportRates() {
        files.openCsv(ratesTable.getScene().getWindow()).ifPresent(viewModel::importFrom);
    }

    @FXML
    private void onDownloadRates() {
        viewModel.download();
    }
}
