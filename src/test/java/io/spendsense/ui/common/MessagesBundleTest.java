package io.spendsense.ui.common;

import static io.spendsense.ui.UiSources.UI_SOURCES;
import static io.spendsense.ui.UiSources.fxmlFiles;
import static io.spendsense.ui.UiSources.javaFiles;
import static io.spendsense.ui.UiSources.parse;
import static io.spendsense.ui.UiSources.read;
import static io.spendsense.ui.UiSources.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps the bundle whole: every key FXML or code asks for is in {@code messages.properties}, the bundle holds no key
 * nobody asks for, and each value is written for the way it is read (a {@link MessageFormat} pattern for
 * {@code Messages.format}, plain text for {@code Messages.get} and FXML). Code keys are found as the literal first
 * argument of {@code Messages.get/format} (and of the views' {@code loader.text} / {@code resources.getString}); a
 * call with a computed key would hide keys from this scan, so that is an error too. That no code or FXML writes the
 * words itself is {@code UiTextLiteralsTest}'s part.
 */
class MessagesBundleTest {
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Messages\\.get|Messages\\.format|\\.text|\\.getString)"
                    + "\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern COMPUTED_KEY = Pattern.compile("Messages\\.(?:get|format)\\(\\s*[^\"\\s)]");
    private static final Pattern FORMAT_KEY = Pattern.compile(
            "Messages\\.format\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    /** A MessageFormat argument ({0}, {1,number,#}, {0,choice,...}): text read as plain would show it as written. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

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

    /**
     * A pattern formats (a bad choice, such as an unquoted # in a number inside it, fails only when used), and keeps
     * no lone apostrophe, which MessageFormat would swallow ('' writes one; '#' quotes the # of a number pattern
     * inside a choice).
     */
    @Test
    void everyFormatKeyIsAPatternThatFormats() {
        Map<String, String> broken = new TreeMap<>();
        for (String key : formatKeys()) {
            String pattern = Messages.bundle().getString(key);
            if (pattern.replace("''", "").replace("'#'", "").contains("'")) {
                broken.put(key, "a lone apostrophe: write ''");
                continue;
            }
            for (int n : new int[] {0, 1, 2, 1234}) {
                Object[] arguments = new Object[10];
                java.util.Arrays.fill(arguments, n);
                try {
                    new MessageFormat(pattern, Messages.bundle().getLocale()).format(arguments);
                } catch (IllegalArgumentException e) {
                    broken.put(key, e.getMessage());
                }
            }
        }
        assertThat(broken).as("Messages.format keys that are not MessageFormat patterns").isEmpty();
    }

    /** Text read as it is (Messages.get, FXML) must not hold a pattern's {0} or its doubled apostrophe. */
    @Test
    void everyPlainKeyIsPlainText() {
        var formats = formatKeys();
        Map<String, String> patterns = new TreeMap<>();
        usedKeys().forEach((key, where) -> {
            if (!formats.contains(key) && Messages.bundle().containsKey(key)) {
                String text = Messages.bundle().getString(key);
                if (ARGUMENT.matcher(text).find() || text.contains("''")) {
                    patterns.put(key, text);
                }
            }
        });
        assertThat(patterns).as("keys read as plain text that are written as patterns: use Messages.format")
                .isEmpty();
    }

    /** A key is read one way: as a pattern or as plain text, never both (its apostrophes would differ). */
    @Test
    void noKeyIsReadBothAsPatternAndAsText() {
        var formats = formatKeys();
        Set<String> both = new TreeSet<>();
        fxmlFiles().forEach(file -> fxmlKeys(read(file)).stream().filter(formats::contains).forEach(both::add));
        javaFiles().forEach(file -> plainCodeKeys(read(file)).stream().filter(formats::contains).forEach(both::add));
        assertThat(both).as("keys read through Messages.format and also as plain text").isEmpty();
    }

    /** The scanners themselves: a check that cannot see a key would pass for the wrong reason. */
    @Test
    void theScansSeeKeys() {
        var fxml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?import javafx.scene.control.Label?>
                <VBox xmlns:fx="http://javafx.com/fxml/1">
                  <Label text="Hello"/>
                  <Label text="%greeting.key"/>
                  <Label text="${controller.name}" accessibleText="Close"/>
                </VBox>
                """;
        assertThat(fxmlKeys(fxml)).containsExactly("greeting.key");
        assertThat(codeKeys("""
                label.setText(Messages.get("charts.title"));
                status.set(Messages.format("import.done", 3));
                var t = loader.text("common.save") + resources.getString("signin.show");
                log.info("not.a.key");
                """)).containsExactly("charts.title", "common.save", "import.done", "signin.show");
        assertThat(plainCodeKeys("""
                a(Messages.get("a.plain")); b(Messages.format("a.pattern", 1)); c(loader.text("a.view"));
                """)).containsExactly("a.plain", "a.view");
        assertThat(COMPUTED_KEY.matcher("Messages.get(key)").find()).isTrue();
        assertThat(COMPUTED_KEY.matcher("Messages.format(\"a.b\", key)").find()).isFalse();
        assertThat(COMPUTED_KEY.matcher("Messages.format(ok ? \"a.b\" : \"a.c\")").find()).isTrue();
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

    /** The keys code reads as patterns. */
    private static Set<String> formatKeys() {
        Set<String> keys = new TreeSet<>();
        javaFiles().forEach(file -> {
            var matcher = FORMAT_KEY.matcher(read(file));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        });
        return keys;
    }

    /** The keys {@code java} reads as plain text (all its code keys but those of Messages.format). */
    static Set<String> plainCodeKeys(String java) {
        var keys = codeKeys(java.replaceAll("Messages\\.format\\(\\s*\"[^\"]*\"", "Messages.format(x"));
        return keys;
    }

    private static Map<String, Set<String>> usedKeys() {
        Map<String, Set<String>> used = new TreeMap<>();
        fxmlFiles().forEach(file -> fxmlKeys(read(file)).forEach(
                key -> used.computeIfAbsent(key, k -> new TreeSet<>()).add(file.getFileName().toString())));
        javaFiles().forEach(file -> codeKeys(read(file)).forEach(
                key -> used.computeIfAbsent(key, k -> new TreeSet<>()).add(file.getFileName().toString())));
        return used;
    }
}
