package io.spendsense.ui.expenses;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.Category;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.Money;
import io.spendsense.domain.Slice;
import io.spendsense.domain.Totals;
import io.spendsense.service.AttachmentService;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.DesktopSystemViewer;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.SystemViewer;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The expense table of the signed-in user: the filter bar's state, the rows loaded so far (a page at a time, sorted
 * and filtered in SQL), the footer's count and total of the whole filter, and add / edit / delete with undo.
 */
public final class ExpensesViewModel {
    static final int PAGE_SIZE = 200;
    /** Load the next page when the table shows a row this close to the end of what is loaded. */
    static final int PREFETCH_MARGIN = 40;
    /** A refresh after a change elsewhere reads at most this many rows again (the rest load as the table scrolls). */
    static final int REFRESH_LIMIT = 5_000;
    /**
     * The files of a delete that undo may keep in memory (64 MiB): a delete of more asks first, and its undo brings
     * the expenses back without their files.
     */
    static final long UNDO_FILES_LIMIT = 64L * 1024 * 1024;

    private final Services services;
    private final SignedInUser user;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AmountParser amounts;
    private final Clock clock;
    private final UndoManager undo;
    private final SystemViewer viewer;

    private final ObservableList<Expense> rows = FXCollections.observableArrayList();
    private final ObservableList<Expense> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>(PeriodPreset.ALL);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> categoryIds = new SimpleObjectProperty<>(Set.of());
    private final StringProperty minAmount = new SimpleStringProperty("");
    private final StringProperty maxAmount = new SimpleStringProperty("");
    private final ObjectProperty<AttachmentFilter> attachmentFilter = new SimpleObjectProperty<>(AttachmentFilter.ANY);
    private final ObjectProperty<ExpenseSort> sort = new SimpleObjectProperty<>(ExpenseSort.NEWEST_FIRST);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountRangeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Totals> totals = new ReadOnlyObjectWrapper<>(Totals.NONE);
    /** Counts completed reloads (a new first page): the table scrolls back to the top on each. */
    private final ReadOnlyIntegerWrapper reloads = new ReadOnlyIntegerWrapper(0);
    /**
     * Counts completed refreshes after a change made elsewhere ({@link #refresh}): the table keeps its place and puts
     * the selection back, by id, on each.
     */
    private final ReadOnlyIntegerWrapper refreshes = new ReadOnlyIntegerWrapper(0);
    /**
     * True while a refresh replaces the rows or the categories: the table keeps what it shows and selects, and the
     * category box what it has checked, over it.
     */
    private final ReadOnlyBooleanWrapper replacing = new ReadOnlyBooleanWrapper(false);
    /** Counts changes this view made to the data (add, edit, delete, undo, redo, import): charts and chat follow it. */
    private final ReadOnlyIntegerWrapper dataChanges = new ReadOnlyIntegerWrapper(0);
    private ExpenseFilter currentFilter = ExpenseFilter.ALL;
    private long matching;
    /** Whether rows follow the last one loaded (the last page said so). */
    private boolean more;
    private int generation;
    private boolean pageLoading;
    /** While the bar is changed in several steps, one reload at the end instead of one per field. */
    private boolean batching;

    /** {@code amounts} reads the amounts typed in its editors (and filters), in the profile's locale. */
    public ExpensesViewModel(Services services, SignedInUser user, TaskRunner runner, DialogService dialogs,
            AmountParser amounts) {
        this(services, user, runner, dialogs, amounts, new DesktopSystemViewer());
    }

    /** As above, with the system viewer that opens attachments (tests: one that records what it opens). */
    public ExpensesViewModel(Services services, SignedInUser user, TaskRunner runner, DialogService dialogs,
            AmountParser amounts, SystemViewer viewer) {
        this.viewer = viewer;
        this.amounts = amounts;
        this.services = services;
        this.user = user;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = services.clock();
        this.undo = new UndoManager(runner);
        List<ObservableValue<?>> inputs = List.of(searchText, preset, customFrom, customTo, categoryIds, minAmount,
                maxAmount, attachmentFilter, sort);
        // Change (not invalidation) listeners: setting an equal value, as the table does with its sort, is no change.
        inputs.forEach(o -> o.addListener((obs, a, b) -> reload()));
    }

    /** First load: categories for the filter and the editor, then the first page. */
    public void start() {
        runner.run(() -> services.categories().listIncludingArchived(user))
                .onSuccess(categories::setAll)
                .onFailure(e -> dialogs.showError(Messages.get("expenses.error.categories"), UserMessages.of(e)))
                .start();
        reload();
    }

    /**
     * The filter the bar describes now; bad amounts are left out (and reported in {@link #amountRangeErrorProperty}).
     */
    public ExpenseFilter filter() {
        var period = preset.get().toPeriod(LocalDate.now(clock), customFrom.get(), customTo.get());
        var f = ExpenseFilter.of(period).withText(searchText.get()).withCategories(categoryIds.get())
                .withAttachments(attachmentFilter.get());
        var minReading = amounts.read(minAmount.get());
        var maxReading = amounts.read(maxAmount.get());
        BigDecimal min = minReading.amount();
        BigDecimal max = maxReading.amount();
        String problem = minReading.status() == AmountParser.Status.AMBIGUOUS
                ? Messages.format("expenses.minimumQuestion", minReading.question())
                : maxReading.status() == AmountParser.Status.AMBIGUOUS
                ? Messages.format("expenses.maximumQuestion", maxReading.question())
                : (!minAmount.get().isBlank() && min == null) || (!maxAmount.get().isBlank() && max == null)
                ? Messages.get("expenses.amountsNotNumbers")
                : min != null && max != null && min.compareTo(max) > 0 ? Messages.get("expenses.minAboveMax") : "";
        amountRangeError.set(problem);
        if (problem.isEmpty()) {
            f = f.withMin(min, false).withMax(max, false);
        }
        return f;
    }

    /** Drops the loaded rows and loads the first page and the footer totals of the current filter. */
    public void reload() {
        if (batching) {
            return;
        }
        var filter = filter();
        var order = sort.get();
        int gen = ++generation;
        pageLoading = true;
        // the rows first, then the footer: a search's first page shows before the sum of all its matches is read
        runner.run(() -> services.expenses().pageAfter(user, filter, order, null, PAGE_SIZE))
                .onBusy(loading::set)
                .onSuccess(page -> {
                    if (gen != generation) {
                        return;
                    }
                    pageLoading = false;
                    currentFilter = filter;
                    more = page.more();
                    rows.setAll(page.items());
                    loadTotals(filter, gen);
                })
                .onFailure(e -> {
                    pageLoading = false;
                    dialogs.showError(Messages.get("expenses.error.title"), UserMessages.of(e));
                })
                .start();
    }

    /**
     * After a change made elsewhere (another window, computer or command on the same database; decision 0021): the
     * rows loaded so far are read again with the same filter and order, as many as were loaded (at most
     * {@link #REFRESH_LIMIT}), with the footer and the categories. Unlike {@link #reload} the table does not go back to
     * the top: {@link #refreshesProperty} tells it to put its place and selection back.
     */
    public void refresh() {
        if (batching) {
            return;
        }
        runner.run(() -> services.categories().listIncludingArchived(user))
                .onSuccess(list -> {
                    if (!list.equals(categories)) {
                        replace(() -> categories.setAll(list));
                    }
                })
                .onFailure(e -> dialogs.showError(Messages.get("expenses.error.categories"), UserMessages.of(e)))
                .start();
        var filter = filter();
        var order = sort.get();
        int gen = ++generation;
        int wanted = Math.min(Math.max(rows.size(), PAGE_SIZE), REFRESH_LIMIT);
        pageLoading = true;
        runner.run(() -> firstRows(filter, order, wanted))
                .onBusy(loading::set)
                .onSuccess(page -> {
                    if (gen != generation) {
                        return;
                    }
                    pageLoading = false;
                    currentFilter = filter;
                    more = page.more();
                    replace(() -> rows.setAll(page.items()));
                    loadTotals(filter, gen, refreshes);
                })
                .onFailure(e -> {
                    pageLoading = false;
                    dialogs.showError(Messages.get("expenses.error.title"), UserMessages.of(e));
                })
                .start();
    }

    private void replace(Runnable change) {
        replacing.set(true);
        try {
            change.run();
        } finally {
            replacing.set(false);
        }
    }

    /** The first {@code wanted} rows of the filter in order, read a keyset page at a time (off the FX thread). */
    private Slice<Expense> firstRows(ExpenseFilter filter, ExpenseSort order, int wanted) {
        var items = new ArrayList<Expense>(wanted);
        boolean further = true;
        while (further && items.size() < wanted) {
            var page = services.expenses().pageAfter(user, filter, order,
                    items.isEmpty() ? null : items.get(items.size() - 1),
                    Math.min(ExpenseService.MAX_PAGE, wanted - items.size()));
            items.addAll(page.items());
            further = page.more() && !page.items().isEmpty();
        }
        return new Slice<>(items, further);
    }

    /** The footer of the rows just shown; {@link #reloadsProperty} counts a reload once both are in. */
    private void loadTotals(ExpenseFilter filter, int gen) {
        loadTotals(filter, gen, reloads);
    }

    /** The footer of the rows just shown; {@code done} counts the reload or refresh once both are in. */
    private void loadTotals(ExpenseFilter filter, int gen, ReadOnlyIntegerWrapper done) {
        runner.run(() -> services.summaries().totals(user, filter))
                .onBusy(loading::set)
                .onSuccess(t -> {
                    if (gen != generation) {
                        return;
                    }
                    matching = t.count();
                    totals.set(t);
                    footer.set(footerText(t));
                    done.set(done.get() + 1);
                })
                .onFailure(e -> dialogs.showError(Messages.get("expenses.error.title"), UserMessages.of(e)))
                .start();
    }

    /** Loads the next page when the table nears the end of the loaded rows. */
    public void rowShown(int index) {
        if (index >= rows.size() - PREFETCH_MARGIN) {
            loadMore();
        }
    }

    public void loadMore() {
        if (pageLoading || !more || rows.isEmpty()) {
            return;
        }
        int gen = generation;
        int offset = rows.size();
        Expense last = rows.get(offset - 1);
        var filter = currentFilter;
        var order = sort.get();
        pageLoading = true;
        runner.run(() -> services.expenses().pageAfter(user, filter, order, last, PAGE_SIZE))
                .onBusy(loading::set)
                .onSuccess((Slice<Expense> page) -> {
                    pageLoading = false;
                    if (gen == generation && rows.size() == offset) {
                        more = page.more();
                        rows.addAll(page.items());
                    }
                })
                .onFailure(e -> {
                    pageLoading = false;
                    dialogs.showError(Messages.get("expenses.error.title"), UserMessages.of(e));
                })
                .start();
    }

    private String footerText(Totals t) {
        return Messages.format("expenses.footer", t.count(), Money.format(t.total(), user.currency()));
    }

    /** A new-expense editor for the dialog; saving it adds an undoable command. */
    public ExpenseEditorViewModel newEditor() {
        return new ExpenseEditorViewModel(services, user, runner, categories, null, this::afterSave, amounts, viewer);
    }

    public ExpenseEditorViewModel editorFor(Expense expense) {
        return new ExpenseEditorViewModel(services, user, runner, categories, expense, this::afterSave, amounts,
                viewer);
    }

    /** Called by an editor with the change it wants to make; runs it as an undoable command. */
    private void afterSave(UndoableCommand command, Runnable closeEditor, Consumer<Throwable> failed) {
        undo.execute(command, () -> {
            closeEditor.run();
            changed();
        }, failed);
    }

    /**
     * Deletes expenses, undoably. Their files go too; undo brings them back when they are at most
     * {@link #UNDO_FILES_LIMIT} in all (kept in memory until then), else the user is asked first.
     */
    public void delete(List<Expense> selected) {
        if (selected == null || selected.isEmpty()) {
            return;
        }
        var chosen = List.copyOf(selected);
        int files = chosen.stream().mapToInt(Expense::attachmentCount).sum();
        if (files == 0) {
            runDelete(chosen, Map.of());
            return;
        }
        var ids = chosen.stream().map(Expense::id).toList();
        AttachmentService attachments = services.attachments();
        runner.run(() -> {
            long size = attachments.totalSize(user, ids);
            return size <= UNDO_FILES_LIMIT ? new Kept(attachments.files(user, ids), size) : new Kept(null, size);
        }).onBusy(loading::set).onSuccess(kept -> {
            if (kept.files() != null) {
                runDelete(chosen, kept.files());
            } else if (dialogs.confirm(Messages.get("expenses.deleteFilesTitle"), Messages.format(
                    "expenses.deleteFilesForGood", chosen.size(), files, kept.size() / (1024.0 * 1024.0)))) {
                runDelete(chosen, Map.of());
            }
        }).onFailure(this::failed).start();
    }

    private record Kept(Map<Long, List<AttachmentService.NewAttachment>> files, long size) {
    }

    private void runDelete(List<Expense> chosen, Map<Long, List<AttachmentService.NewAttachment>> files) {
        var command = ExpenseCommands.delete(services.expenses(), services.attachments(), user, chosen, files);
        undo.execute(command, () -> {
            changed();
            dialogs.notify(Messages.format("expenses.deleted", chosen.size()), Messages.get("common.undo"),
                    this::undo);
        }, this::failed);
    }

    /**
     * Attaches files dropped on a row to its expense, undoably: read and checked in the background, refused with the
     * service's reason (nothing attached when one file is refused).
     */
    public void attachTo(Expense expense, List<Path> files) {
        if (expense == null || files == null || files.isEmpty()) {
            return;
        }
        AttachmentService attachments = services.attachments();
        runner.run(() -> files.stream().map(attachments::read).toList()).onBusy(loading::set).onSuccess(read ->
                undo.execute(ExpenseCommands.attach(attachments, user, expense.id(), read), () -> {
                    changed();
                    dialogs.notify(Messages.format("expenses.attached", read.size(), label(expense)),
                            Messages.get("common.undo"), this::undo);
                }, this::attachFailed)).onFailure(this::attachFailed).start();
    }

    private void attachFailed(Throwable e) {
        dialogs.showError(Messages.get("attachments.error.title"), UserMessages.of(e));
    }

    /** How a notification names an expense: its payee, else its description, else its date. */
    private static String label(Expense e) {
        return e.payee() != null && !e.payee().isBlank() ? e.payee()
                : e.description() != null && !e.description().isBlank() ? e.description() : e.date().toString();
    }


    /** An Import CSV dialog's state; a successful import reloads the table. */
    public ImportViewModel importer() {
        return new ImportViewModel(services, user, runner, this::changed);
    }

    /** The exchange-rates dialog's view-model. */
    public RatesViewModel rates() {
        return new RatesViewModel(services, user, runner);
    }

    /** Writes what the filter bar shows (all of it, not just the loaded pages) to a CSV file. */
    public void exportTo(Path file) {
        var filter = filter();
        runner.run(() -> services.exporter().exportTo(user, filter, file)).onBusy(loading::set)
                .onSuccess(count -> dialogs.notify(Messages.format("expenses.exported", count, file.getFileName()),
                        null, null))
                .onFailure(e -> dialogs.showError(Messages.get("expenses.error.export"),
                        Messages.format("expenses.exportFailed", file.getFileName(), UserMessages.of(e))))
                .start();
    }

    public void undo() {
        undo.undo(this::changed, this::failed);
    }

    public void redo() {
        undo.redo(this::changed, this::failed);
    }

    /** After a change to the data: reload, and tell whoever follows {@link #dataChangesProperty()}. */
    private void changed() {
        reload();
        dataChanges.set(dataChanges.get() + 1);
    }

    public ReadOnlyIntegerProperty dataChangesProperty() {
        return dataChanges.getReadOnlyProperty();
    }

    private void failed(Throwable e) {
        dialogs.showError(Messages.get("expenses.error.title"), UserMessages.of(e));
        reload();
    }

    /** Clears every restriction of the filter bar. */
    public void clearFilters() {
        batching = true;
        searchText.set("");
        minAmount.set("");
        maxAmount.set("");
        attachmentFilter.set(AttachmentFilter.ANY);
        categoryIds.set(Set.of());
        customFrom.set(null);
        customTo.set(null);
        preset.set(PeriodPreset.ALL);
        batching = false;
        reload();
    }

    /** Shows a given filter in the bar (charts and chat use it: "show in table"). Only fields the bar has are kept. */
    public void applyFilter(PeriodPreset newPreset, LocalDate from, LocalDate to, Set<Long> ids, String text) {
        batching = true;
        customFrom.set(from);
        customTo.set(to);
        categoryIds.set(ids == null ? Set.of() : new HashSet<>(ids));
        searchText.set(text == null ? "" : text);
        preset.set(newPreset);
        batching = false;
        reload();
    }

    /**
     * Shows a filter published by the charts or the chat ("show in table"): its period as a custom range (or all
     * time), categories, payee as search text, amount bounds and receipts (with, without). The bar has no
     * weekend/weekday switch, so those restrictions are not shown.
     */
    public void applyFilter(ExpenseFilter f) {
        var p = f.period();
        batching = true;
        minAmount.set(f.minAmount() == null ? "" : Money.plainExact(f.minAmount()));
        maxAmount.set(f.maxAmount() == null ? "" : Money.plainExact(f.maxAmount()));
        attachmentFilter.set(f.attachments());
        batching = false;
        applyFilter(p.isAllTime() ? PeriodPreset.ALL : PeriodPreset.CUSTOM, p.from(), p.to(), f.categoryIds(),
                f.payee() != null ? f.payee() : f.text());
    }

    public String currency() {
        return user.currency();
    }

    public ObservableList<Expense> rows() {
        return rowsView;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<PeriodPreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    public ObjectProperty<Set<Long>> categoryIdsProperty() {
        return categoryIds;
    }

    public StringProperty minAmountProperty() {
        return minAmount;
    }

    public StringProperty maxAmountProperty() {
        return maxAmount;
    }

    /** The filter bar's "receipts" choice: any, with, without. */
    public ObjectProperty<AttachmentFilter> attachmentFilterProperty() {
        return attachmentFilter;
    }

    public ObjectProperty<ExpenseSort> sortProperty() {
        return sort;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty footerProperty() {
        return footer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountRangeErrorProperty() {
        return amountRangeError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Totals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    /** Counts completed refreshes after changes made elsewhere ({@link #refresh}). */
    public ReadOnlyIntegerProperty refreshesProperty() {
        return refreshes.getReadOnlyProperty();
    }

    /**
     * True while {@link #refresh} replaces the rows or the categories (the table keeps its place and selection, the
     * category box its checks, over it).
     */
    public ReadOnlyBooleanProperty replacingProperty() {
        return replacing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undo.canRedoProperty();
    }

    /** How many expenses match the filter (the table holds only the pages loaded so far). */
    public long matchingCount() {
        return matching;
    }
}
