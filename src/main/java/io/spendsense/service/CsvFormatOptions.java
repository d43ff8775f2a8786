package io.spendsense.service;

import io.spendsense.service.imports.DateOrder;
import io.spendsense.service.imports.SignConvention;
import io.spendsense.service.imports.StatementFormat;

/**
 * How to read a statement file; every field is optional (null = detect). Columns are named by their header text or
 * by their 1-based position ("3").
 *
 * @param delimiter         CSV field separator; detected (',', ';', tab or '|') when null
 * @param dateFormat        a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd/MM/yyyy}; detected
 *                          per file when null
 * @param decimalComma      whether amounts use a decimal comma ("1.234,56"); detected from the amounts when null
 * @param dateColumn        the date column; else the first header named Date, Transaction Date, Buchungstag, ...
 * @param amountColumn      the amount column; else Amount, Betrag, Bedrag, Montant, Importe, ... (or Debit/Credit)
 * @param descriptionColumn the description column; else Description, Memo, Verwendungszweck, Omschrijving, ...
 * @param payeeColumn       the payee column; else Payee, Merchant, Name, Auftraggeber/Empfänger, ...
 * @param categoryColumn    the category column; else Category
 * @param format            the file format; detected from the content when null
 * @param encoding          the text encoding (a charset name); detected when null
 * @param dateOrder         day or month first; detected from the whole file when null
 * @param sign              how charges are signed; detected when null
 * @param skipLines         CSV lines before the header (or the first row); detected when null
 */
public record CsvFormatOptions(Character delimiter, String dateFormat, Boolean decimalComma, String dateColumn,
                               String amountColumn, String descriptionColumn, String payeeColumn,
                               String categoryColumn, StatementFormat format, String encoding, DateOrder dateOrder,
                               SignConvention sign, Integer skipLines) {
    /** Detect everything: the canonical format and most bank exports read as they are. */
    public static final CsvFormatOptions DETECT = new CsvFormatOptions(null, null, null, null, null, null, null, null);

    public CsvFormatOptions {
        dateFormat = blankToNull(dateFormat);
        dateColumn = blankToNull(dateColumn);
        amountColumn = blankToNull(amountColumn);
        descriptionColumn = blankToNull(descriptionColumn);
        payeeColumn = blankToNull(payeeColumn);
        categoryColumn = blankToNull(categoryColumn);
        encoding = blankToNull(encoding);
    }

    public CsvFormatOptions(Character delimiter, String dateFormat, Boolean decimalComma, String dateColumn,
                            String amountColumn, String descriptionColumn, String payeeColumn, String categoryColumn) {
        this(delimiter, dateFormat, decimalComma, dateColumn, amountColumn, descriptionColumn, payeeColumn,
                categoryColumn, null, null, null, null, null);
    }

    public CsvFormatOptions withDelimiter(Character d) {
        return new CsvFormatOptions(d, dateFormat, decimalComma, dateColumn, amountColumn, descriptionColumn,
                payeeColumn, categoryColumn, format, encoding, dateOrder, sign, skipLines);
    }

    public CsvFormatOptions withDateFormat(String pattern) {
        return new CsvFormatOptions(delimiter, pattern, decimalComma, dateColumn, amountColumn, descriptionColumn,
                payeeColumn, categoryColumn, format, encoding, dateOrder, sign, skipLines);
    }

    public CsvFormatOptions withColumns(String date, String amount, String description, String payee, String category) {
        return new CsvFormatOptions(delimiter, dateFormat, decimalComma, date, amount, description, payee, category,
                format, encoding, dateOrder, sign, skipLines);
    }

    /** The detection overrides: format, encoding, date order, sign convention, lines before the header. */
    public CsvFormatOptions withOverrides(StatementFormat f, String charset, DateOrder order, SignConvention s,
                                          Integer skip) {
        return new CsvFormatOptions(delimiter, dateFormat, decimalComma, dateColumn, amountColumn, descriptionColumn,
                payeeColumn, categoryColumn, f, charset, order, s, skip);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
