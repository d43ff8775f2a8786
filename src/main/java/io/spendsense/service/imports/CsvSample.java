package io.spendsense.service.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The first lines of a statement as its columns, for a preview and the column mapping: the format and encoding found,
 * and for CSV the separator, the lines before the header, the header names (or "1", "2", ... without a header) and
 * the first rows. Only reads the start of the file and never refuses it; the import reads all of it.
 */
public record CsvSample(StatementFormat format, String encoding, Character separator, int skippedLines,
                        boolean header, List<String> names, List<List<String>> rows) {

    /**
     * What tells a bank's CSV layout from another, for the settings a user saved for it: a SHA-256 of the separator
     * and the header names in lower case with only their ASCII letters and digits (so the same header read as UTF-8
     * or as Windows-1252 is the same layout, and so is one with other spaces or quotes). Null for a file that is not
     * CSV or has no header: a header-less file's columns say nothing of its bank.
     */
    public String layoutFingerprint() {
        if (format != StatementFormat.CSV || !header || separator == null || names.isEmpty()) {
            return null;
        }
        var text = new StringBuilder("csv\u0000").append(separator);
        for (String name : names) {
            text.append('\u0000').append(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
