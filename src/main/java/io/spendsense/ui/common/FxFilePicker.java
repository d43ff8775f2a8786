package io.spendsense.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's open and save dialogs, starting where the user last was. */
public final class FxFilePicker implements FilePicker {
    private File lastFolder;

    @Override
    public Optional<Path> openCsv(Window owner) {
        var chooser = chooser(Messages.get("files.openStatement"));
        // CSV, OFX, QFX, QIF, CAMT.053: the importer tells the format from the content, whatever the file is called
        chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(Messages.get("files.statements"),
                "*.csv", "*.txt", "*.tsv", "*.ofx", "*.qfx", "*.qif", "*.xml"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.all"), "*.*"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveCsv(Window owner, String suggestedName) {
        var chooser = chooser(Messages.get("files.exportCsv"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> openBackup(Window owner, Path folder) {
        var chooser = backupChooser(Messages.get("files.restoreBackup"), folder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveBackup(Window owner, Path folder, String suggestedName) {
        var chooser = backupChooser(Messages.get("files.backUp"), folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> openAttachments(Window owner) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get("files.attach"));
        // the service tells the kind from the content; the filter only narrows what the dialog lists
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.receipts"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.pdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        lastFolder = chosen.get(0).getParentFile();
        return chosen.stream().map(File::toPath).toList();
    }

    private static FileChooser backupChooser(String title, Path folder) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.backups"), "*.db"));
        try {
            // The backups folder is made on first use, so that the dialog opens in it.
            java.nio.file.Files.createDirectories(folder);
            chooser.setInitialDirectory(folder.toFile());
        } catch (java.io.IOException | SecurityException e) {
            // The dialog then opens in its default folder.
        }
        return chooser;
    }

    private FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("files.csv"), "*.csv", "*.txt"));
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
