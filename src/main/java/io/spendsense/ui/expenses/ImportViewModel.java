package io.spendsense.ui.expenses;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.spendsense.domain.SafeText;
import io.spendsense.service.CsvFormatOptions;
import io.spendsense.service.ImportException;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.ImportReport;
import io.spendsense.service.ImportService;
import io.spendsense.service.ServiceException;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.imports.DateOrder;
import io.spendsense.service.imports.ImportHint;
import io.spendsense.service.imports.SignConvention;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Import dialog: the chosen file's first rows, how it will be read (format, encoding, separator, date order,
 * sign convention: detected, and the encoding, date format, date order and signs can be corrected), which column holds
 * what, what will be skipped and why, the
 * import itself (all or nothing, in the background), and its outcome: a summary, or the line-numbered problems of a
 * rejected file. Reading the file, for the preview too, never runs on the FX thread.
 */
public final class ImportViewModel {
    /** Shown in the column choosers for "let the importer find it by its header". */
    public static final String DETECT = Messages.get("import.detect");
    public static final List<String> DATE_FORMATS = List.of(DETECT, "yyyy-MM-dd", "MM/dd/yyyy", "dd/MM/yyyy",
            "dd.MM.yyyy", "dd.MM.yy", "dd/MM/yy", "MM/dd/yy", "yyyyMMdd");
    public static final String DAY_FIRST = Messages.get("import.dayFirst");
    public static final String MONTH_FIRST = Messages.get("import.monthFirst");
    public static final List<String> DATE_ORDERS = List.of(DETECT, DAY_FIRST, MONTH_FIRST);
    public static final String CHARGES_NEGATIVE = Messages.get("import.chargesNegative");
    public static final String CHARGES_POSITIVE = Messages.get("import.chargesPositive");
    public static final List<String> SIGNS = List.of(DETECT, CHARGES_NEGATIVE, CHARGES_POSITIVE);
    /** The encodings banks write: UTF-8, Windows-1252 (German, Dutch, French banks), Latin-1, UTF-16. */
    public static final List<String> ENCODINGS = List.of(DETECT, "UTF-8", "windows-1252", "ISO-8859-1",
            "ISO-8859-15", "UTF-16", "UTF-16LE", "UTF-16BE");

    /** What a background read of the chosen file found: the table, and the import's dry run (or why it failed). */
    private record Loaded(CsvPreview preview, ImportService.Preview analysis, Exception problem) {
    }

    private static final ImportHint.Wording WORDING = ImportViewModel::word;

    private final Services services;
    private final SignedInUser user;
    private final TaskRunner runner;
    private final Runnable onImported;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CsvPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList(DETECT);
    private final ObjectProperty<String> dateColumn = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> amountColumn = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> descriptionColumn = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> payeeColumn = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> categoryColumn = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> dateFormat = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> dateOrder = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> sign = new SimpleObjectProperty<>(DETECT);
    private final ObjectProperty<String> encoding = new SimpleObjectProperty<>(DETECT);
    /** The currency of a file that does not say one: "as the file says" or a code (decision 0018). */
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>();
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();
    private final String asTheFileSays;
    private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper skipped = new ReadOnlyStringWrapper("");
    private boolean applying;
    private boolean loading;
    private boolean importAfterLoad;
    private boolean reloadAfterLoad;
    private final BooleanProperty allowDuplicates = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    ImportViewModel(Services services, SignedInUser user, TaskRunner runner, Runnable onImported) {
        this.services = services;
        this.user = user;
        this.runner = runner;
        this.onImported = onImported;
        this.asTheFileSays = Messages.format("import.currencyAsFile", user.currency());
        currencyChoices.add(asTheFileSays);
        currencyChoices.addAll(ForeignRate.choices(user.currency(), List.of(), null));
        currency.set(asTheFileSays);
        for (var choice : List.of(dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn, dateFormat,
                dateOrder, sign, encoding, currency)) {
            // a chooser whose items are replaced may report null for "(detect)": only a real change reads again
            choice.addListener((o, a, b) -> {
                if (!Objects.equals(a == null ? DETECT : a, b == null ? DETECT : b)) {
                    refresh();
                }
            });
        }
    }

    /** Reads the first rows of {@code path} for the preview and the column choosers, and what the import would do. */
    public void choose(Path path) {
        file.set(path);
        preview.set(null);
        problems.clear();
        failed.set(false);
        detected.set("");
        skipped.set("");
        outcome.set(Messages.format("import.reading", path.getFileName()));
        canImport.set(false);
        applying = true;
        for (var choice : List.of(dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn, dateFormat,
                dateOrder, sign, encoding)) {
            choice.set(DETECT);
        }
        applying = false;
        load(path, true);
    }

    /** Reads the file again with the settings chosen now (a column, the date order, the signs, the encoding). */
    void refresh() {
        Path path = file.get();
        if (path == null || applying) {
            return;
        }
        if (loading) {
            reloadAfterLoad = true; // read again with this choice once the running read is done
        } else if (!busy.get()) {
            load(path, false);
        }
    }

    private void load(Path path, boolean fresh) {
        var options = options();
        loading = true;
        runner.run(() -> read(path, options)).onBusy(busy::set).onSuccess(loaded -> {
            loading = false;
            if (reloadAfterLoad && path.equals(file.get())) {
                reloadAfterLoad = false;
                load(path, fresh);
                return;
            }
            var table = loaded.preview();
            preview.set(table);
            if (fresh) {
                applying = true;
                columnChoices.setAll(DETECT);
                if (table.delimiter() != null) {
                    columnChoices.addAll(table.header());
                }
                applying = false;
            }
            show(loaded);
            canImport.set(!table.rows().isEmpty() && (loaded.analysis() == null
                    || loaded.analysis().currencyProblem() == null));
            if (importAfterLoad) {
                importAfterLoad = false;
                runImport();
            }
        }).onFailure(e -> {
            loading = false;
            importAfterLoad = false;
            failed.set(true);
            outcome.set(Messages.format("import.cannotRead", path.getFileName(), UserMessages.of(e)));
        }).start();
    }

    /** Runs in the background: the file's first rows, and the import's dry run over the whole file. */
    private Loaded read(Path path, ImportOptions options) {
        var sample = services.importer().sample(user, path, options);
        ImportService.Preview analysis = null;
        Exception problem = null;
        try {
            analysis = services.importer().preview(user, path, options);
        } catch (ServiceException e) {
            problem = e;
        }
        var table = sample.format() == io.spendsense.service.imports.StatementFormat.CSV || analysis == null
                ? CsvPreview.of(sample) : CsvPreview.of(analysis);
        return new Loaded(table, analysis, problem);
    }

    private void show(Loaded loaded) {
        problems.clear();
        failed.set(false);
        var analysis = loaded.analysis();
        if (analysis != null) {
            var facts = new java.util.ArrayList<>(analysis.detected().facts(WORDING));
            if (analysis.savedSettings() != null) {
                facts.add(0, capitalize(analysis.savedSettingsInWords()));
            }
            detected.set(String.join("; ", facts));
            var text = new StringBuilder(
                    Messages.format("import.willImport", analysis.expenses(), String.valueOf(analysis.expenses())));
            if (!analysis.skipped().isEmpty()) {
                var parts = new java.util.ArrayList<String>();
                analysis.skipped().forEach((reason, n) -> parts.add(reason.describe(n)));
                text.append(Messages.format("import.willSkip", String.join(", ", parts)));
            }
            text.append('.');
            analysis.notes().forEach(n -> text.append("\n").append(capitalize(n)).append('.'));
            skipped.set(text.toString());
            if (analysis.currencyProblem() != null) {
                failed.set(true);
                outcome.set(capitalize(analysis.currencyProblem()) + ".");
            } else {
                outcome.set(analysis.expenses() == 0 && analysis.skipped().isEmpty()
                        ? Messages.get("import.noRows") : "");
            }
            return;
        }
        detected.set("");
        skipped.set("");
        failed.set(true);
        if (loaded.problem() instanceof ImportException bad && !bad.errors().isEmpty()) {
            outcome.set(Messages.format("import.badAsReadNow", bad.message(WORDING)));
            bad.errors().forEach(err -> problems.add(capitalize(err.describe(WORDING))));
        } else if (loaded.problem() instanceof ImportException bad) {
            outcome.set(SafeText.clipMessage(bad.message(WORDING)));
        } else if (loaded.problem() != null) {
            outcome.set(UserMessages.of(loaded.problem()));
        }
    }

    /** The import options the choosers describe. */
    ImportOptions options() {
        var order = chosen(dateOrder) == null ? null
                : DAY_FIRST.equals(dateOrder.get()) ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        var signs = chosen(sign) == null ? null
                : CHARGES_POSITIVE.equals(sign.get()) ? SignConvention.CHARGES_POSITIVE
                : SignConvention.CHARGES_NEGATIVE;
        var format = CsvFormatOptions.DETECT
                .withDateFormat(chosen(dateFormat))
                .withColumns(chosen(dateColumn), chosen(amountColumn), chosen(descriptionColumn), chosen(payeeColumn),
                        chosen(categoryColumn))
                .withOverrides(null, chosen(encoding), order, signs, null);
        String code = currency.get() == null || asTheFileSays.equals(currency.get()) ? null : currency.get();
        return ImportOptions.DEFAULT.withFormat(format).withAllowDuplicates(allowDuplicates.get())
                .withCurrency(code);
    }

    private static String chosen(ObjectProperty<String> choice) {
        return choice.get() == null || DETECT.equals(choice.get()) ? null : choice.get();
    }

    /** Imports the whole file, or nothing when one line is bad. */
    public void runImport() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        if (loading) {
            importAfterLoad = true; // the preview is being read again: import when it is done
            return;
        }
        if (busy.get()) {
            return;
        }
        var options = options();
        problems.clear();
        failed.set(false);
        outcome.set(Messages.format("import.importing", path.getFileName()));
        canImport.set(false);
        runner.run(() -> services.importer().importFile(user, path, options)).onBusy(busy::set)
                .onSuccess(report -> {
                    outcome.set(summary(report));
                    onImported.run();
                })
                .onFailure(e -> {
                    failed.set(true);
                    canImport.set(true);
                    if (e instanceof ImportException bad && !bad.errors().isEmpty()) {
                        outcome.set(Messages.format("import.badFixAndRetry", bad.message(WORDING)));
                        bad.errors().forEach(err -> problems.add(capitalize(err.describe(WORDING))));
                        if (bad.badLines() > bad.errors().size()) {
                            problems.add(Messages.format("import.andMore", bad.badLines()));
                        }
                    } else if (e instanceof ImportException bad) {
                        outcome.set(SafeText.clipMessage(bad.message(WORDING)));
                    } else {
                        outcome.set(UserMessages.of(e));
                    }
                }).start();
    }

    static String summary(ImportReport r) {
        var text = new StringBuilder(Messages.format("import.imported", r.imported(), String.valueOf(r.imported())));
        if (r.duplicatesSkipped() > 0) {
            text.append(Messages.format("import.duplicatesSkipped", r.duplicatesSkipped()));
        }
        if (r.totalSkipped() > 0) {
            text.append(Messages.format("import.skippedWords", r.skippedInWords()));
        }
        if (!r.categoriesCreated().isEmpty()) {
            text.append(Messages.format("import.newCategories", String.join(", ", r.categoriesCreated())));
        }
        text.append('.');
        r.notes().forEach(n -> text.append('\n').append(capitalize(n)).append('.'));
        return text.toString();
    }

    /** The dialog's words for an import hint: they name this dialog's choosers, never a command-line option. */
    static String word(String message, ImportHint hint, String field) {
        return switch (hint) {
            case NONE -> message;
            case DATE_ORDER -> Messages.format("import.hint.dateOrder", message);
            case DATE_FORMAT -> Messages.format("import.hint.dateFormat", message);
            case OTHER_DATE_FORMAT -> Messages.format("import.hint.otherDateFormat", message);
            case SIGN -> Messages.format("import.hint.sign", message);
            case COLUMN -> Messages.format("import.hint.column", message);
            case GUESSED_SIGN -> Messages.format("import.hint.guessedSign", message);
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CsvPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public ObjectProperty<String> dateColumnProperty() {
        return dateColumn;
    }

    public ObjectProperty<String> amountColumnProperty() {
        return amountColumn;
    }

    public ObjectProperty<String> descriptionColumnProperty() {
        return descriptionColumn;
    }

    public ObjectProperty<String> payeeColumnProperty() {
        return payeeColumn;
    }

    public ObjectProperty<String> categoryColumnProperty() {
        return categoryColumn;
    }

    public ObjectProperty<String> dateFormatProperty() {
        return dateFormat;
    }

    public ObjectProperty<String> dateOrderProperty() {
        return dateOrder;
    }

    public ObjectProperty<String> signProperty() {
        return sign;
    }

    /**
     * The currency of the lines whose file does not say one: "as the file says (else the profile's)" or a code; a
     * file in another currency than the profile's is converted with the user's rates.
     */
    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    public ObservableList<String> currencyChoices() {
        return currencyChoices;
    }

    /** The text encoding: "(detect)" or a charset name of {@link #ENCODINGS}. */
    public ObjectProperty<String> encodingProperty() {
        return encoding;
    }

    /** How the file is read, the facts joined by "; " ("format: CSV; encoding: UTF-8; ..."); empty if it cannot be. */
    public ReadOnlyStringProperty detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    /** What the import will store and skip, by reason, and the notes (refunds without their purchase). */
    public ReadOnlyStringProperty skippedProperty() {
        return skipped.getReadOnlyProperty();
    }

    public BooleanProperty allowDuplicatesProperty() {
        return allowDuplicates;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
