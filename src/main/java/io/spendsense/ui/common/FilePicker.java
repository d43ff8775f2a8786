package io.spendsense.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/** Asks the user for a file to read or write; the app uses the system's dialogs, tests a fixed answer. */
public interface FilePicker {
    Optional<Path> openCsv(Window owner);

    Optional<Path> saveCsv(Window owner, String suggestedName);

    /** A database backup to restore, starting in {@code folder} (when it exists). */
    Optional<Path> openBackup(Window owner, Path folder);

    /** Where to write a database backup, starting in {@code folder} with {@code suggestedName}. */
    Optional<Path> saveBackup(Window owner, Path folder, String suggestedName);

    /** Receipts to attach to an expense (images, PDFs); empty when the user cancels. */
    List<Path> openAttachments(Window owner);
}
