package io.spendsense.cli;

import io.spendsense.service.imports.ImportHint;

/** The command line's words for an import hint: it names the {@code import} option that reads the file. */
final class ImportHints {
    static final ImportHint.Wording WORDING = ImportHints::word;

    private ImportHints() {
    }

    static String word(String message, ImportHint hint, String field) {
        return switch (hint) {
            case NONE -> message;
            case DATE_ORDER -> message + "; give the order with --date-order dmy or --date-order mdy"
                    + " (or --date-format, e.g. dd/MM/yyyy)";
            case DATE_FORMAT -> message + "; give the format with --date-format";
            case OTHER_DATE_FORMAT -> message + " (use --date-format for another format)";
            case SIGN -> message + " (the canonical format has positive amounts only;"
                    + " give --sign charges-negative for a bank export)";
            case COLUMN -> message + "; name it with --" + field + "-column";
            case GUESSED_SIGN -> message + "; --sign overrides";
        };
    }
}
