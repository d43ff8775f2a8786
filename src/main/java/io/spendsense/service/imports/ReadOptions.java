package io.spendsense.service.imports;

import java.nio.charset.Charset;

/**
 * How to read a statement; every field is optional (null = detect). Columns are named by their header text or by
 * their 1-based position ("3").
 *
 * @param format     the file format; detected from the content when null
 * @param encoding   the text encoding; detected when null (a byte-order mark, valid UTF-8, else Windows-1252)
 * @param delimiter  the CSV separator; detected when null
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern; detected when null
 * @param dateOrder  day or month first in numeric dates; detected from the whole file when null
 * @param decimalComma whether amounts use a decimal comma; detected when null
 * @param sign       how charges are signed (single amount column, QIF, OFX); detected when null
 * @param skipLines  CSV lines before the header (or before the first row); detected when null
 */
public record ReadOptions(StatementFormat format, Charset encoding, Character delimiter, String dateFormat,
                          DateOrder dateOrder, Boolean decimalComma, SignConvention sign, Integer skipLines,
                          String dateColumn, String amountColumn, String descriptionColumn, String payeeColumn,
                          String categoryColumn) {
    public static final ReadOptions DETECT = new ReadOptions(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    public ReadOptions withFormat(StatementFormat f) {
        return new ReadOptions(f, encoding, delimiter, dateFormat, dateOrder, decimalComma, sign, skipLines,
                dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn);
    }

    public ReadOptions withEncoding(Charset e) {
        return new ReadOptions(format, e, delimiter, dateFormat, dateOrder, decimalComma, sign, skipLines,
                dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn);
    }

    public ReadOptions withDateOrder(DateOrder o) {
        return new ReadOptions(format, encoding, delimiter, dateFormat, o, decimalComma, sign, skipLines,
                dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn);
    }

    public ReadOptions withSign(SignConvention s) {
        return new ReadOptions(format, encoding, delimiter, dateFormat, dateOrder, decimalComma, s, skipLines,
                dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn);
    }

    public ReadOptions withDateFormat(String pattern) {
        return new ReadOptions(format, encoding, delimiter, pattern, dateOrder, decimalComma, sign, skipLines,
                dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn);
    }

    public ReadOptions withSkipLines(Integer n) {
        return new ReadOptions(format, encoding, delimiter, dateFormat, dateOrder, decimalComma, sign, n,
                dateColumn, amountColumn, descriptionColumn, payeeColumn, categoryColumn);
    }
}
