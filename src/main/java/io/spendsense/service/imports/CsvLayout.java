package io.spendsense.service.imports;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The shape of a CSV file seen in its first lines: the separator (the one that splits most lines into the same
 * number of fields), the lines before the real header (account number, period, balance), and whether the file
 * has a header at all or starts with data.
 */
final class CsvLayout {
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|(19|20)\\d{2}[01]\\d[0-3]\\d"
            + "|\\d{1,2}[ ./-]+\\p{L}{3,9}\\.?[ ./,-]+\\d{2,4}"
            + "|\\p{L}{3,9}\\.? +\\d{1,2},? +\\d{4}");
    private static final int HEADER_SEARCH = 40;

    /** One record of the first lines: where it starts and its fields. */
    record Rec(long line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The result: separator, the record the data (or the header) starts at, and whether that is a header. */
    record Layout(char separator, int start, boolean header, List<Rec> records) {
    }

    private CsvLayout() {
    }

    static Layout detect(String prefix, boolean complete, ReadOptions options) throws IOException {
        char separator = options.delimiter() != null ? options.delimiter() : separator(prefix);
        var records = records(prefix, complete, separator);
        int start = -1;
        boolean header = true;
        if (options.skipLines() != null) {
            for (int i = 0; i < records.size() && start < 0; i++) {
                if (records.get(i).line() > options.skipLines() && !records.get(i).blank()) {
                    start = i;
                }
            }
            header = start < 0 || !looksLikeData(records.get(start).fields()) || headerLike(records.get(start));
        } else {
            for (int i = 0; i < Math.min(records.size(), HEADER_SEARCH) && start < 0; i++) {
                if (headerLike(records.get(i))) {
                    start = i;
                }
            }
            if (start < 0) {
                for (int i = 0; i < Math.min(records.size(), HEADER_SEARCH) && start < 0; i++) {
                    if (looksLikeData(records.get(i).fields())) {
                        start = i;
                        header = false;
                        // the line just before the data, as wide as it, is a header of names we do not know
                        int before = i - 1;
                        while (before >= 0 && records.get(before).blank()) {
                            before--;
                        }
                        if (before >= 0 && trimmedWidth(records.get(before).fields())
                                >= trimmedWidth(records.get(i).fields())) {
                            start = before;
                            header = true;
                        }
                    }
                }
            }
            if (start < 0) {
                for (int i = 0; i < records.size() && start < 0; i++) {
                    if (!records.get(i).blank()) {
                        start = i;
                    }
                }
            }
        }
        return new Layout(separator, Math.max(start, 0), header, records);
    }

    /** A header line has at least two names banks use, or a date name and an amount name. */
    static boolean headerLike(Rec rec) {
        if (looksLikeData(rec.fields())) {
            return false;
        }
        int known = 0;
        for (String f : rec.fields()) {
            if (!f.isBlank() && HeaderNames.known(HeaderNames.normalize(f))) {
                known++;
            }
        }
        return known >= 2;
    }

    /** A data line has a date and an amount. */
    static boolean looksLikeData(List<String> fields) {
        boolean date = false;
        boolean amount = false;
        for (String f : fields) {
            String v = f.strip();
            if (!date && looksLikeDate(v)) {
                date = true;
            } else if (looksLikeAmount(v)) {
                amount = true;
            }
        }
        return date && amount;
    }

    static boolean looksLikeDate(String v) {
        return v.length() >= 6 && v.length() <= 30 && DATE_LIKE.matcher(Dates.dateOnly(v)).matches();
    }

    static boolean looksLikeAmount(String v) {
        if (v.isEmpty() || v.length() > 20) {
            return false;
        }
        String s = Amounts.marker(v) != 0 ? Amounts.withoutMarker(v) : v;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            digit |= Character.isDigit(s.charAt(i));
        }
        return digit && (new Amounts(false).parse(s) != null || new Amounts(true).parse(s) != null);
    }

    /**
     * The separator that splits the most lines (outside quotes) into at least two fields; on a tie, the one whose
     * lines most often have the same number of fields, then the one giving more fields. A decimal comma splits only
     * the data lines of a ';' file, never its header.
     */
    static char separator(String prefix) throws IOException {
        char best = ',';
        long[] bestScore = {0, 0, 0};
        for (char c : SEPARATORS) {
            var widths = new HashMap<Integer, Integer>();
            int split = 0;
            for (Rec r : records(prefix, false, c)) {
                if (!r.blank() && r.fields().size() > 1) {
                    split++;
                    widths.merge(r.fields().size(), 1, Integer::sum);
                }
            }
            var mode = widths.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
            long[] score = {split, mode.map(Map.Entry::getValue).orElse(0), mode.map(Map.Entry::getKey).orElse(0)};
            if (java.util.Arrays.compare(score, bestScore) > 0) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private static int trimmedWidth(List<String> fields) {
        int w = fields.size();
        while (w > 1 && fields.get(w - 1).isBlank()) {
            w--;
        }
        return w;
    }

    /** The records of {@code prefix}; the last one is left out when the prefix may have cut it. */
    static List<Rec> records(String prefix, boolean complete, char separator) throws IOException {
        var format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        var out = new ArrayList<Rec>();
        try (CSVParser parser = format.parse(new StringReader(prefix))) {
            var it = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (RuntimeException e) {
                    break; // an unclosed quote: the reader reports it with its line
                }
                out.add(new Rec(line, r.toList()));
            }
        }
        if (!complete && !out.isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
