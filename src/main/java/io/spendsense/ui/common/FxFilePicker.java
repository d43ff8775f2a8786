package io.spendsense.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's open and save dialogs, starting where the user last was. */
public final class FxFilePicker implements FilePicker {
    private File lastFolder;

    @Override
    public Optional<Path> openCsv(Window owner) {
        var chooser = chooser("SpendSense — Choose a CSV file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveCsv(Window owner, String suggestedName) {
        var chooser = chooser("SpendSense — Export CSV");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
