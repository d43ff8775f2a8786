package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Keeps the domain's and the services' bundle whole, as {@code MessagesBundleTest} keeps the desktop's: every key code
 * asks {@link Texts} for is in {@code io/spendsense/domain/messages.properties}, the bundle holds no key nobody asks
 * for, no call computes its key (the scan could not see it), and each value is written for the way it is read (a
 * {@link MessageFormat} pattern for {@code Texts.format}, plain text for {@code Texts.get}). That the services and the
 * domain write no words themselves is {@code ServiceTextLiteralsTest}'s part.
 */
class TextsBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/io/spendsense");
    private static final String KEY = "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"";
    private static final Pattern CODE_KEY = Pattern.compile("Texts\\.(?:get|format)\\(\\s*" + KEY);
    private static final Pattern FORMAT_KEY = Pattern.compile("Texts\\.format\\(\\s*" + KEY);
    private static final Pattern COMPUTED_KEY = Pattern.compile("Texts\\.(?:get|format)\\(\\s*[^\"\\s)]");
    /** A MessageFormat argument ({0}, {1,number,#}, {0,choice,...}): text read as plain would show it as written. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void everyKeyInUseIsInTheBundle() {
        Map<String, Set<String>> missing = new TreeMap<>();
        usedKeys().forEach((key, where) -> {
            if (!Texts.bundle().containsKey(key)) {
                missing.put(key, where);
            }
        });
        assertThat(missing).as("keys used but not in io/spendsense/domain/messages.properties").isEmpty();
    }

    @Test
    void theBundleHasNoUnusedKeys() {
        var unused = new TreeSet<>(Texts.bundle().keySet());
        unused.removeAll(usedKeys().keySet());
        assertThat(unused).as("keys in io/spendsense/domain/messages.properties that no code uses").isEmpty();
    }

    @Test
    void codeNamesItsKeysLiterally() {
        List<String> computed = new ArrayList<>();
        sources().forEach((file, java) -> {
            if (!file.endsWith("domain/Texts.java")) {
                var matcher = COMPUTED_KEY.matcher(java);
                while (matcher.find()) {
                    computed.add(file + ": " + matcher.group());
                }
            }
        });
        assertThat(computed).as("Texts calls whose key the bundle test cannot see").isEmpty();
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
            if (!Texts.bundle().containsKey(key)) {
                continue;
            }
            String pattern = Texts.bundle().getString(key);
            if (pattern.replace("''", "").replace("'#'", "").contains("'")) {
                broken.put(key, "a lone apostrophe: write ''");
                continue;
            }
            for (int n : new int[] {0, 1, 2, 1234}) {
                Object[] arguments = new Object[10];
                Arrays.fill(arguments, n);
                try {
                    new MessageFormat(pattern, Texts.locale()).format(arguments);
                } catch (IllegalArgumentException e) {
                    broken.put(key, e.getMessage());
                }
            }
        }
        assertThat(broken).as("Texts.format keys that are not MessageFormat patterns").isEmpty();
    }

    /** Text read as it is (Texts.get) must not hold a pattern's {0} or its doubled apostrophe. */
    @Test
    void everyPlainKeyIsPlainText() {
        Map<String, String> patterns = new TreeMap<>();
        for (String key : plainKeys()) {
            if (Texts.bundle().containsKey(key)) {
                String text = Texts.bundle().getString(key);
                if (ARGUMENT.matcher(text).find() || text.contains("''")) {
                    patterns.put(key, text);
                }
            }
        }
        assertThat(patterns).as("keys read as plain text that are written as patterns: use Texts.format").isEmpty();
    }

    /** A key is read one way: as a pattern or as plain text, never both (its apostrophes would differ). */
    @Test
    void noKeyIsReadBothAsPatternAndAsText() {
        var both = new TreeSet<>(plainKeys());
        both.retainAll(formatKeys());
        assertThat(both).as("keys read through Texts.format and also through Texts.get").isEmpty();
    }

    /** The base bundle is English: month and day names follow it, so it says which English. */
    @Test
    void theBaseBundleSpeaksUsEnglish() {
        assertThat(Texts.locale()).isEqualTo(java.util.Locale.US);
        assertThat(Texts.and(List.of("German"))).isEqualTo("German");
        assertThat(Texts.and(List.of("German", "French", "Dutch"))).isEqualTo("German and French and Dutch");
    }

    /** The scanners themselves: a check that cannot see a key would pass for the wrong reason. */
    @Test
    void theScansSeeKeys() {
        String java = """
                throw new ValidationException("limit", Texts.format("budget.limitFrom", from));
                String s = Texts.get("schedule.daily") + Texts.format(
                        "schedule.everyDays", n);
                log.info("not.a.key");
                """;
        assertThat(keys(CODE_KEY, java)).containsExactly("budget.limitFrom", "schedule.daily", "schedule.everyDays");
        assertThat(keys(FORMAT_KEY, java)).containsExactly("budget.limitFrom", "schedule.everyDays");
        assertThat(COMPUTED_KEY.matcher("Texts.get(key)").find()).isTrue();
        assertThat(COMPUTED_KEY.matcher("Texts.format(\"a.b\", key)").find()).isFalse();
        assertThat(COMPUTED_KEY.matcher("Texts.format(ok ? \"a.b\" : \"a.c\")").find()).isTrue();
    }

    private static Set<String> keys(Pattern pattern, String java) {
        Set<String> keys = new TreeSet<>();
        var matcher = pattern.matcher(java);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static Set<String> formatKeys() {
        Set<String> keys = new TreeSet<>();
        sources().values().forEach(java -> keys.addAll(keys(FORMAT_KEY, java)));
        return keys;
    }

    private static Set<String> plainKeys() {
        Set<String> keys = new TreeSet<>();
        sources().values().forEach(java -> keys.addAll(keys(Pattern.compile("Texts\\.get\\(\\s*" + KEY), java)));
        return keys;
    }

    private static Map<String, Set<String>> usedKeys() {
        Map<String, Set<String>> used = new TreeMap<>();
        sources().forEach((file, java) -> keys(CODE_KEY, java).forEach(
                key -> used.computeIfAbsent(key, k -> new TreeSet<>()).add(file)));
        return used;
    }

    /** Every main source (the services and the domain write most texts, but any layer may read one), by path. */
    private static Map<String, String> sources() {
        Map<String, String> sources = new TreeMap<>();
        try (var walk = Files.walk(SOURCES)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(SOURCES.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(sources).as("sources under " + SOURCES).isNotEmpty();
        return sources;
    }
}
