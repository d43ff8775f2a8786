package io.spendsense.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

import io.spendsense.domain.Money;
import io.spendsense.service.ImportException.LineError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks a whole CSV file before anything is stored: every bad line is found, so the import can refuse
 * the file as a whole. Signs: when most amounts are negative the file signs them as a bank does (debits negative),
 * so negative rows are expenses and positive rows are credits, skipped and counted; otherwise every amount must be
 * positive.
 */
final class CsvImportReader {
    /** One checked row, its amount positive. */
    record Row(long line, LocalDate date, BigDecimal amount, String description, String payee, String category) {
    }

    /** The rows to import, the credits left out, and the date range they cover. */
    record Result(List<Row> rows, int creditsSkipped, LocalDate first, LocalDate last) {
    }

    private record RawRow(long line, String date, BigDecimal amount, String description, String payee,
                          String category) {
    }

    private final CsvFormatOptions options;
    private final Errors errors = new Errors();
    // Payees, descriptions and categories repeat: sharing one String per distinct text keeps big files small.
    private final Map<String, String> texts = new HashMap<>();

    CsvImportReader(CsvFormatOptions options) {
        this.options = options;
    }

    Result read(String source, Reader input) throws IOException {
        var in = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(in);
        boolean decimalComma = options.decimalComma() != null ? options.decimalComma() : delimiter == ';';
        var amounts = new AmountReader(decimalComma);
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        var raw = new ArrayList<RawRow>();
        var dates = new LinkedHashSet<String>();
        try (CSVParser parser = format.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            CsvColumns columns = null;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    record = records.next();
                } catch (NoSuchElementException end) {
                    break;
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (notUtf8(e)) {
                        throw new ServiceException(source + " is not UTF-8 text (line " + line
                                + "); save it as UTF-8 CSV and try again");
                    }
                    errors.add(1, new LineError(line, null, "a quoted field is not closed: " + rootMessage(e)));
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (columns == null) {
                    var headerErrors = new ArrayList<LineError>();
                    columns = CsvColumns.find(record.toList(), options, headerErrors);
                    if (!headerErrors.isEmpty()) {
                        throw new ImportException(source, headerErrors, 1);
                    }
                    continue;
                }
                var row = row(line, record, columns, amounts);
                if (row != null) {
                    raw.add(row);
                    dates.add(row.date());
                }
            }
            if (columns == null) {
                throw new ImportException(source, List.of(new LineError(1, null, "the file is empty: expected a header"
                        + " line such as date,description,category,payee,amount")), 1);
            }
        }
        return finish(source, raw, options.dateFormat() != null ? DateReader.of(options.dateFormat())
                : DateReader.detect(dates));
    }

    private RawRow row(long line, CSVRecord r, CsvColumns c, AmountReader amounts) {
        int before = errors.count();
        if (r.size() < c.width() || r.size() > c.width() && !r.toList().subList(c.width(), r.size()).stream()
                .allMatch(String::isBlank)) {
            errors.add(1, new LineError(line, null, "wrong column count: " + r.size() + " fields where the header has "
                    + c.width()));
            if (r.size() <= Math.max(c.date(), c.amount())) {
                return null;
            }
        }
        String date = value(r, c.date());
        if (date.isEmpty()) {
            errors.add(1, new LineError(line, "date", "date is required"));
        }
        String amountText = value(r, c.amount());
        BigDecimal amount = null;
        if (amountText.isEmpty()) {
            if (c.credit() >= 0 && !value(r, c.credit()).isEmpty()) {
                amount = BigDecimal.ZERO; // money in: counted as a credit below
            } else {
                errors.add(1, new LineError(line, "amount", "amount is required"));
            }
        } else {
            amount = amounts.parse(amountText);
            if (amount == null) {
                errors.add(1, new LineError(line, "amount", "'" + amountText + "' is not a number"));
            } else {
                checkAmount(line, amount.abs(), amountText);
            }
        }
        String description = text(line, r, c.description(), "description", ExpenseService.MAX_DESCRIPTION);
        String payee = text(line, r, c.payee(), "payee", ExpenseService.MAX_PAYEE);
        String category = text(line, r, c.category(), "category", 60);
        if (category.contains("|")) {
            errors.add(1, new LineError(line, "category", "category name must not contain '|'"));
        }
        return errors.count() > before ? null : new RawRow(line, date, amount, description, payee, category);
    }

    private void checkAmount(long line, BigDecimal abs, String text) {
        if (abs.signum() == 0) {
            errors.add(1, new LineError(line, "amount", "amount must not be 0"));
        } else if (abs.stripTrailingZeros().scale() > 2) {
            errors.add(1, new LineError(line, "amount", "amount '" + text + "' must have at most 2 decimals"));
        } else if (abs.compareTo(Money.MAX_AMOUNT) > 0) {
            errors.add(1, new LineError(line, "amount", "amount must be at most 1,000,000,000.00"));
        }
    }

    private Result finish(String source, List<RawRow> raw, DateReader dateReader) {
        long negatives = raw.stream().filter(r -> r.amount().signum() < 0).count();
        boolean signed = negatives * 2 > raw.size();
        var rows = new ArrayList<Row>(raw.size());
        int credits = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (RawRow r : raw) {
            if (r.amount().signum() == 0 || signed && r.amount().signum() > 0) {
                credits++;
                continue;
            }
            if (r.amount().signum() < 0 && !signed) {
                errors.add(2, new LineError(r.line(), "amount", "amount " + r.amount().toPlainString()
                        + " must be greater than 0 (negative amounts are read as debits only in files where most"
                        + " amounts are negative)"));
                continue;
            }
            LocalDate date = dateReader.parse(r.date());
            if (date == null || date.getYear() < 1900 || date.getYear() > 2999) {
                errors.add(3, new LineError(r.line(), "date", date == null ? dateReader.problem(r.date())
                        : "date must be between the years 1900 and 2999"));
                continue;
            }
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
            rows.add(new Row(r.line(), date, r.amount().abs(), r.description(), r.payee(), r.category()));
        }
        if (errors.count() > 0) {
            throw new ImportException(source, errors.first(ImportException.MAX_REPORTED), errors.badLines());
        }
        return new Result(rows, credits, first, last);
    }

    private String text(long line, CSVRecord r, int column, String field, int max) {
        String v = value(r, column);
        if (v.length() > max) {
            errors.add(1, new LineError(line, field, field + " must be at most " + max + " characters (it has "
                    + v.length() + ")"));
        }
        return texts.computeIfAbsent(v, k -> k);
    }

    private static String value(CSVRecord r, int column) {
        return column < 0 || column >= r.size() ? "" : r.get(column).strip();
    }

    /** The separator used most often outside quotes in the header line. */
    private static char detectDelimiter(BufferedReader in) throws IOException {
        in.mark(1 << 15);
        var counts = new TreeMap<Character, Integer>();
        boolean quoted = false;
        for (int c = in.read(), n = 0; c >= 0 && n < (1 << 15) - 1; c = in.read(), n++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && (c == ',' || c == ';' || c == '\t' || c == '|')) {
                counts.merge((char) c, 1, Integer::sum);
            }
        }
        in.reset();
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(',');
    }

    static boolean notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * Bad lines found in three passes (fields, signs, dates), each in line order; only the first lines of each are
     * kept, and the report merges them.
     */
    private static final class Errors {
        private final Map<Integer, List<LineError>> byPass = new HashMap<>();
        private final Map<Integer, Set<Long>> linesByPass = new HashMap<>();
        private final Set<Long> bad = new java.util.HashSet<>();
        private int count;

        void add(int pass, LineError e) {
            count++;
            bad.add(e.line());
            var lines = linesByPass.computeIfAbsent(pass, p -> new LinkedHashSet<>());
            if (lines.size() < ImportException.MAX_REPORTED || lines.contains(e.line())) {
                lines.add(e.line());
                byPass.computeIfAbsent(pass, p -> new ArrayList<>()).add(e);
            }
        }

        int count() {
            return count;
        }

        int badLines() {
            return bad.size();
        }

        List<LineError> first(int maxLines) {
            var all = byPass.values().stream().flatMap(List::stream)
                    .sorted(java.util.Comparator.comparingLong(LineError::line)).toList();
            var out = new ArrayList<LineError>();
            var lines = new LinkedHashSet<Long>();
            for (LineError e : all) {
                lines.add(e.line());
                if (lines.size() > maxLines) {
                    break;
                }
                out.add(e);
            }
            return out;
        }
    }
}
