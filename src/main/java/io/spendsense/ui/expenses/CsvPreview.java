package io.spendsense.ui.expenses;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The first lines of a CSV file, for the import preview and the column mapping. Only reads what it shows; the import
 * itself reads the whole file with the import service's rules.
 */
record CsvPreview(char delimiter, List<String> header, List<List<String>> rows) {
    static final int ROWS = 8;

    static CsvPreview read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(64 * 1024);
            String first = in.readLine();
            in.reset();
            char delimiter = detectDelimiter(first == null ? "" : first);
            var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
            List<String> header = List.of();
            var rows = new ArrayList<List<String>>();
            for (CSVRecord r : format.parse(in)) {
                var values = r.toList();
                if (header.isEmpty()) {
                    header = values.stream().map(v -> v.replace("\uFEFF", "").strip()).toList();
                } else if (rows.size() < ROWS) {
                    rows.add(values);
                } else {
                    break;
                }
            }
            return new CsvPreview(delimiter, header, rows);
        }
    }

    /** The most frequent of , ; tab | on the header line (a comma when none appears). */
    static char detectDelimiter(String line) {
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long count = line.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }
}
