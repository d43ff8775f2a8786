package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

/** The view loader refuses an FXML whose stylesheet is missing, rather than showing the view without its styles. */
class ViewLoaderTest {
    private final ViewLoader loader = new ViewLoader(type -> {
        throw new AssertionError("these views have no controller, yet " + type + " was asked for");
    });

    @Test
    void aMisspeltStylesheetFailsTheLoadAndNamesTheSheet() {
        assertThatThrownBy(() -> loader.load("/io/spendsense/ui/common/MissingStylesheet.fxml"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("MissingStylesheet.fxml")
                .cause().isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("no-such-sheet.css");
    }

    @Test
    void aViewWhoseStylesheetExistsLoadsWithIt() {
        var loaded = loader.load("/io/spendsense/ui/common/PresentStylesheet.fxml");
        assertThat(loaded.root().getStylesheets()).singleElement().asString()
                .endsWith("/io/spendsense/ui/common/present.css");
    }
}
