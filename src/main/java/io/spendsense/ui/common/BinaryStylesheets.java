package io.spendsense.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.Stylesheet;

/**
 * The stylesheets, parsed at build time: JavaFX loads a {@code name.bss} (its binary form of a parsed stylesheet)
 * instead of parsing {@code name.css} when both sit side by side on the class path. Parsing the Primer theme (1,000
 * rules) cost the first window 170–210 ms of a cold start; reading its binary form, 55 ms. The build
 * ({@code pom.xml}, phase {@code process-classes}) runs {@link #main} over the compiled classes folder; without that
 * step (an IDE's build) the app falls back to AtlantaFX's own stylesheet and parses every {@code .css} as before.
 */
public final class BinaryStylesheets {
    /** The theme's copies on the class path, with their {@code .bss} beside them. */
    static final String LIGHT = "/io/spendsense/ui/theme/primer-light.css";
    static final String DARK = "/io/spendsense/ui/theme/primer-dark.css";

    private BinaryStylesheets() {
    }

    /** The user-agent stylesheet of the light or dark theme: the build's parsed copy when it has one. */
    public static String theme(boolean dark) {
        URL copy = BinaryStylesheets.class.getResource(dark ? DARK : LIGHT);
        URL parsed = BinaryStylesheets.class.getResource((dark ? DARK : LIGHT).replace(".css", ".bss"));
        if (copy != null && parsed != null) {
            return copy.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /**
     * Build step: copies the Primer themes into {@code classes} and writes a {@code .bss} beside every {@code .css}
     * under {@code classes/io/spendsense/ui}. Argument: the compiled classes folder.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        copyTheme(new PrimerLight().getUserAgentStylesheet(), classes.resolve(LIGHT.substring(1)));
        copyTheme(new PrimerDark().getUserAgentStylesheet(), classes.resolve(DARK.substring(1)));
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes.resolve("io/spendsense/ui"))) {
            sheets = files.filter(f -> f.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Stylesheet.convertToBinary(css.toFile(),
                    css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss").toFile());
        }
    }

    private static void copyTheme(String resource, Path target) throws IOException {
        String name = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = PrimerLight.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(name));
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
