package io.spendsense.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The system viewer through {@code java.awt.Desktop} (Windows, macOS, and Linux desktops with GNOME's libraries), else
 * on Linux and BSD the freedesktop.org {@code xdg-open}. Never on the FX thread: {@code Desktop.open} waits for the
 * program to start.
 */
public final class DesktopSystemViewer implements SystemViewer {
    @Override
    public void open(Path file) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.matches(".*(?:linux|bsd).*")) {
            new ProcessBuilder("xdg-open", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return;
        }
        throw new IOException(Messages.get("attachments.noViewer"));
    }
}
