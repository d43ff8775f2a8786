package io.spendsense.service;

import static io.spendsense.architecture.JavaLiterals.caseLabel;
import static io.spendsense.architecture.JavaLiterals.declared;
import static io.spendsense.architecture.JavaLiterals.enclosingCall;
import static io.spendsense.architecture.JavaLiterals.scan;
import static io.spendsense.architecture.JavaLiterals.unescape;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.spendsense.architecture.JavaLiterals;
import org.junit.jupiter.api.Test;

/**
 * No word the user reads is written in the services' or the domain's code: validation and import errors, import facts
 * and skip reasons, schedules, insight reasons and the amount question come from
 * {@code io/spendsense/domain/messages.properties} through {@code Texts}, so a translator needs only the bundles. As
 * {@code UiTextLiteralsTest} for {@code ui}, the scan is deny by default: every string literal under {@code service}
 * and {@code domain} that holds a letter fails unless it is a bundle key (the first argument of
 * {@code Texts.get/format}), a field name where the exceptions take one ({@code ValidationException(field, ...)},
 * {@code FieldError}, {@code Problem}, {@code LineError}), a {@code case} label or a value compared with, goes where
 * the user never reads it (a regex, a date pattern, a log line, a charset), has a technical shape (camelCase,
 * kebab-case, dotted names, colors, codes in capitals such as ISO 4217 codes and OFX tags), or is on the short
 * {@link #ALLOWED} list with its reason (data tables, field names passed to the checks, programming errors).
 * Separators (", ", ": ", "; ") hold no letter and pass.
 */
class ServiceTextLiteralsTest {
    private static final Path MAIN = Path.of("src/main/java/io/spendsense");
    private static final List<String> ROOTS = List.of("service", "domain");

    /**
     * A literal the scan lets through although it has words: the file, where in it ({@code call}: the method it is an
     * argument of, or the variable or field it initializes; null: anywhere), what it looks like, and why.
     */
    record Allowance(String file, String call, Pattern literal, String why) {
        Allowance(String file, String call, String literal, String why) {
            this(file, call, Pattern.compile(literal), why);
        }

        boolean lets(String name, JavaLiterals.Call at, String declared, String text) {
            return file.equals(name) && (call == null || at != null && at.method().equals(call)
                    || call.equals(declared)) && literal.matcher(text).matches();
        }
    }

    private static final String FIELDS = "date|amount|debit|credit|description|payee|category|notes|type|pattern";

    static final List<Allowance> ALLOWED = List.of(
            // data, not messages
            new Allowance("service/DefaultCategories.java", null, ".*",
                    "the categories a new profile starts with and the synonyms the assistant and the importer match:"
                            + " data stored in the profile (the assistant reads English)"),
            new Allowance("service/ImportService.java", null, "Other",
                    "the name of the default category (DefaultCategories) that rows without one go to"),
            new Allowance("service/ExpenseGenerator.java", null, ".*",
                    "the generated demo and benchmark expenses: categories, payees and descriptions are data"),
            new Allowance("service/DemoService.java", "BUDGETS", ".*", "the demo profile's data"),
            new Allowance("service/DemoService.java", "BILLS", ".*", "the demo profile's data"),
            new Allowance("service/DemoService.java", "categoryId", ".*", "a demo category's name (data)"),
            new Allowance("service/DemoService.java", "USERNAME", "demo", "the demo profile's username"),
            new Allowance("service/DemoService.java", "DISPLAY_NAME", "Demo profile",
                    "the demo profile's display name (data)"),
            new Allowance("service/DemoService.java", "importCsv", "demo expenses",
                    "the source name of the demo's own import, which never fails"),
            new Allowance("service/imports/HeaderNames.java", "add", ".*",
                    "header names banks write, matched against a file's header, never shown"),
            new Allowance("service/imports/Dates.java", "names", "[a-z]+",
                    "month names (five languages) matched in a file's dates, never shown"),
            new Allowance("service/imports/CamtReader.java", null, "[A-Z][a-z]+(?:[A-Z][a-z]*)*",
                    "ISO 20022 element names"),
            // technical strings
            new Allowance("service/imports/Dates.java", null, "[yMd]+(?:[ ./,-]+[yMd]+)*",
                    "date patterns (the facts show the pattern a file was read with)"),
            new Allowance("service/imports/OfxReader.java", null, "yyyyMMdd \\(DTPOSTED\\)",
                    "the date pattern and the element the dates come from: technical names"),
            new Allowance("service/imports/CamtReader.java", null, "yyyy-MM-dd \\(BookgDt\\)",
                    "the date pattern and the element the dates come from: technical names"),
            new Allowance("service/imports/StatementFormat.java", null, "OFX [12] \\((?:SGML|XML)\\)",
                    "format names, the same in every language"),
            new Allowance("service/imports/CsvSample.java", null, "csv\\\\u0000",
                    "the seed of a layout's fingerprint"),
            new Allowance("domain/Money.java", "Locale", "[a-z]{2}", "ISO 639 language codes"),
            new Allowance("domain/SafeText.java", "format", "U\\+%04X", "a code point in Unicode's notation"),
            new Allowance("domain/Schedule.java", null, "(?:monthly|weekly|days):|yearly",
                    "the command line's schedule syntax: code() writes what parse() reads"),
            new Allowance("domain/Period.java", null, "all time",
                    "toString, which the assistant's explanations quote (English by its contract)"),
            new Allowance("service/SignedInUser.java", null, "SignedInUser\\[", "toString, for logs"),
            new Allowance("service/BackupService.java", null, "spendsense-|-%09d",
                    "backup file names"),
            new Allowance("service/ForecastBacktest.java", null, "overall",
                    "the backtest report's key for all spending, read by the forecast benchmark"),
            new Allowance("service/AuthService.java", "hashpw", "not a password",
                    "the password hashed once to time an unknown username like a known one"),
            new Allowance("service/ServerSettings.java", null, ".*",
                    "the server settings file's keys and values, pgjdbc's sslmode and the platform's folder names:"
                            + " a file format and paths, never shown (its two sentences are in the bundle)"),
            new Allowance("service/ServerProblem.java", "TLS_REQUIRED", "require|verify-ca|verify-full",
                    "pgjdbc's sslmode names, compared"),
            // programming errors, for the stack trace: the callers check first
            new Allowance("service/ExpenseService.java", null,
                    "page (?:offset must be >= 0 and )?limit (?:must be )?1\\.\\.",
                    "a page the table or a command never asks for"),
            new Allowance("domain/BudgetLimits.java", null, "from | is before the start month ",
                    "BudgetService refuses such a month first, in its own words"),
            // field names: identifiers the front ends compare, and the canonical CSV columns' names
            new Allowance("service/ExpenseService.java", "checkLength", FIELDS, "field names"),
            new Allowance("service/ExpenseService.java", "checkText", FIELDS, "field names"),
            new Allowance("service/RecurringService.java", "checkLength", FIELDS, "field names"),
            new Allowance("service/RecurringService.java", "checkText", FIELDS, "field names"),
            new Allowance("service/RuleService.java", "checkLength", FIELDS, "field names"),
            new Allowance("service/RuleService.java", "checkText", FIELDS, "field names"),
            new Allowance("service/AuthService.java", "checkPassword", "password", "a field name"),
            new Allowance("service/imports/StatementReaders.java", "controlProblem", FIELDS, "field names"),
            new Allowance("service/imports/CsvStatementReader.java", "amount", FIELDS, "field names"),
            new Allowance("service/imports/CsvStatementReader.java", "text", FIELDS, "field names"),
            new Allowance("service/imports/CsvStatementReader.java", "problem", FIELDS, "field names"),
            new Allowance("service/imports/CsvColumns.java", "column", FIELDS, "field names"),
            new Allowance("service/imports/CsvColumns.java", "of", FIELDS, "the canonical CSV header"),
            new Allowance("service/imports/CsvColumns.java", "roles", FIELDS + "|debit/credit|currency|status",
                    "the column roles, named as the canonical CSV columns and the --*-column options"),
            new Allowance("service/ExportService.java", "HEADER", FIELDS, "the canonical CSV header"),
            new Allowance("service/ExportService.java", "EXPORT_HEADER",
                    FIELDS + "|original_amount|original_currency|rate|rate_estimated",
                    "the canonical CSV header and the columns of what an expense in another currency was paid"),
            new Allowance("service/imports/CsvColumns.java", "ORIGINAL_NAMES", "original amount|original currency"
                    + "|rate|rate estimated", "the export's currency columns, matched against a file's header"),
            new Allowance("service/imports/CsvStatementReader.java", "plainPositive", "original_amount|rate",
                    "field names: the export's currency columns"),
            new Allowance("service/rates/RatesFile.java", "SIMPLE_HEADER", "date|currency|rate",
                    "the simple rates file's column names, matched against its header"),
            new Allowance("service/rates/RatesFile.java", "rate", "rate", "a field name"),
            new Allowance("service/rates/RatesFile.java", "problem", "currency|date", "field names"),
            new Allowance("service/rates/RatesDownload.java", "ECB_URL", "https://.*",
                    "the address the ECB publishes its reference rates at"),
            new Allowance("service/rates/RatesDownload.java", "header", "Accept|application/zip, text/csv, \\*/\\*",
                    "an HTTP request header"),
            new Allowance("service/imports/Detected.java", "apply", "sign",
                    "the field an import hint is about, for the front end's wording"),
            // receipts and other attachments: media types, file names, the export's index
            new Allowance("domain/AttachmentType.java", null, "(?:image|application)/[a-z]+|[a-z]{3}",
                    "IANA media types, as stored, and file name extensions"),
            new Allowance("service/AttachmentImages.java", "getImageWritersByFormatName", "jpeg",
                    "an ImageIO format name"),
            new Allowance("service/AttachmentService.java", null, "NewAttachment\\[| bytes\\]", "toString, for logs"),
            new Allowance("service/AttachmentService.java", "format", "%\\.1f",
                    "a number's format (the bundle's attachment.size puts it in words)"),
            new Allowance("service/ExportService.java", "EXPORT_HEADER", "[a-z_]+",
                    "the canonical CSV header and the columns of what was paid in another currency"),
            new Allowance("service/ExportService.java", "ATTACHMENTS", "attachments", "the export's folder name"),
            new Allowance("service/ExportService.java", "ATTACHMENTS_HEADER", "[a-z]+",
                    "the header of the export's attachments.csv"),
            new Allowance("domain/DatabaseLocation.java", null, "sslmode|prefer|postgresql://|\\?sslmode=",
                    "libpq's parameter names and URL scheme, as the user writes them in a server address"),
            new Allowance("service/ExportService.java", "format", "d-%d-%s", "an exported file's name"),
            new Allowance("service/ExportService.java", "safe", "file", "an exported file's name"),
            // currencies and rates: column and field names, header names, addresses
            new Allowance("service/imports/CsvColumns.java", "ORIGINAL_NAMES", "[a-z ]+",
                    "the export's columns of what was paid, normalized, matched against a file's header"),
            new Allowance("service/imports/CsvStatementReader.java", "plainPositive", "original_amount|rate",
                    "the export's column names, which the line errors quote"),
            new Allowance("service/rates/RatesFile.java", "of", "date|currency|rate",
                    "the header names of a simple rates file, matched against its header"),
            new Allowance("service/rates/RatesFile.java", "problem", "date|currency", "field names"),
            new Allowance("service/rates/RatesFile.java", "rate", "rate", "a field name"),
            new Allowance("service/rates/RatesDownload.java", "ECB_URL", "https://.*", "an address"),
            new Allowance("service/rates/RatesDownload.java", "header", "Accept|application/zip, text/csv, \\*/\\*",
                    "an HTTP header and its media types"),
            // programming errors, for the stack trace: the callers check first
            new Allowance("service/AttachmentService.java", "IllegalStateException",
                    "SHA-256 is part of every Java runtime", "a runtime without SHA-256 is broken"));

    private static final Set<String> TECHNICAL_CALLS = Set.of("compile", "ofPattern", "getLogger", "split", "matches",
            "replaceAll", "replace", "startsWith", "endsWith", "contains", "equals", "equalsIgnoreCase", "indexOf",
            "lastIndexOf", "forName", "fromString", "requireNonNull");
    private static final Set<String> LOG_CALLS = Set.of("trace", "debug", "info", "warn", "error");
    private static final Set<String> KEY_CALLS = Set.of("Texts.get", "Texts.format");
    private static final Map<String, Integer> FIELD_ARGUMENTS = Map.of("ValidationException", 0, "FieldError", 0,
            "Problem", 1, "LineError", 1);
    private static final List<Pattern> TECHNICAL_SHAPES = List.of(
            Pattern.compile("-?[a-z][a-z0-9]*(?:-[a-z0-9]+)+-?"), // kebab-case names, command-line values
            Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+"), // camelCase field names
            Pattern.compile("[a-z][a-zA-Z0-9]+(?:\\.[a-zA-Z0-9]+)+\\.?"), // bundle names, keys
            Pattern.compile("#[0-9a-fA-F]{3,8}"), // colors
            Pattern.compile("/[\\w./-]+"), // resources
            Pattern.compile("\\.[a-z]+"), // file suffixes
            Pattern.compile("[A-Z][A-Z0-9_]*(?:[.-][A-Z0-9]+)*")); // codes: ISO 4217, charsets, OFX tags, UPPER words
    /** A literal compared with: "ok".equals(result). */
    private static final Pattern RECEIVER = Pattern.compile("\\s*\\.\\s*(?:equals|equalsIgnoreCase)\\(");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern FIXED_NAMES = Pattern.compile("getDisplayName\\([^;]*?Locale\\.[A-Z]+\\b");

    @Test
    void noServiceOrDomainSourceSaysAUserVisibleWordItself() {
        List<String> found = new ArrayList<>();
        sources().forEach((name, java) -> userText(name, java).forEach(word -> found.add(name + ":" + word)));
        assertThat(found).as("string literals the user reads: move them to io/spendsense/domain/messages.properties")
                .isEmpty();
    }

    /**
     * Month and day names in these texts ("every 2 weeks on Friday", "is '03/04/2026' 3 April or March 4?") are in
     * the bundle's language ({@code Texts.locale()}), never a fixed one. (Reading a file's dates is another matter:
     * the importer parses the month names banks write.)
     */
    @Test
    void monthAndDayNamesFollowTheBundle() {
        List<String> fixed = new ArrayList<>();
        sources().forEach((name, java) -> {
            var matcher = FIXED_NAMES.matcher(scan(java).masked());
            while (matcher.find()) {
                fixed.add(name + ": " + matcher.group());
            }
        });
        assertThat(fixed).as("month and day names in a fixed locale: use Texts.locale()").isEmpty();
        assertThat(FIXED_NAMES.matcher("Month.of(b).getDisplayName(full, Locale.ENGLISH)").find()).isTrue();
        assertThat(FIXED_NAMES.matcher("d.getDisplayName(TextStyle.FULL, Texts.locale())").find()).isFalse();
    }

    /** An allowance that lets nothing through is stale: the list stays as short as the code needs. */
    @Test
    void everyAllowanceIsStillNeeded() {
        List<Allowance> unused = new ArrayList<>(ALLOWED);
        sources().forEach((name, java) -> {
            var scan = scan(java);
            for (var literal : scan.literals()) {
                if (LETTER.matcher(unescape(literal.text())).find() && !technical(scan.masked(), literal)) {
                    var call = enclosingCall(scan.masked(), literal.start());
                    String declared = declared(scan.masked(), literal.start());
                    unused.removeIf(a -> a.lets(name, call, declared, literal.text()));
                }
            }
        });
        assertThat(unused).as("allowances no literal needs").isEmpty();
    }

    /** The scanner itself: a check that cannot see a message would pass for the wrong reason. */
    @Test
    void theScanSeesMessagesAndLetsTechnicalStringsBe() {
        String java = """
                class X {
                    // throw new ValidationException("amount", "in a comment");
                    void check(String name, long id) {
                        throw new ValidationException("username", "username '" + name + "' is already taken");
                    }
                    Problem p = new Problem(line, "date", Texts.format("dates.notInFormat", text, pattern));
                    String why = "given";
                    String s = Texts.get("import.tab") + "'" + c + "'";
                    static final Pattern P = Pattern.compile("[A-Za-z]+");
                    boolean ok = "ok".equals(result) || text.startsWith("OFXHEADER");
                    String code = switch (text) {
                        case "csv", "text" -> "EUR";
                        default -> throw new IllegalArgumentException("unknown format '" + text + "'");
                    };
                    Found f = new Found(UTF_8, "UTF-8 with a byte-order mark");
                    Insight i = new Insight(kind, e, null, ratio, ratio + "× your usual expense");
                    String block = \"""
                        Text block words
                        \""";
                }
                """;
        assertThat(userText("x/X.java", java)).containsExactly("4: username '", "4: ' is already taken",
                "7: given", "13: unknown format '", "15: UTF-8 with a byte-order mark", "16: × your usual expense",
                "18: Text block words");
        assertThat(userText("domain/Period.java", "class P { String s = \"all time\"; }")).isEmpty();
        assertThat(userText("domain/Other.java", "class P { String s = \"all time\"; }"))
                .containsExactly("1: all time");
        assertThat(userText("service/imports/Dates.java", "class P { String[][] names = {{\"jan\", \"feb\"}}; }"))
                .isEmpty();
        assertThat(userText("service/imports/Dates.java", "class P { String why = \"ambiguous\"; }"))
                .containsExactly("1: ambiguous");
    }

    static List<String> userText(String file, String java) {
        var scan = scan(java);
        List<String> out = new ArrayList<>();
        for (var literal : scan.literals()) {
            if (LETTER.matcher(unescape(literal.text())).find() && !technical(scan.masked(), literal)) {
                var call = enclosingCall(scan.masked(), literal.start());
                String declared = declared(scan.masked(), literal.start());
                if (ALLOWED.stream().noneMatch(a -> a.lets(file, call, declared, literal.text()))) {
                    out.add(literal.line() + ": " + literal.text());
                }
            }
        }
        return out;
    }

    private static boolean technical(String masked, JavaLiterals.Literal literal) {
        String text = literal.text();
        if (TECHNICAL_SHAPES.stream().anyMatch(p -> p.matcher(text).matches()) || caseLabel(masked, literal.start())) {
            return true;
        }
        if (RECEIVER.matcher(masked).region(literal.start() + literal.text().length() + 2, masked.length())
                .lookingAt()) {
            return true;
        }
        var call = enclosingCall(masked, literal.start());
        if (call == null) {
            return false;
        }
        if (KEY_CALLS.contains(call.callee()) && call.argument() == 0) {
            return true;
        }
        Integer field = FIELD_ARGUMENTS.get(call.method());
        if (call.constructor() && field != null && field == call.argument()) {
            return true;
        }
        boolean log = call.callee().startsWith("LOG.") && LOG_CALLS.contains(call.method());
        return log || TECHNICAL_CALLS.contains(call.method());
    }

    static Map<String, String> sources() {
        Map<String, String> sources = new TreeMap<>();
        for (String root : ROOTS) {
            try (var walk = Files.walk(MAIN.resolve(root))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    sources.put(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
