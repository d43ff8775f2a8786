package io.spendsense.service;

/**
 * What an import does besides reading the file.
 *
 * @param format          how to read the CSV
 * @param unknownCategory when set, rows whose category the user does not have go to this existing category instead
 *                        of creating it (an error when the user has no such category)
 * @param allowDuplicates import rows even when an equal expense (date, amount, payee, description) already exists
 */
public record ImportOptions(CsvFormatOptions format, String unknownCategory, boolean allowDuplicates) {
    public static final ImportOptions DEFAULT = new ImportOptions(CsvFormatOptions.DETECT, null, false);

    public ImportOptions {
        format = format == null ? CsvFormatOptions.DETECT : format;
        unknownCategory = unknownCategory == null || unknownCategory.isBlank() ? null : unknownCategory.strip();
    }

    public ImportOptions withAllowDuplicates(boolean allow) {
        return new ImportOptions(format, unknownCategory, allow);
    }

    public ImportOptions withUnknownCategory(String name) {
        return new ImportOptions(format, name, allowDuplicates);
    }

    public ImportOptions withFormat(CsvFormatOptions newFormat) {
        return new ImportOptions(newFormat, unknownCategory, allowDuplicates);
    }
}
