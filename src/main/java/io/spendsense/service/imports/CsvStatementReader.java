package io.spendsense.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;
import io.spendsense.service.imports.StatementException.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and checks a whole CSV file before anything is stored: every bad line is found, so the import can refuse the
 * file as a whole. The layout (separator, lines before the header, no header), the columns, the decimal separator,
 * the date form and the sign convention are detected from the content unless given.
 */
final class CsvStatementReader {
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_PAYEE = 200;
    static final int MAX_CATEGORY = 60;
    private static final int PREFIX = 256 * 1024;
    private static final int SAMPLE_ROWS = 400;
    private static final byte SIGNED = 0;
    private static final byte OUT = 1;
    private static final byte IN = 2;

    /** A row as read, before the file-wide decisions (date form, sign convention) are made. */
    private record RawRow(long line, String date, BigDecimal amount, byte direction, int marker, String description,
                          String payee, String category, String currency, String type, LineStatus status,
                          BigDecimal rate, boolean rateEstimated) {
    }

    private final ReadOptions options;
    private final String encoding;
    private final Problems problems = new Problems();
    // Payees, descriptions and categories repeat: sharing one String per distinct text keeps big files small.
    private final Map<String, String> texts = new HashMap<>();

    CsvStatementReader(ReadOptions options, String encoding) {
        this.options = options;
        this.encoding = encoding;
    }

    Statement read(BufferedReader in) throws IOException {
        in.mark(PREFIX + 1);
        char[] buffer = new char[PREFIX];
        int n = 0;
        for (int r; n < PREFIX && (r = in.read(buffer, n, PREFIX - n)) > 0; ) {
            n += r;
        }
        boolean complete = n < PREFIX;
        in.reset();
        String prefix = new String(buffer, 0, n);
        if (prefix.isBlank()) {
            throw new StatementException(List.of(new Problem(1, null, Texts.get("csv.empty"))), 1);
        }
        var layout = CsvLayout.detect(prefix, complete, options);
        var startRec = layout.records().isEmpty() ? null : layout.records().get(layout.start());
        long startLine = startRec == null ? 1 : startRec.line();
        var headerProblems = new ArrayList<Problem>();
        CsvColumns columns;
        var sample = new ArrayList<List<String>>();
        for (int i = layout.start() + (layout.header() ? 1 : 0); i < layout.records().size()
                && sample.size() < SAMPLE_ROWS; i++) {
            if (!layout.records().get(i).blank()) {
                sample.add(layout.records().get(i).fields());
            }
        }
        if (layout.header()) {
            columns = CsvColumns.fromHeader(startRec == null ? List.of("") : startRec.fields(), options, startLine,
                    headerProblems);
            if (columns.description() < 0 && columns.payee() < 0) {
                columns = columns.withDescription(columns.longestText(sample));
            }
        } else {
            columns = CsvColumns.fromData(sample, options, startLine, headerProblems);
        }
        if (!headerProblems.isEmpty()) {
            throw new StatementException(headerProblems, 1);
        }
        Boolean decimalComma = options.decimalComma() != null ? options.decimalComma()
                : Amounts.decimalComma(columns.amountSamples(sample));
        boolean decimalSeen = decimalComma != null; // seen in the amounts or given, not only assumed from ';'
        if (decimalComma == null) {
            decimalComma = layout.separator() == ';';
        }
        var amounts = new Amounts(decimalComma);
        for (long skip = 1; skip < startLine; skip++) {
            in.readLine();
        }
        var format = CSVFormat.RFC4180.builder().setDelimiter(layout.separator()).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        var raw = new ArrayList<RawRow>();
        var dates = new LinkedHashSet<String>();
        boolean skipHeader = layout.header();
        try (CSVParser parser = format.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + startLine;
                CSVRecord record;
                try {
                    record = records.next();
                } catch (NoSuchElementException end) {
                    break;
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(1, new Problem(line, null, Texts.format("csv.unclosedQuote", rootMessage(e))));
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (skipHeader) {
                    skipHeader = false;
                    continue;
                }
                var row = row(line, record, columns, amounts);
                if (row != null) {
                    raw.add(row);
                    if (row.status() == LineStatus.BOOKED) {
                        dates.add(row.date());
                    }
                }
            }
        }
        return finish(raw, dates, columns, layout, decimalComma, decimalSeen);
    }

    private RawRow row(long line, CSVRecord r, CsvColumns c, Amounts amounts) {
        int before = problems.count();
        if (r.size() < c.width() || r.size() > c.maxWidth() && !r.toList().subList(c.maxWidth(), r.size()).stream()
                .allMatch(String::isBlank)) {
            problems.add(1, new Problem(line, null, Texts.format("csv.columnCount", r.size(), c.width())));
            if (r.size() <= Math.max(c.date(), Math.max(c.amount(), c.debit()))) {
                return null;
            }
        }
        LineStatus status = c.status() >= 0 ? Keywords.status(value(r, c.status())) : LineStatus.BOOKED;
        String date = value(r, c.date());
        if (status == LineStatus.BOOKED && !date.isEmpty() && !Character.isDigit(date.charAt(0))
                && Keywords.status(date) == LineStatus.PENDING) {
            status = LineStatus.PENDING; // "Pending" where the date will be
        }
        if (status != LineStatus.BOOKED) {
            problems.rollback(before);
            return new RawRow(line, date, BigDecimal.ZERO, SIGNED, 0, "", "", "", null, null, status, null, false);
        }
        if (date.isEmpty()) {
            problems.add(1, new Problem(line, "date", Texts.format("field.required", Texts.get("field.date"))));
        }
        String currency = null;
        if (c.currency() >= 0) {
            String v = value(r, c.currency());
            currency = v.isEmpty() ? null : Currencies.code(v);
            if (!v.isEmpty() && currency == null) {
                problems.add(1, new Problem(line, "currency", Texts.format("csv.notACurrency", v)));
            }
        }
        // a currency with three minor digits (BHD, KWD) has amounts with three decimals; a line that does not say is in
        // the file's chosen currency or the profile's, which the import checks it against (ImportConversion)
        String known = currency != null ? currency : c.currencyUnit();
        int decimals = known == null ? io.spendsense.domain.Money.MAX_SCALE : Math.max(2, minorDigits(known));
        BigDecimal amount = null;
        byte direction = SIGNED;
        int marker = 0;
        if (c.amount() >= 0) {
            String text = value(r, c.amount());
            marker = Amounts.marker(text);
            if (marker != 0) {
                text = Amounts.withoutMarker(text);
            }
            amount = amount(line, text, amounts, "amount", Texts.get("field.amount"), decimals);
        } else {
            String debit = value(r, c.debit());
            String credit = value(r, c.credit());
            BigDecimal d = debit.isEmpty() ? null : amount(line, debit, amounts, "debit", Texts.get("field.debit"),
                    decimals);
            BigDecimal k = credit.isEmpty() ? null : amount(line, credit, amounts, "credit",
                    Texts.get("field.credit"), decimals);
            if (d != null && d.signum() != 0) {
                amount = d.abs();
                direction = OUT;
            } else if (k != null && k.signum() != 0) {
                amount = k.abs();
                direction = IN;
            } else if (d != null || k != null) {
                amount = BigDecimal.ZERO;
                direction = OUT;
            } else if (problems.count() == before) {
                problems.add(1, new Problem(line, "amount", Texts.format("field.required",
                        Texts.get("field.amount"))));
            }
        }
        if (c.direction() >= 0 && amount != null) {
            String d = Keywords.upper(value(r, c.direction()));
            byte said = direction(d);
            if (said == SIGNED) {
                problems.add(1, new Problem(line, "debit/credit", Texts.format("csv.notDebitOrCredit",
                        value(r, c.direction()))));
            } else {
                direction = said;
                amount = amount.abs();
            }
        }
        String description = text(line, r, c.description(), "description", Texts.get("field.description"),
                MAX_DESCRIPTION);
        String payee = text(line, r, c.payee(), "payee", Texts.get("field.payee"), MAX_PAYEE);
        String category = text(line, r, c.category(), "category", Texts.get("field.category"), MAX_CATEGORY);
        if (category.contains("|")) {
            problems.add(1, new Problem(line, "category", Texts.get("category.nameBar")));
        }
        String type = c.type() >= 0 ? text(line, r, c.type(), "type", Texts.get("field.type"), MAX_PAYEE) : null;
        BigDecimal rate = null;
        boolean estimated = false;
        var o = c.originals();
        if (o.present() && !value(r, o.currency()).isEmpty()) {
            // a SpendSense export of an expense paid in another currency: what was paid, and the rate it was at
            String paidIn = value(r, o.currency());
            currency = Currencies.code(paidIn);
            if (currency == null) {
                problems.add(1, new Problem(line, "original_currency", Texts.format("csv.notACurrency", paidIn)));
            }
            amount = plainPositive(line, value(r, o.amount()), "original_amount");
            rate = plainPositive(line, value(r, o.rate()), "rate");
            estimated = o.estimated() >= 0 && value(r, o.estimated()).equalsIgnoreCase("true");
        }
        return problems.count() > before ? null
                : new RawRow(line, date, amount, direction, marker, description, payee, category, currency, type,
                        LineStatus.BOOKED, rate, estimated);
    }

    /** A number as SpendSense writes it (a dot, no grouping), greater than 0; null with a problem when it is not. */
    private BigDecimal plainPositive(long line, String text, String field) {
        try {
            var n = new BigDecimal(text);
            if (n.signum() > 0) {
                return n;
            }
            problems.add(1, new Problem(line, field, Texts.format("money.notPositive", field)));
        } catch (NumberFormatException e) {
            problems.add(1, new Problem(line, field, text.isEmpty() ? Texts.format("field.required", field)
                    : Texts.format("import.notANumber", text)));
        }
        return null;
    }

    private static int minorDigits(String code) {
        try {
            return code == null ? 2 : java.util.Currency.getInstance(code).getDefaultFractionDigits();
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static byte direction(String upper) {
        return switch (upper) {
            case "D", "DR", "DEBIT", "DEBET", "AF", "S", "SOLL", "CARGO", "DBIT", "-", "OUT" -> OUT;
            case "C", "CR", "CREDIT", "BIJ", "H", "HABEN", "ABONO", "CRDT", "+", "IN" -> IN;
            default -> SIGNED;
        };
    }

    /** The amount {@code text} in the column {@code field}, which messages call {@code what}; null when bad. */
    private BigDecimal amount(long line, String text, Amounts amounts, String field, String what, int decimals) {
        if (text.isEmpty()) {
            problems.add(1, new Problem(line, field, Texts.format("field.required", what)));
            return null;
        }
        BigDecimal amount = amounts.parse(text);
        if (amount == null) {
            problems.add(1, new Problem(line, field, Texts.format("import.notANumber", text)));
        } else if (amount.stripTrailingZeros().scale() > decimals) {
            problems.add(1, new Problem(line, field, Texts.format("csv.tooManyDecimals", what, text, decimals)));
        } else if (amount.abs().compareTo(Money.MAX_AMOUNT) > 0) {
            problems.add(1, new Problem(line, field, Texts.format("money.tooLarge", what)));
        }
        return amount;
    }

    private Statement finish(List<RawRow> raw, Set<String> dateTexts, CsvColumns columns, CsvLayout.Layout layout,
                             boolean decimalComma, boolean decimalSeen) {
        var currencies = new LinkedHashSet<String>();
        for (RawRow r : raw) {
            if (r.currency() != null) {
                currencies.add(r.currency());
            }
        }
        if (columns.currencyUnit() != null && currencies.isEmpty()) {
            currencies.add(columns.currencyUnit());
        }
        Dates dateReader = null;
        try {
            dateReader = options.dateFormat() != null ? Dates.ofPattern(options.dateFormat())
                    : Dates.detect(dateTexts, options.dateOrder(), dateHint(columns, currencies, decimalComma,
                    decimalSeen));
        } catch (StatementException e) {
            if (problems.count() > 0) {
                throw problems.exception();
            }
            throw e;
        }
        var signs = signs(raw, columns);
        var lines = new ArrayList<StatementLine>(raw.size());
        for (RawRow r : raw) {
            if (r.status() != LineStatus.BOOKED) {
                lines.add(StatementLine.notBooked(r.line(), r.status()));
                continue;
            }
            var date = dateReader.parse(r.date());
            if (date == null || date.getYear() < 1900 || date.getYear() > 2999) {
                problems.add(3, date == null ? dateReader.problem(r.line(), "date", r.date())
                        : new Problem(r.line(), "date", Texts.get("date.yearRange")));
                continue;
            }
            boolean in;
            if (r.direction() != SIGNED) {
                in = r.direction() == IN;
            } else if (r.marker() != 0) {
                in = r.marker() > 0;
            } else {
                switch (signs.convention()) {
                    case EXPENSES_ONLY -> {
                        if (r.amount().signum() < 0) {
                            problems.add(2, new Problem(r.line(), "amount", Texts.format("csv.negativeAmount",
                                    r.amount().toPlainString()), ImportHint.SIGN));
                            continue;
                        }
                        in = false;
                    }
                    case CHARGES_POSITIVE -> in = r.amount().signum() < 0;
                    case CR_DR_MARKERS -> in = r.amount().signum() < 0;
                    default -> in = r.amount().signum() > 0;
                }
            }
            String currency = r.currency() != null ? r.currency() : columns.currencyUnit();
            lines.add(new StatementLine(r.line(), date, r.amount().abs(), in, r.payee(), r.description(),
                    r.category(), currency, null, LineStatus.BOOKED, Keywords.typeHint(r.type()), r.rate(),
                    r.rateEstimated()));
        }
        if (problems.count() > 0) {
            throw problems.exception();
        }
        var detected = new Detected(StatementFormat.CSV, encoding, layout.separator(),
                (int) (layout.records().isEmpty() ? 0 : layout.records().get(layout.start()).line() - 1),
                layout.header(), columns.describe(), dateReader.pattern(), dateReader.order(), dateReader.reason(),
                decimalComma, signs.convention(), signs.reason(), signs.hint(),
                currencies.isEmpty() ? null : String.join(", ", currencies), null);
        return new Statement(detected, lines);
    }

    /** What besides the dates says day or month first: the headers' language, the currency, a decimal comma. */
    private static Dates.Hint dateHint(CsvColumns columns, Set<String> currencies, boolean decimalComma,
                                       boolean decimalSeen) {
        var languages = columns.languages();
        if (!languages.isEmpty()) {
            return new Dates.Hint(DateOrder.DAY_FIRST, Texts.format("dates.hint.headers", Texts.and(languages)));
        }
        if (currencies.size() == 1) {
            String code = currencies.iterator().next();
            DateOrder order = Currencies.dateOrder(code);
            if (order != null) {
                return new Dates.Hint(order, Texts.format("dates.hint.currency", code));
            }
        }
        if (decimalComma && decimalSeen) {
            return new Dates.Hint(DateOrder.DAY_FIRST, Texts.get("dates.hint.decimalComma"));
        }
        return null;
    }

    private record Signs(SignConvention convention, String reason, ImportHint hint) {
        Signs(SignConvention convention, String reason) {
            this(convention, reason, ImportHint.NONE);
        }
    }

    /** The sign convention of the rows whose amount alone tells the direction. */
    private Signs signs(List<RawRow> raw, CsvColumns columns) {
        if (columns.direction() >= 0) {
            return new Signs(SignConvention.INDICATOR_COLUMN, Texts.format("signs.column",
                    columns.names().get(columns.direction())));
        }
        if (columns.amount() < 0) {
            return new Signs(SignConvention.DEBIT_CREDIT_COLUMNS, null);
        }
        if (options.sign() != null) {
            return new Signs(options.sign(), Texts.get("import.given"));
        }
        if (raw.stream().anyMatch(r -> r.marker() != 0)) {
            return new Signs(SignConvention.CR_DR_MARKERS, null);
        }
        if (columns.canonical()) {
            return new Signs(SignConvention.EXPENSES_ONLY, Texts.get("signs.canonical"));
        }
        var guess = new SignGuess();
        for (RawRow r : raw) {
            if (r.status() == LineStatus.BOOKED) {
                guess.add(r.amount(), r.type() == null ? r.description() + " " + r.payee()
                        : r.description() + " " + r.payee() + " " + r.type());
            }
        }
        var g = guess.guess();
        return new Signs(g.convention(), g.reason(), g.hint());
    }

    /** The text in {@code column}, the {@code field} messages call {@code what}, of at most {@code max} characters. */
    private String text(long line, CSVRecord r, int column, String field, String what, int max) {
        // a cell SpendSense (or a careful bank) quoted against formula injection reads back as the text it was
        String v = io.spendsense.domain.SafeText.unquoteFormula(value(r, column));
        if (v.length() > max) {
            problems.add(1, new Problem(line, field, Texts.format("csv.tooLong", what, max, v.length())));
        }
        return texts.computeIfAbsent(v, k -> k);
    }

    private static String value(CSVRecord r, int column) {
        return column < 0 || column >= r.size() ? "" : r.get(column).strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
