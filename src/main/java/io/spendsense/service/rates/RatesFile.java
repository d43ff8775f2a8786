package io.spendsense.service.rates;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExchangeRate;
import io.spendsense.domain.RateSource;
import io.spendsense.domain.Texts;
import io.spendsense.service.imports.StatementException;
import io.spendsense.service.imports.StatementException.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a rates file into rates to the profile's currency, all or nothing: every bad line is named (line, field,
 * what is wrong), and a file with one bad line gives no rates. The layout is told by the header:
 * {@code date,currency,rate} (any order, any case) is {@link RatesFormat#SIMPLE}; {@code Date} followed by currency
 * codes is the ECB's ({@link RatesFormat#ECB}), whose rates are units per euro and become rates to the profile's
 * currency as cross rates ({@link CurrencyMath#crossRate}). A day on which the ECB gives no rate of the profile's
 * currency ({@code N/A}, empty) gives no rates; a currency it gives none of on a day has none that day.
 */
public final class RatesFile {
    /** The rates read, and the layout they were read in. */
    public record Read(RatesFormat format, List<ExchangeRate> rates) {
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    private static final int MAX_LINES = 2_000_000;

    private final String profileCurrency;
    private final RateSource source;
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Set<Long> badLines = new java.util.HashSet<>();

    private RatesFile(String profileCurrency, RateSource source) {
        this.profileCurrency = profileCurrency;
        this.source = source;
    }

    /** Reads {@code in} (not closed) for a profile whose currency is {@code profileCurrency}. */
    public static Read read(Reader in, String profileCurrency, RateSource source) throws IOException {
        return new RatesFile(profileCurrency, source).readAll(in);
    }

    private Read readAll(Reader in) throws IOException {
        List<CSVRecord> records;
        try (var parser = CSV.parse(in)) {
            records = new ArrayList<>();
            for (CSVRecord r : parser) {
                if (records.size() >= MAX_LINES) {
                    throw new StatementException(Texts.format("rates.file.tooManyLines", MAX_LINES));
                }
                records.add(r);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new StatementException(Texts.format("rates.file.notCsv", e.getCause().getMessage()));
        }
        if (records.isEmpty()) {
            throw new StatementException(Texts.get("rates.file.empty"));
        }
        var header = new ArrayList<String>();
        records.get(0).forEach(h -> header.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
        checkText(records);
        Read read;
        if (header.size() >= 3 && header.containsAll(List.of("date", "currency", "rate"))) {
            read = new Read(RatesFormat.SIMPLE, simple(header, records));
        } else if (!header.isEmpty() && header.get(0).equals("date") && header.size() >= 2
                && header.stream().skip(1).allMatch(h -> h.isEmpty() || h.matches("[a-z]{3}"))) {
            read = new Read(RatesFormat.ECB, ecb(header, records));
        } else {
            throw new StatementException(Texts.format("rates.file.notRates",
                    clip(String.join(",", records.get(0)))));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(Problem::line));
            throw new StatementException(problems, badLines.size());
        }
        return read;
    }

    /** {@code date,currency,rate}: one unit of the currency in the profile's currency. */
    private List<ExchangeRate> simple(List<String> header, List<CSVRecord> records) {
        int d = header.indexOf("date");
        int c = header.indexOf("currency");
        int r = header.indexOf("rate");
        var out = new ArrayList<ExchangeRate>(records.size());
        for (int i = 1; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            long line = rec.getRecordNumber();
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue;
            }
            for (int k = header.size(); k < rec.size(); k++) {
                if (!rec.get(k).isEmpty()) {
                    problem(line, null, Texts.get("rates.file.extraColumns"));
                    break;
                }
            }
            LocalDate date = date(line, cell(rec, d));
            String code = cell(rec, c);
            String currency = CurrencyMath.code(code);
            if (currency == null) {
                problem(line, "currency", code.isEmpty() ? Texts.get("rates.file.currencyMissing")
                        : Texts.format("rates.file.notIso", clip(code)));
            } else if (currency.equals(profileCurrency)) {
                problem(line, "currency", Texts.format("rates.file.ownCurrency", currency));
            }
            BigDecimal rate = rate(line, "rate", cell(rec, r));
            if (date != null && currency != null && rate != null && !currency.equals(profileCurrency)) {
                out.add(new ExchangeRate(date, currency, profileCurrency, rate, source));
            }
        }
        return out;
    }

    /** The ECB's layout: units of each currency per euro, per day; N/A or empty where there is none. */
    private List<ExchangeRate> ecb(List<String> header, List<CSVRecord> records) {
        var codes = new ArrayList<String>();
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            String code = k == 0 || h.isEmpty() ? null : CurrencyMath.code(h);
            if (k > 0 && !h.isEmpty() && code == null) {
                problem(1, h.toUpperCase(Locale.ROOT), Texts.format("rates.file.notIso",
                        h.toUpperCase(Locale.ROOT)));
            }
            codes.add(code);
        }
        boolean euroProfile = profileCurrency.equals("EUR");
        int profileColumn = codes.indexOf(profileCurrency);
        if (!euroProfile && profileColumn < 0) {
            if (!problems.isEmpty()) {
                // a header code that is no currency may be the profile's, misspelt: say that first
                throw new StatementException(problems, badLines.size());
            }
            throw new StatementException(Texts.format("rates.file.noProfileRates", profileCurrency));
        }
        var out = new ArrayList<ExchangeRate>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord rec = records.get(i);
            long line = rec.getRecordNumber();
            LocalDate date = date(line, cell(rec, 0));
            var perEuro = new BigDecimal[codes.size()];
            for (int k = 1; k < codes.size(); k++) {
                String v = cell(rec, k);
                if (codes.get(k) != null && !v.isEmpty() && !v.equalsIgnoreCase("N/A")) {
                    perEuro[k] = rate(line, codes.get(k), v);
                }
            }
            for (int k = codes.size(); k < rec.size(); k++) {
                if (!rec.get(k).isEmpty()) {
                    problem(line, null, Texts.get("rates.file.extraCurrencies"));
                    break;
                }
            }
            if (date == null) {
                continue;
            }
            BigDecimal profilePerEuro = euroProfile ? BigDecimal.ONE : perEuro[profileColumn];
            if (profilePerEuro == null) {
                continue;
            }
            if (!euroProfile) {
                out.add(new ExchangeRate(date, "EUR", profileCurrency, profilePerEuro, source));
            }
            for (int k = 1; k < codes.size(); k++) {
                if (perEuro[k] != null && !codes.get(k).equals(profileCurrency)) {
                    out.add(new ExchangeRate(date, codes.get(k), profileCurrency,
                            CurrencyMath.crossRate(perEuro[k], profilePerEuro), source));
                }
            }
        }
        return out;
    }

    private LocalDate date(long line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(line, "date", text.isEmpty() ? Texts.get("rates.file.dateMissing")
                    : Texts.format("rates.file.notADate", clip(text)));
            return null;
        }
    }

    private BigDecimal rate(long line, String field, String text) {
        if (text.isEmpty()) {
            problem(line, field, Texts.get("rates.file.rateMissing"));
            return null;
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(line, field, Texts.format("rates.file.notARate", clip(text)));
            return null;
        }
        String why = CurrencyMath.checkRate(rate, Texts.get("field.rate"));
        if (why != null) {
            problem(line, field, why);
            return null;
        }
        return rate;
    }

    /** Control characters are refused in every cell, as in every file SpendSense reads. */
    private void checkText(List<CSVRecord> records) {
        for (CSVRecord rec : records) {
            for (String v : rec) {
                if (v.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                    problem(rec.getRecordNumber(), null, Texts.format("rates.file.controlCharacter", clip(v)));
                    break;
                }
            }
        }
    }

    private static String cell(CSVRecord r, int column) {
        return column < 0 || column >= r.size() ? "" : r.get(column).strip();
    }

    private void problem(long line, String field, String message) {
        badLines.add(line);
        if (problems.size() < StatementException.MAX_REPORTED) {
            problems.add(new Problem(line, field, message));
        }
    }

    private static String clip(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
    }
}
