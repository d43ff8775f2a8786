package io.spendsense.ui.common;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file with the program the system uses for its kind (a PDF viewer, an image viewer). Blocks until the
 * program is started: call it off the FX thread. Tests install one that records what it was asked to open.
 */
@FunctionalInterface
public interface SystemViewer {
    void open(Path file) throws IOException;
}
