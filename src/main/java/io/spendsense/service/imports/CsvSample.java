package io.spendsense.service.imports;

import java.util.List;

/**
 * The first lines of a statement as its columns, for a preview and the column mapping: the format and encoding found,
 * and for CSV the separator, the lines before the header, the header names (or "1", "2", ... without a header) and
 * the first rows. Only reads the start of the file and never refuses it; the import reads all of it.
 */
public record CsvSample(StatementFormat format, String encoding, Character separator, int skippedLines,
                        boolean header, List<String> names, List<List<String>> rows) {
}
