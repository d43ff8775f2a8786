package io.spendsense.ui.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

import io.spendsense.service.BackupService;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Back up now…" and "Restore from backup…" of the profile menu. The view asks for the file; this backs up in the
 * background, and for a restore checks the file first (a bad one changes nothing), asks, and hands the swap to the
 * composition root, which has to close the open database around it and sign the user out.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.getDefault());

    /** Replaces the database with a checked backup while it is closed; reports on the FX thread. */
    @FunctionalInterface
    public interface Restorer {
        void restore(Path backup, Consumer<BackupService.Restored> done, Consumer<Throwable> failed);
    }

    private final Path database;
    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Restorer restorer;
    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public BackupViewModel(Path database, BackupService backups, TaskRunner runner, DialogService dialogs,
                           Restorer restorer, ZoneId zone) {
        this.database = database;
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.restorer = restorer;
        this.zone = zone;
    }

    /** Where the file dialogs start: the {@code backups/} folder next to the database. */
    public Path backupsFolder() {
        return BackupService.backupsFolder(database);
    }

    public String suggestedName() {
        return backups.suggestedName();
    }

    /** Writes a consistent copy of the database to {@code target} (a new file) while the app keeps running. */
    public void backUp(Path target) {
        runner.run(() -> backups.backup(database, target))
                .onBusy(busy::set)
                .onSuccess(file -> dialogs.notify(Messages.format("backup.done", file), null, null))
                .onFailure(e -> dialogs.showError(Messages.get("backup.title"), UserMessages.of(e)))
                .start();
    }

    /** Checks {@code backup}, asks, then restores it; a refused file or a "no" changes nothing. */
    public void restoreFrom(Path backup) {
        runner.run(() -> backups.check(database, backup))
                .onBusy(busy::set)
                .onSuccess(this::confirmAndRestore)
                .onFailure(e -> dialogs.showError(Messages.get("restore.title"), UserMessages.of(e)))
                .start();
    }

    private void confirmAndRestore(BackupService.Checked checked) {
        String when = WHEN.format(checked.written().atZone(zone));
        boolean yes = dialogs.confirm(Messages.get("restore.title"),
                Messages.format("restore.confirm", when, BackupService.KEPT_GENERATIONS));
        if (!yes) {
            return;
        }
        busy.set(true);
        restorer.restore(checked.file(), restored -> {
            busy.set(false);
            dialogs.notify(restored.previous() == null ? Messages.format("restore.done", restored.from())
                    : Messages.format("restore.doneWithPrevious", restored.from(), restored.previous()), null, null);
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.get("restore.title"), UserMessages.of(e));
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
