package io.spendsense.service;

/**
 * How to read a CSV file; every field is optional (null = detect). Columns are named by their header text or by
 * their 1-based position ("3").
 *
 * @param delimiter         field separator; detected from the header line (',', ';', tab or '|') when null
 * @param dateFormat        a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd/MM/yyyy}; detected
 *                          per file (ISO, MM/dd/yyyy, dd/MM/yyyy, dd.MM.yyyy) when null
 * @param decimalComma      whether amounts use a decimal comma ("1.234,56"); when null, true for ';'-separated files
 * @param dateColumn        the date column; else the first header named Date, Transaction Date, Posted Date, ...
 * @param amountColumn      the amount column; else Amount, Debit, Value, ...
 * @param descriptionColumn the description column; else Description, Memo, Details, Narrative, ...
 * @param payeeColumn       the payee column; else Payee, Merchant, Name, ...
 * @param categoryColumn    the category column; else Category
 */
public record CsvFormatOptions(Character delimiter, String dateFormat, Boolean decimalComma, String dateColumn,
                               String amountColumn, String descriptionColumn, String payeeColumn,
                               String categoryColumn) {
    /** Detect everything: the canonical format and most bank exports read as they are. */
    public static final CsvFormatOptions DETECT = new CsvFormatOptions(null, null, null, null, null, null, null, null);

    public CsvFormatOptions {
        dateFormat = blankToNull(dateFormat);
        dateColumn = blankToNull(dateColumn);
        amountColumn = blankToNull(amountColumn);
        descriptionColumn = blankToNull(descriptionColumn);
        payeeColumn = blankToNull(payeeColumn);
        categoryColumn = blankToNull(categoryColumn);
    }

    public CsvFormatOptions withDelimiter(Character d) {
        return new CsvFormatOptions(d, dateFormat, decimalComma, dateColumn, amountColumn, descriptionColumn,
                payeeColumn, categoryColumn);
    }

    public CsvFormatOptions withDateFormat(String pattern) {
        return new CsvFormatOptions(delimiter, pattern, decimalComma, dateColumn, amountColumn, descriptionColumn,
                payeeColumn, categoryColumn);
    }

    public CsvFormatOptions withColumns(String date, String amount, String description, String payee, String category) {
        return new CsvFormatOptions(delimiter, dateFormat, decimalComma, date, amount, description, payee, category);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
