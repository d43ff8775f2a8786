package io.spendsense.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/**
 * The file dialogs of the app-level TestFX tests: each answers what the test set (nothing by default) and
 * remembers what the app asked for, so tests never see a native dialog.
 */
public final class ScriptedFilePicker implements FilePicker {
    public volatile Path csvToOpen;
    public volatile Path backupToOpen;
    public volatile Path backupToSave;
    /** The folder and file name the app last proposed for a backup. */
    public volatile Path backupFolder;
    public volatile String backupSuggestedName;
    public volatile List<Path> attachmentsToOpen = List.of();

    @Override
    public Optional<Path> openCsv(Window owner) {
        return Optional.ofNullable(csvToOpen);
    }

    @Override
    public Optional<Path> saveCsv(Window owner, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> openBackup(Window owner, Path folder) {
        return Optional.ofNullable(backupToOpen);
    }

    @Override
    public Optional<Path> saveBackup(Window owner, Path folder, String suggestedName) {
        backupFolder = folder;
        backupSuggestedName = suggestedName;
        return Optional.ofNullable(backupToSave);
    }

    @Override
    public List<Path> openAttachments(Window owner) {
        return attachmentsToOpen;
    }
}
