package io.spendsense.ui.expenses;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.Category;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.ui.common.FilePicker;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.UniformRows;
import io.spendsense.ui.common.ViewLoader;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * Code-behind of Expenses.fxml: the filter bar, the table (sorted by the database: clicking a header only changes
 * the view-model's sort), the footer, the keyboard shortcuts, and the add / edit dialog.
 */
public final class ExpensesView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Messages.locale());
    private static final Duration DEBOUNCE = Duration.millis(250);
    /** A row files are dragged over: they would be attached to its expense. */
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ExpensesViewModel viewModel;
    private final ViewLoader loader;
    private final FilePicker files;
    @FXML private TextField searchField;
    @FXML private ComboBox<PeriodPreset> presetBox;
    @FXML private HBox customRange;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private CheckComboBox<Category> categoryBox;
    @FXML private ComboBox<AttachmentFilter> attachmentBox;
    @FXML private TextField minField;
    @FXML private TextField maxField;
    @FXML private Label filterError;
    @FXML private TableView<Expense> table;
    @FXML private TableColumn<Expense, Expense> attachmentColumn;
    @FXML private TableColumn<Expense, LocalDate> dateColumn;
    @FXML private TableColumn<Expense, String> descriptionColumn;
    @FXML private TableColumn<Expense, String> payeeColumn;
    @FXML private TableColumn<Expense, Expense> categoryColumn;
    @FXML private TableColumn<Expense, Expense> originalColumn;
    @FXML private TableColumn<Expense, Expense> amountColumn;
    @FXML private ProgressIndicator progress;
    @FXML private Label footerLabel;
    @FXML private Label loadedLabel;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button deleteButton;
    @FXML private Button editButton;
    private boolean syncingCategories;
    /** What the table showed and selected before a refresh replaced its rows (ids), to put back after it. */
    private Set<Long> keptSelection = Set.of();
    private Long keptTop;
    private int keptTopIndex = -1;

    public ExpensesView(ExpensesViewModel viewModel, ViewLoader loader, FilePicker files) {
        this.viewModel = viewModel;
        this.loader = loader;
        this.files = files;
    }

    @FXML
    private void initialize() {
        bindFilterBar();
        bindTable();
        footerLabel.textProperty().bind(viewModel.footerProperty());
        loadedLabel.textProperty().bind(Bindings.createStringBinding(() ->
                viewModel.rows().size() < viewModel.matchingCount()
                        ? Messages.format("expenses.loaded", viewModel.rows().size(),
                        viewModel.matchingCount()) : "", viewModel.rows(), viewModel.footerProperty()));
        progress.visibleProperty().bind(viewModel.loadingProperty());
        viewModel.reloadsProperty().addListener((o, a, b) -> table.scrollTo(0));
        // A refresh after a change made elsewhere keeps the table's place, selection and category checks.
        viewModel.replacingProperty().addListener((o, was, now) -> {
            if (now) {
                keepPlace();
            } else {
                restorePlace();
            }
        });
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
        var noSelection = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        deleteButton.disableProperty().bind(noSelection);
        editButton.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        table.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        viewModel.start();
    }

    private void bindFilterBar() {
        debounce(searchField, viewModel.searchTextProperty()::set);
        debounce(minField, viewModel.minAmountProperty()::set);
        debounce(maxField, viewModel.maxAmountProperty()::set);
        // The view-model can change the bar too (clear filters, "show in table" from charts or chat).
        viewModel.searchTextProperty().addListener((o, a, b) -> syncText(searchField, b));
        viewModel.minAmountProperty().addListener((o, a, b) -> syncText(minField, b));
        viewModel.maxAmountProperty().addListener((o, a, b) -> syncText(maxField, b));
        presetBox.getItems().setAll(PeriodPreset.values());
        presetBox.valueProperty().bindBidirectional(viewModel.presetProperty());
        customRange.visibleProperty().bind(viewModel.presetProperty().isEqualTo(PeriodPreset.CUSTOM));
        customRange.managedProperty().bind(customRange.visibleProperty());
        fromPicker.valueProperty().bindBidirectional(viewModel.customFromProperty());
        toPicker.valueProperty().bindBidirectional(viewModel.customToProperty());

        categoryBox.setTitle(Messages.get("expenses.allCategories"));
        categoryBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Category fromString(String s) {
                return null;
            }
        });
        Bindings.bindContent(categoryBox.getItems(), viewModel.categories());
        categoryBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<Category>) c -> {
            var checked = categoryBox.getCheckModel().getCheckedItems();
            categoryBox.setTitle(checked.isEmpty() ? Messages.get("expenses.allCategories")
                    : checked.size() == 1 ? checked.get(0).name()
                    : Messages.format("expenses.categories", checked.size()));
            if (!syncingCategories && !viewModel.replacingProperty().get()) {
                viewModel.categoryIdsProperty().set(categoryBox.getCheckModel().getCheckedItems().stream()
                        .map(Category::id).collect(Collectors.toSet()));
            }
        });
        viewModel.categoryIdsProperty().addListener((o, a, ids) -> syncCategoryChecks(ids));
        attachmentBox.getItems().setAll(AttachmentFilter.values());
        attachmentBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttachmentFilter f) {
                return f == null ? "" : switch (f) {
                    case ANY -> Messages.get("expenses.receipts.any");
                    case WITH -> Messages.get("expenses.receipts.with");
                    case WITHOUT -> Messages.get("expenses.receipts.without");
                };
            }

            @Override
            public AttachmentFilter fromString(String s) {
                return null;
            }
        });
        attachmentBox.valueProperty().bindBidirectional(viewModel.attachmentFilterProperty());
        filterError.textProperty().bind(viewModel.amountRangeErrorProperty());
        filterError.visibleProperty().bind(Bindings.isNotEmpty(viewModel.amountRangeErrorProperty()));
        filterError.managedProperty().bind(filterError.visibleProperty());
    }

    private void keepPlace() {
        keptSelection = table.getSelectionModel().getSelectedItems().stream().map(Expense::id)
                .collect(Collectors.toSet());
        keptTopIndex = -1;
        keptTop = null;
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            keptTopIndex = flow.getFirstVisibleCell().getIndex();
            // At the very top the table stays at the top, so that rows arriving there show (the newest first)
            if (keptTopIndex > 0 && keptTopIndex < table.getItems().size()) {
                keptTop = table.getItems().get(keptTopIndex).id();
            }
        }
    }

    /** The same expenses selected and the same one at the top (else the same row number), where they still are. */
    private void restorePlace() {
        var items = table.getItems();
        var selection = table.getSelectionModel();
        int top = -1;
        var selected = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            long id = items.get(i).id();
            if (keptSelection.contains(id)) {
                selected.add(i);
            }
            if (keptTop != null && keptTop == id) {
                top = i;
            }
        }
        if (!selected.isEmpty() && !selected.equals(selection.getSelectedIndices())) {
            selection.clearSelection();
            selected.forEach(selection::select);
        }
        if (top < 0 && keptTopIndex >= 0 && !items.isEmpty()) {
            top = Math.min(keptTopIndex, items.size() - 1);
        }
        if (top > 0) {
            table.scrollTo(top);
        }
        syncCategoryChecks(viewModel.categoryIdsProperty().get());
    }

    private void syncCategoryChecks(Set<Long> ids) {
        Set<Long> checked = categoryBox.getCheckModel().getCheckedItems().stream().map(Category::id)
                .collect(Collectors.toCollection(HashSet::new));
        if (checked.equals(ids)) {
            return;
        }
        syncingCategories = true;
        categoryBox.getCheckModel().clearChecks();
        categoryBox.getItems().stream().filter(c -> ids.contains(c.id()))
                .forEach(c -> categoryBox.getCheckModel().check(c));
        syncingCategories = false;
    }

    private static void syncText(TextField field, String value) {
        if (!field.getText().strip().equals(value == null ? "" : value.strip())) {
            field.setText(value);
        }
    }

    /** Typing waits a moment before filtering, so a word is one query, not one per letter; Enter applies at once. */
    private static void debounce(TextField field, java.util.function.Consumer<String> apply) {
        var pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> apply.accept(field.getText()));
        field.textProperty().addListener((o, a, b) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            apply.accept(field.getText());
        });
    }

    private void bindTable() {
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        dateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        dateColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : DATE.format(d));
            }
        });
        descriptionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().description()));
        payeeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().payee()));
        categoryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        categoryColumn.setCellFactory(c -> new CategoryCell());
        // what an expense in another currency was paid, beside its amount in the profile's (decision 0018)
        originalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        originalColumn.setCellFactory(c -> new OriginalCell());
        amountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        amountColumn.setCellFactory(c -> new AmountCell(viewModel.currency()));
        attachmentColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        attachmentColumn.setCellFactory(c -> new PaperclipCell());
        var clip = new Region();
        clip.getStyleClass().add("paperclip");
        attachmentColumn.setGraphic(clip);
        dateColumn.setUserData(ExpenseSort.Field.DATE);
        descriptionColumn.setUserData(ExpenseSort.Field.DESCRIPTION);
        payeeColumn.setUserData(ExpenseSort.Field.PAYEE);
        categoryColumn.setUserData(ExpenseSort.Field.CATEGORY);
        amountColumn.setUserData(ExpenseSort.Field.AMOUNT);
        dateColumn.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(dateColumn));
        // The database sorts: a header click only tells the view-model, which reloads the first page.
        table.setSortPolicy(t -> {
            var order = t.getSortOrder();
            viewModel.sortProperty().set(order.isEmpty() ? ExpenseSort.NEWEST_FIRST
                    : new ExpenseSort((ExpenseSort.Field) order.get(0).getUserData(),
                    order.get(0).getSortType() == TableColumn.SortType.ASCENDING));
            return true;
        });
        table.setRowFactory(t -> {
            var row = new TableRow<Expense>() {
                @Override
                protected void updateItem(Expense item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty) {
                        viewModel.rowShown(getIndex());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openEditor(viewModel.editorFor(row.getItem()));
                }
            });
            acceptDrops(row);
            return row;
        });
        UniformRows.install(table);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                onDelete();
                e.consume();
            }
        });
    }

    /** Files dropped on a row are attached to its expense (an undoable change). */
    private void acceptDrops(TableRow<Expense> row) {
        row.setOnDragOver(e -> {
            if (!row.isEmpty() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                row.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        row.setOnDragExited(e -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnDragDropped(e -> dropped(row.getItem(), e));
    }

    /** A drop on the row of {@code expense}: its files are attached to it. */
    void dropped(Expense expense, DragEvent e) {
        boolean files = expense != null && e.getDragboard().hasFiles();
        if (files) {
            viewModel.attachTo(expense, e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(files);
        e.consume();
    }

    private void installShortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onAdd);
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        keys.put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::onImport);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::onExport);
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::onUndo);
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::onRedo);
        keys.put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::onRedo);
    }

    private void openEditor(ExpenseEditorViewModel editor) {
        ExpenseEditorView.open(loader, files, table.getScene().getWindow(), editor);
    }

    @FXML
    private void onAdd() {
        openEditor(viewModel.newEditor());
    }

    @FXML
    private void onEdit() {
        var selected = table.getSelectionModel().getSelectedItems();
        if (selected.size() == 1) {
            openEditor(viewModel.editorFor(selected.get(0)));
        }
    }

    @FXML
    private void onDelete() {
        viewModel.delete(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void onUndo() {
        viewModel.undo();
    }

    @FXML
    private void onRedo() {
        viewModel.redo();
    }

    @FXML
    private void onImport() {
        ImportView.open(loader, files, table.getScene().getWindow(), viewModel.importer(), true);
    }

    @FXML
    private void onRates() {
        RatesView.open(loader, files, table.getScene().getWindow(), viewModel.rates());
    }

    @FXML
    private void onExport() {
        files.saveCsv(table.getScene().getWindow(), Messages.get("expenses.exportFileName"))
                .ifPresent(viewModel::exportTo);
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
    }

    public ExpensesViewModel viewModel() {
        return viewModel;
    }
}
