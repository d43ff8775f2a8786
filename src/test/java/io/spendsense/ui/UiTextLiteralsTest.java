package io.spendsense.ui;

import static io.spendsense.architecture.JavaLiterals.enclosingCall;
import static io.spendsense.architecture.JavaLiterals.literals;
import static io.spendsense.architecture.JavaLiterals.scan;
import static io.spendsense.architecture.JavaLiterals.unescape;
import static io.spendsense.ui.UiSources.FXML_ROOT;
import static io.spendsense.ui.UiSources.UI_SOURCES;
import static io.spendsense.ui.UiSources.fxmlFiles;
import static io.spendsense.ui.UiSources.javaFiles;
import static io.spendsense.ui.UiSources.parse;
import static io.spendsense.ui.UiSources.read;
import static io.spendsense.ui.UiSources.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.spendsense.architecture.JavaLiterals;
import org.junit.jupiter.api.Test;

/**
 * No word the user reads is written in the desktop's code or FXML: it comes from {@code messages.properties}, so a
 * translator needs only the bundle. The Java scan is deny by default: every string literal under {@code ui} that holds
 * a letter fails unless it is a bundle key (the first argument of {@code Messages.get/format}), goes where the user
 * never reads it (a style class, an id, a pseudo-class, an inline style, a date pattern, a regex, a log line, a
 * resource), has a technical shape (kebab-case, camelCase, dotted names, colors, paths, globs, CSS), or is on the small
 * {@link #ALLOWED} list with its reason. Separators and symbols (" · ", "—", "→") hold no letter and pass.
 */
class UiTextLiteralsTest {

    /** A literal the scan lets through although it has words: where it is, what it looks like, and why. */
    record Allowance(String file, Pattern literal, String why) {
        Allowance(String file, String literal, String why) {
            this(file, Pattern.compile(literal), why);
        }
    }

    static final List<Allowance> ALLOWED = List.of(
            new Allowance("signin/CreateProfileViewModel.java", "[A-Z]{3}",
                    "ISO 4217 currency codes: the same in every language"),
            new Allowance("signin/CreateProfileViewModel.java", "username",
                    "the field name a ValidationException reports, compared, never shown"),
            new Allowance("expenses/ImportViewModel.java", "(?:yyyy|yy|MM|dd)(?:[./-]?(?:yyyy|yy|MM|dd)){2}",
                    "the date patterns the importer reads, offered as the file writes its dates"),
            new Allowance("expenses/ImportViewModel.java", "UTF-8|UTF-16(?:LE|BE)?|windows-1252|ISO-8859-15?",
                    "IANA charset names"),
            new Allowance("signin/TlsMode.java", "disable|prefer|require|verify-ca|verify-full",
                    "pgjdbc's sslmode names, the settings file's values"),
            new Allowance("DesktopLauncher.java", "Unsupported JavaFX configuration",
                    "JavaFX's own log message, matched to keep it out of the console"),
            new Allowance("common/ViewLoader.java", " ?(?:No FXML at|Cannot load|No stylesheet|for) ?",
                    "a programming error (a missing FXML or stylesheet) for the stack trace; the user reads"
                            + " UserMessages' words"),
            new Allowance("common/ControllerFactory.java", "No controller registered for |; register it .*",
                    "a programming error (an unregistered controller) for the stack trace"),
            new Allowance("StartupProbe.java", ".*",
                    "machine-read lines on stdout for the start-up benchmark, and the variable that enables them"),
            new Allowance("settings/UiPreferences.java", ".*", "java.util.prefs keys"),
            new Allowance("common/BinaryStylesheets.java", "\\.css|\\.bss|io/spendsense/ui",
                    "file suffixes and the folder of a build step over the compiled classes"));

    /** Calls whose string arguments the user never reads. */
    private static final Set<String> TECHNICAL_CALLS = Set.of("setId", "getPseudoClass", "setStyle", "ofPattern",
            "lookup", "lookupAll", "getLogger", "getResource", "getResourceAsStream", "compile", "split", "matches",
            "replaceAll", "load");
    private static final Set<String> LOG_CALLS = Set.of("trace", "debug", "info", "warn", "error");
    /** The calls that read a bundle key: their first argument is a key, not text. */
    private static final Set<String> KEY_CALLS = Set.of("Messages.get", "Messages.format", "loader.text",
            "resources.getString");
    private static final List<Pattern> TECHNICAL_SHAPES = List.of(
            Pattern.compile("-?[a-z][a-z0-9]*(?:-[a-z0-9]+)+-?"), // style classes, ids, thread names
            Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+"), // camelCase ids
            Pattern.compile("[a-z][a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)+\\.?"), // bundle names, property keys
            Pattern.compile("#[0-9a-fA-F]{3,8}"), // colors
            Pattern.compile("/[\\w./-]+"), // resources
            Pattern.compile("\\*\\.[a-z0-9*]+")); // file-name globs
    private static final Pattern CSS_TOKEN = Pattern.compile("-(?:fx|color)-[a-z]+(?:-[a-z]+)*");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern FIXED_LOCALE = Pattern.compile(
            "(?:ofPattern|getDisplayName)\\([^;]*?Locale\\.(?:US|ENGLISH|UK|ROOT|CANADA|GERMANY|FRANCE)\\b");

    /** FXML attributes (or property elements) whose value the user reads or hears. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("text", "promptText", "accessibleText", "accessibleHelp",
            "title", "headerText", "contentText", "placeholderText");
    private static final Pattern SYMBOLS_ONLY = Pattern.compile("[\\p{P}\\p{S}\\s]*");

    @Test
    void noUiSourceSaysAUserVisibleWordItself() {
        Map<String, List<String>> found = new TreeMap<>();
        javaFiles().forEach(file -> {
            String name = UI_SOURCES.relativize(file).toString().replace('\\', '/');
            var words = userText(name, read(file));
            if (!words.isEmpty()) {
                found.put(name, words);
            }
        });
        assertThat(found).as("string literals the user reads: move them to messages.properties").isEmpty();
    }

    @Test
    void noFxmlSaysAUserVisibleWordItself() {
        Map<String, List<String>> literals = new TreeMap<>();
        fxmlFiles().forEach(file -> {
            var found = fxmlLiterals(read(file));
            if (!found.isEmpty()) {
                literals.put(FXML_ROOT.relativize(file).toString(), found);
            }
        });
        assertThat(literals).as("FXML text attributes that should be %%keys").isEmpty();
    }

    /**
     * Month and day names are written in the bundle's language ({@code Messages.locale()}), so that a translated
     * bundle gets its own: no date pattern or display name under {@code ui} fixes a locale.
     */
    @Test
    void monthAndDayNamesFollowTheBundle() {
        List<String> fixed = new ArrayList<>();
        javaFiles().forEach(file -> {
            var matcher = FIXED_LOCALE.matcher(scan(read(file)).masked());
            while (matcher.find()) {
                fixed.add(UI_SOURCES.relativize(file) + ": " + matcher.group());
            }
        });
        assertThat(fixed).as("date patterns and names in a fixed locale: use Messages.locale()").isEmpty();
        assertThat(FIXED_LOCALE.matcher("DateTimeFormatter.ofPattern(\"MMM d\", Locale.US)").find()).isTrue();
        assertThat(FIXED_LOCALE.matcher("d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)").find()).isTrue();
        assertThat(FIXED_LOCALE.matcher("DateTimeFormatter.ofPattern(\"MMM d\", Messages.locale())").find()).isFalse();
    }

    /** An allowance that lets nothing through is stale: the list stays as short as the code needs. */
    @Test
    void everyAllowanceIsStillNeeded() {
        List<Allowance> unused = new ArrayList<>(ALLOWED);
        javaFiles().forEach(file -> {
            String name = UI_SOURCES.relativize(file).toString().replace('\\', '/');
            for (var literal : literals(read(file))) {
                unused.removeIf(a -> a.file().equals(name) && a.literal().matcher(literal.text()).matches());
            }
        });
        assertThat(unused).as("allowances no literal needs").isEmpty();
    }

    /** The scanners themselves: a check that cannot see a literal would pass for the wrong reason. */
    @Test
    void theScansSeeUserTextAndLetTechnicalStringsBe() {
        String java = """
                class X {
                    // label.setText("in a comment");
                    /* new Label("in a block comment") */
                    void build() {
                        title.setText("Hello");
                        var save = new Button("Save");
                        box.getChildren().add(new Label("Category"), field);
                        dialog.setTitle(Messages.format("app.windowTitle", "Import"));
                        hint.setText(Messages.get("import.noFile"));
                        url = "http://example.com"; // a comment after code
                        char quote = '"';
                        node.getStyleClass().addAll("flat", "small", "danger");
                        pane.setId("saveButton");
                        field.setStyle("-fx-font-size: " + size + "px;");
                        chip.setStyle("-fx-background-color: " + color + ", -color-bg-default;");
                        var sep = " · ";
                        var colors = new String[] {"#4e79a7", "#f28e2b"};
                        LOG.debug("Background work failed", e);
                        var fmt = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
                        String s = "Escaped \\"quote\\" inside";
                        String block = \"""
                            Text block words
                            \""";
                        status.set(ok ? "" : "Enter an amount");
                        var lineBreak = "\\n";
                        var word = "\\u00e9t\\u00e9";
                    }
                }
                """;
        assertThat(userText("x/X.java", java)).containsExactly("5: Hello", "6: Save", "7: Category", "8: Import",
                "10: http://example.com", "20: Escaped \\\"quote\\\" inside", "22: Text block words",
                "24: Enter an amount", "26: \\u00e9t\\u00e9");
        assertThat(userText("StartupProbe.java", "class P { String s = \"startup-probe ready\"; }")).isEmpty();
        assertThat(userText("common/Other.java", "class P { String s = \"startup probe ready\"; }"))
                .containsExactly("1: startup probe ready");

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
        assertThat(fxmlLiterals(fxml)).containsExactly("text=Hello", "promptText=0.00", "text=Ctrl+N",
                "text=Nested words", "accessibleText=Close");
    }

    // ---- Java ---------------------------------------------------------------------------------------------------

    /** The literals of {@code java} that the user would read, as "line: text". */
    static List<String> userText(String file, String java) {
        var scan = scan(java);
        List<String> out = new ArrayList<>();
        for (var literal : scan.literals()) {
            if (LETTER.matcher(unescape(literal.text())).find() && !technical(scan.masked(), literal)
                    && !allowed(file, literal.text())) {
                out.add(literal.line() + ": " + literal.text());
            }
        }
        return out;
    }

    private static boolean allowed(String file, String text) {
        return ALLOWED.stream().anyMatch(a -> a.file().equals(file) && a.literal().matcher(text).matches());
    }

    private static boolean technical(String masked, JavaLiterals.Literal literal) {
        String text = literal.text();
        if (TECHNICAL_SHAPES.stream().anyMatch(p -> p.matcher(text).matches())
                || !LETTER.matcher(CSS_TOKEN.matcher(text).replaceAll("")).find()) {
            return true;
        }
        var call = enclosingCall(masked, literal.start());
        if (call == null) {
            return false;
        }
        String method = call.callee().substring(call.callee().lastIndexOf('.') + 1);
        if (KEY_CALLS.contains(call.callee()) && call.argument() == 0) {
            return true;
        }
        boolean log = call.callee().startsWith("LOG.") && LOG_CALLS.contains(method);
        return log || TECHNICAL_CALLS.contains(method) || call.callee().contains("getStyleClass()");
    }

    // ---- FXML ---------------------------------------------------------------------------------------------------

    static List<String> fxmlLiterals(String fxml) {
        List<String> literals = new ArrayList<>();
        visit(parse(fxml), element -> {
            for (String name : TEXT_ATTRIBUTES) {
                if (element.hasAttribute(name) && isFxmlLiteral(element.getAttribute(name))) {
                    literals.add(name + "=" + element.getAttribute(name));
                }
            }
            if (TEXT_ATTRIBUTES.contains(element.getTagName()) && isFxmlLiteral(element.getTextContent().strip())) {
                literals.add(element.getTagName() + "=" + element.getTextContent().strip());
            }
        });
        return literals;
    }

    private static boolean isFxmlLiteral(String value) {
        // %key is a bundle key, ${...} an expression, @ a resource location (FXML escapes a literal one with a
        // backslash).
        boolean reference = value.startsWith("%") || value.startsWith("${") || value.startsWith("@");
        return !reference && !SYMBOLS_ONLY.matcher(value).matches();
    }
}
