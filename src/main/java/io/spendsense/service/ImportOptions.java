package io.spendsense.service;

/**
 * What an import does besides reading the file.
 *
 * @param format          how to read the CSV
 * @param unknownCategory when set, rows whose category the user does not have go to this existing category instead
 *                        of creating it (an error when the user has no such category)
 * @param allowDuplicates import rows even when an equal expense (date, amount, payee, description) already exists
 * @param currency        the currency of the lines whose file does not say one (ISO code; null: the profile's). A
 *                        currency the file states (OFX CURDEF, CAMT Ccy, a currency column) is kept
 */
public record ImportOptions(CsvFormatOptions format, String unknownCategory, boolean allowDuplicates,
                            String currency) {
    public static final ImportOptions DEFAULT = new ImportOptions(CsvFormatOptions.DETECT, null, false, null);

    public ImportOptions {
        format = format == null ? CsvFormatOptions.DETECT : format;
        unknownCategory = unknownCategory == null || unknownCategory.isBlank() ? null : unknownCategory.strip();
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Lines without a currency are in the profile's. */
    public ImportOptions(CsvFormatOptions format, String unknownCategory, boolean allowDuplicates) {
        this(format, unknownCategory, allowDuplicates, null);
    }

    public ImportOptions withAllowDuplicates(boolean allow) {
        return new ImportOptions(format, unknownCategory, allow, currency);
    }

    public ImportOptions withUnknownCategory(String name) {
        return new ImportOptions(format, name, allowDuplicates, currency);
    }

    public ImportOptions withFormat(CsvFormatOptions newFormat) {
        return new ImportOptions(newFormat, unknownCategory, allowDuplicates, currency);
    }

    public ImportOptions withCurrency(String code) {
        return new ImportOptions(format, unknownCategory, allowDuplicates, code);
    }
}
