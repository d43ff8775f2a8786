package io.spendsense.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The desktop's sources and FXML files, as the tests that read them (text literals, bundle keys) walk them. */
public final class UiSources {
    public static final Path UI_SOURCES = Path.of("src/main/java/io/spendsense/ui");
    public static final Path FXML_ROOT = Path.of("src/main/resources/io/spendsense/ui");

    private UiSources() {
    }

    public static Stream<Path> javaFiles() {
        return files(UI_SOURCES, ".java");
    }

    public static Stream<Path> fxmlFiles() {
        return files(FXML_ROOT, ".fxml");
    }

    private static Stream<Path> files(Path root, String suffix) {
        try (var walk = Files.walk(root)) {
            List<Path> found = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
            assertThat(found).as("files under " + root).isNotEmpty();
            return found.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An FXML file's root element. */
    public static Element parse(String fxml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(fxml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse FXML", e);
        }
    }

    /** {@code action} on the element and every element below it, in document order. */
    public static void visit(Element element, Consumer<Element> action) {
        action.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, action);
            }
        }
    }
}
