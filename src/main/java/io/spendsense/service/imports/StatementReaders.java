package io.spendsense.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.spendsense.domain.SafeText;
import io.spendsense.domain.Texts;

/** Reads a statement file in whatever supported format it is: the encoding, then the format, then its reader. */
public final class StatementReaders {
    private static final int SNIFF = 8192;

    private StatementReaders() {
    }

    /** Reads a file; its encoding and format are detected unless {@code options} give them. */
    public static Statement read(Path file, ReadOptions options) throws IOException {
        String encodingName;
        java.nio.charset.Charset charset;
        if (options.encoding() != null) {
            charset = options.encoding();
            encodingName = Texts.format("encoding.given", charset.displayName());
        } else {
            var found = Encodings.detect(file);
            charset = found.charset();
            encodingName = found.name();
        }
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE))) {
            return read(reader, encodingName, options);
        }
    }

    /** Reads text already decoded; {@code encoding} names how, for the report (null: not known). */
    public static Statement read(Reader text, String encoding, ReadOptions options) throws IOException {
        var in = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        in.mark(SNIFF + 1);
        char[] start = new char[SNIFF];
        int n = 0;
        for (int r; n < SNIFF && (r = in.read(start, n, SNIFF - n)) > 0; ) {
            n += r;
        }
        in.reset();
        var format = options.format() != null ? options.format() : FormatDetector.detect(new String(start, 0, n));
        Statement read = switch (format) {
            case CSV -> new CsvStatementReader(options, encoding).read(in);
            case OFX_SGML, OFX_XML, QFX -> new OfxReader(options, encoding).read(in);
            case QIF -> new QifReader(options, encoding).read(in);
            case CAMT053 -> new CamtReader(options, encoding).read(in);
        };
        return checkedText(read);
    }

    /**
     * Refuses a statement whose text holds control characters (but tab and newline) or bidi overrides — an escape
     * sequence in a payee would set a terminal's title or clear its screen wherever it is printed — naming the line
     * and field, as any bad line; the whole file is refused, as always.
     */
    static Statement checkedText(Statement statement) {
        var problems = new java.util.ArrayList<StatementException.Problem>();
        int bad = 0;
        for (StatementLine l : statement.lines()) {
            boolean lineBad = controlProblem(problems, l.line(), "payee", Texts.get("field.payee"), l.payee());
            lineBad |= controlProblem(problems, l.line(), "description", Texts.get("field.description"),
                    l.description());
            lineBad |= controlProblem(problems, l.line(), "category", Texts.get("field.category"), l.category());
            bad += lineBad ? 1 : 0;
        }
        if (bad > 0) {
            throw new StatementException(problems, bad);
        }
        return statement;
    }

    /** Whether {@code value}, the {@code field} of {@code line} (called {@code what}), holds a control character. */
    private static boolean controlProblem(List<StatementException.Problem> problems, long line, String field,
                                          String what, String value) {
        String problem = SafeText.controlProblem(what, value);
        if (problem == null) {
            return false;
        }
        if (problems.size() < StatementException.MAX_REPORTED) {
            problems.add(new StatementException.Problem(line, field, problem));
        }
        return true;
    }

    /** The start of a file as columns (see {@link CsvSample}); {@code rows} at most. */
    public static CsvSample sample(Path file, ReadOptions options, int rows) throws IOException {
        var found = options.encoding() != null ? new Encodings.Found(options.encoding(),
                Texts.format("encoding.given", options.encoding().displayName())) : Encodings.detect(file);
        try (var in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), found.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)), 1 << 16)) {
            char[] buffer = new char[64 * 1024];
            int n = 0;
            for (int r; n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) > 0; ) {
                n += r;
            }
            String text = new String(buffer, 0, n).replace("\uFEFF", "");
            StatementFormat format;
            try {
                format = options.format() != null ? options.format()
                        : FormatDetector.detect(text.substring(0, Math.min(text.length(), SNIFF)));
            } catch (StatementException e) {
                format = null;
            }
            if (format != StatementFormat.CSV) {
                return new CsvSample(format, found.name(), null, 0, false, java.util.List.of(), java.util.List.of());
            }
            var layout = CsvLayout.detect(text, n < buffer.length, options);
            var records = layout.records();
            var names = new java.util.ArrayList<String>();
            var out = new java.util.ArrayList<java.util.List<String>>();
            int first = layout.start() + (layout.header() ? 1 : 0);
            if (layout.header() && layout.start() < records.size()) {
                for (String name : records.get(layout.start()).fields()) {
                    names.add(name.strip());
                }
                while (names.size() > 1 && names.get(names.size() - 1).isEmpty()) {
                    names.remove(names.size() - 1);
                }
            }
            for (int i = first; i < records.size() && out.size() < rows; i++) {
                if (!records.get(i).blank()) {
                    out.add(records.get(i).fields());
                }
            }
            if (!layout.header()) {
                int width = out.stream().mapToInt(java.util.List::size).max().orElse(0);
                for (int c = 1; c <= width; c++) {
                    names.add(String.valueOf(c));
                }
            }
            int skipped = records.isEmpty() ? 0 : (int) records.get(Math.min(layout.start(), records.size() - 1))
                    .line() - 1;
            return new CsvSample(format, found.name(), layout.separator(), skipped, layout.header(), names, out);
        }
    }
}
