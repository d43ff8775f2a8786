package io.spendsense.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Keeps the desktop's text in the bundle: no FXML says a user-visible word itself, every key FXML or code asks for is
 * in {@code messages.properties}, and the bundle holds no key nobody asks for. Code keys are found as the literal
 * first argument of {@code Messages.get/format} (and of the views' {@code loader.text} / {@code resources.getString});
 * a call with a computed key would hide keys from this scan, so that is an error too.
 */
class MessagesBundleTest {
    private static final Path FXML_ROOT = Path.of("src/main/resources/io/spendsense/ui");
    private static final Path UI_SOURCES = Path.of("src/main/java/io/spendsense/ui");
    /** Attributes (or property elements) whose value the user reads or hears. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("text", "promptText", "accessibleText", "accessibleHelp",
            "title", "headerText", "contentText", "placeholderText");
    /** Separators and the typing dot need no translation; anything with a letter or digit does. */
    private static final Pattern SYMBOLS_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]*");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Messages\\.get|Messages\\.format|\\.text|\\.getString)"
                    + "\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern COMPUTED_KEY = Pattern.compile("Messages\\.(?:get|format)\\(\\s*[^\"\\s)]");

    @Test
    void noFxmlSaysAUserVisibleWordItself() {
        Map<String, List<String>> literals = new TreeMap<>();
        fxmlFiles().forEach(file -> {
            var found = literalTexts(read(file));
            if (!found.isEmpty()) {
                literals.put(FXML_ROOT.relativize(file).toString(), found);
            }
        });
        assertThat(literals).as("FXML text attributes that should be %%keys").isEmpty();
    }

    @Test
    void everyKeyInUseIsInTheBundle() {
        var bundle = Messages.bundle().keySet();
        Map<String, Set<String>> missing = new TreeMap<>();
        usedKeys().forEach((key, where) -> {
            if (!bundle.contains(key)) {
                missing.put(key, where);
            }
        });
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
    }

    @Test
    void theBundleHasNoUnusedKeys() {
        var unused = new TreeSet<>(Messages.bundle().keySet());
        unused.removeAll(usedKeys().keySet());
        assertThat(unused).as("keys in messages.properties that no FXML or code uses").isEmpty();
    }

    @Test
    void codeNamesItsKeysLiterally() {
        List<String> computed = new ArrayList<>();
        javaFiles().filter(f -> !f.endsWith("Messages.java")).forEach(file -> {
            var matcher = COMPUTED_KEY.matcher(read(file));
            while (matcher.find()) {
                computed.add(UI_SOURCES.relativize(file) + ": " + matcher.group());
            }
        });
        assertThat(computed).as("Messages calls whose key the bundle test cannot see").isEmpty();
    }

    /** The scanners themselves: a check that cannot see a literal or a key would pass for the wrong reason. */
    @Test
    void theScansSeeLiteralsAndKeys() {
        var fxml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?import javafx.scene.control.Label?>
                <VBox xmlns:fx="http://javafx.com/fxml/1">
                  <Label text="Hello"/>
                  <Label text="%greeting.key"/>
                  <TextField promptText="0.00"/>
                  <Label text="–"/>
                  <Button><tooltip><Tooltip text="Ctrl+N"/></tooltip></Button>
                  <Label><text>Nested words</text></Label>
                  <Label text="${controller.name}" accessibleText="Close"/>
                </VBox>
                """;
        assertThat(literalTexts(fxml)).containsExactly("text=Hello", "promptText=0.00", "text=Ctrl+N",
                "text=Nested words", "accessibleText=Close");
        assertThat(fxmlKeys(fxml)).containsExactly("greeting.key");
        assertThat(codeKeys("""
                label.setText(Messages.get("charts.title"));
                status.set(Messages.format("import.done", 3));
                var t = loader.text("common.save") + resources.getString("signin.show");
                log.info("not.a.key");
                """)).containsExactly("charts.title", "common.save", "import.done", "signin.show");
        assertThat(COMPUTED_KEY.matcher("Messages.get(key)").find()).isTrue();
        assertThat(COMPUTED_KEY.matcher("Messages.format(\"a.b\", key)").find()).isFalse();
    }

    static List<String> literalTexts(String fxml) {
        List<String> literals = new ArrayList<>();
        visit(parse(fxml), element -> {
            for (String name : TEXT_ATTRIBUTES) {
                if (element.hasAttribute(name) && isLiteral(element.getAttribute(name))) {
                    literals.add(name + "=" + element.getAttribute(name));
                }
            }
            if (TEXT_ATTRIBUTES.contains(element.getTagName()) && isLiteral(element.getTextContent().strip())) {
                literals.add(element.getTagName() + "=" + element.getTextContent().strip());
            }
        });
        return literals;
    }

    static Set<String> fxmlKeys(String fxml) {
        Set<String> keys = new TreeSet<>();
        visit(parse(fxml), element -> {
            var attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String value = attributes.item(i).getNodeValue();
                if (value.startsWith("%")) {
                    keys.add(value.substring(1));
                }
            }
        });
        return keys;
    }

    static Set<String> codeKeys(String java) {
        Set<String> keys = new TreeSet<>();
        var matcher = CODE_KEY.matcher(java);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static boolean isLiteral(String value) {
        // %key is a bundle key, ${...} an expression, @ a resource location (FXML escapes a literal one with a
        // backslash).
        boolean reference = value.startsWith("%") || value.startsWith("${") || value.startsWith("@");
        return !reference && !SYMBOLS_ONLY.matcher(value).matches();
    }

    private static Map<String, Set<String>> usedKeys() {
        Map<String, Set<String>> used = new TreeMap<>();
        fxmlFiles().forEach(file -> fxmlKeys(read(file)).forEach(
                key -> used.computeIfAbsent(key, k -> new TreeSet<>()).add(file.getFileName().toString())));
        javaFiles().forEach(file -> codeKeys(read(file)).forEach(
                key -> used.computeIfAbsent(key, k -> new TreeSet<>()).add(file.getFileName().toString())));
        return used;
    }

    private static Element parse(String fxml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(fxml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse FXML", e);
        }
    }

    private static void visit(Element element, java.util.function.Consumer<Element> action) {
        action.accept(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, action);
            }
        }
    }

    private static Stream<Path> fxmlFiles() {
        return files(FXML_ROOT, ".fxml");
    }

    private static Stream<Path> javaFiles() {
        return files(UI_SOURCES, ".java");
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
