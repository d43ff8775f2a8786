package io.spendsense.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

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
            encodingName = charset.displayName() + " (given)";
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
        return switch (format) {
            case CSV -> new CsvStatementReader(options, encoding).read(in);
            case OFX_SGML, OFX_XML, QFX -> new OfxReader(options, encoding).read(in);
            case QIF -> new QifReader(options, encoding).read(in);
            case CAMT053 -> new CamtReader(options, encoding).read(in);
        };
    }
}
