package io.spendsense.ui.common;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Asks the user for a file to read or write; the app uses the system's dialogs, tests a fixed answer. */
public interface FilePicker {
    Optional<Path> openCsv(Window owner);

    Optional<Path> saveCsv(Window owner, String suggestedName);
}
