package io.spendsense.ui.expenses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The copies of attachments written for the system viewer: in a folder of their own under the system's temporary
 * folder, readable by the owner only, deleted when the app exits (the viewer may still have them open until then).
 */
final class OpenedFiles {
    private static Path folder;

    private OpenedFiles() {
    }

    /** Writes {@code content} as a new file named {@code fileName} (in a fresh sub-folder when the name is taken). */
    static synchronized Path write(String fileName, byte[] content) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            folder = ownerOnly(Files.createTempDirectory("spendsense-open-"));
        }
        Path dir = folder;
        String name = safe(fileName);
        if (Files.exists(dir.resolve(name))) {
            dir = ownerOnly(Files.createTempDirectory(folder, null));
        }
        Path file = Files.write(dir.resolve(name), content);
        ownerOnlyFile(file);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        if (!dir.equals(folder)) {
            folder.toFile().deleteOnExit();
        }
        return file;
    }

    /** The stored name with what no file system takes replaced (names are checked when attached; this is a guard). */
    static String safe(String name) {
        String s = name.replaceAll("[<>:\"/\\\\|?*\\p{Cntrl}]", "_").replaceAll("[. ]+$", "");
        return s.isEmpty() ? "_" : s;
    }

    private static Path ownerOnly(Path dir) throws IOException {
        restrict(dir, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        return dir;
    }

    private static void ownerOnlyFile(Path file) throws IOException {
        restrict(file, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    /** Where the file system has POSIX permissions (not Windows, whose temporary folder is the user's own). */
    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        var view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }
}
