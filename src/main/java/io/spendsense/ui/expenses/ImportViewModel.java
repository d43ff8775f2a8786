package io.spendsense.ui.expenses;

import java.nio.file.Path;
import java.util.List;

import io.spendsense.service.CsvFormatOptions;
import io.spendsense.service.ImportException;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.ImportReport;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
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
 * The Import CSV dialog: the chosen file's first rows, which column holds what (detected unless the user says), the
 * import itself (all or nothing, in the background), and its outcome: a summary, or the line-numbered problems of a
 * rejected file.
 */
public final class ImportViewModel {
    /** Shown in the column choosers for "let the importer find it by its header". */
    public static final String DETECT = "(detect)";
    public static final List<String> DATE_FORMATS = List.of(DETECT, "yyyy-MM-dd", "MM/dd/yyyy", "dd/MM/yyyy",
            "dd.MM.yyyy");

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
    }

    /** Reads the first rows of {@code path} for the preview and the column choosers. */
    public void choose(Path path) {
        file.set(path);
        preview.set(null);
        problems.clear();
        failed.set(false);
        outcome.set("Reading " + path.getFileName() + "…");
        canImport.set(false);
        runner.run(() -> CsvPreview.read(path)).onBusy(busy::set).onSuccess(p -> {
            preview.set(p);
            columnChoices.setAll(DETECT);
            columnChoices.addAll(p.header());
            for (var column : List.of(dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn)) {
                column.set(DETECT);
            }
            outcome.set(p.rows().isEmpty() ? "The file has a header but no rows." : "");
            canImport.set(!p.rows().isEmpty());
        }).onFailure(e -> {
            failed.set(true);
            outcome.set("Cannot read " + path.getFileName() + ": " + UserMessages.of(e));
        }).start();
    }

    /** The import options the choosers describe. */
    ImportOptions options() {
        var format = CsvFormatOptions.DETECT
                .withDateFormat(chosen(dateFormat))
                .withColumns(chosen(dateColumn), chosen(amountColumn), chosen(descriptionColumn), chosen(payeeColumn),
                        chosen(categoryColumn));
        return ImportOptions.DEFAULT.withFormat(format).withAllowDuplicates(allowDuplicates.get());
    }

    private static String chosen(ObjectProperty<String> choice) {
        return choice.get() == null || DETECT.equals(choice.get()) ? null : choice.get();
    }

    /** Imports the whole file, or nothing when one line is bad. */
    public void runImport() {
        Path path = file.get();
        if (path == null || busy.get()) {
            return;
        }
        var options = options();
        problems.clear();
        failed.set(false);
        outcome.set("Importing " + path.getFileName() + "…");
        canImport.set(false);
        runner.run(() -> services.importer().importFile(user, path, options)).onBusy(busy::set)
                .onSuccess(report -> {
                    outcome.set(summary(report));
                    onImported.run();
                })
                .onFailure(e -> {
                    failed.set(true);
                    canImport.set(true);
                    if (e instanceof ImportException bad) {
                        outcome.set(bad.getMessage() + ". Fix these lines and import again:");
                        bad.errors().forEach(err -> problems.add(forDialog(capitalize(err.toString()))));
                        if (bad.badLines() > bad.errors().size()) {
                            problems.add("… and more; " + bad.badLines() + " bad lines in all.");
                        }
                    } else {
                        outcome.set(UserMessages.of(e));
                    }
                }).start();
    }

    static String summary(ImportReport r) {
        var text = new StringBuilder("Imported ").append(r.imported()).append(r.imported() == 1 ? " expense" : " expenses");
        if (r.duplicatesSkipped() > 0) {
            text.append("; ").append(r.duplicatesSkipped()).append(" already there, skipped");
        }
        if (r.creditsSkipped() > 0) {
            text.append("; ").append(r.creditsSkipped()).append(" incoming payments skipped");
        }
        if (!r.categoriesCreated().isEmpty()) {
            text.append("; new categories: ").append(String.join(", ", r.categoriesCreated()));
        }
        return text.append('.').toString();
    }

    /** The service words its hints for the command line ("give the format with --date-format"). */
    static String forDialog(String message) {
        return message.replace("with --date-format", "under Date format")
                .replaceAll("name it with --([a-z]+)-column", "choose its column above");
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
