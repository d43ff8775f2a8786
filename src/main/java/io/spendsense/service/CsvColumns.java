package io.spendsense.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which column of a CSV file holds what: by the option the user gave (header text or 1-based number), else by the
 * first header that bank exports commonly use for it.
 */
record CsvColumns(int date, int amount, int description, int payee, int category, int credit, int width) {
    static final int ABSENT = -1;
    private static final List<String> DATE = List.of("date", "transaction date", "posted date", "posting date",
            "booking date", "value date", "trans date", "buchungstag");
    private static final List<String> AMOUNT = List.of("amount", "debit", "debit amount", "value", "amount (usd)",
            "transaction amount", "betrag");
    private static final List<String> DESCRIPTION = List.of("description", "memo", "details", "narrative",
            "transaction description", "reference", "verwendungszweck");
    private static final List<String> PAYEE = List.of("payee", "merchant", "name", "merchant name", "counterparty",
            "beneficiary");
    private static final List<String> CATEGORY = List.of("category");
    private static final List<String> CREDIT = List.of("credit", "credit amount");

    /** Finds the columns in the header; problems are added to {@code errors} (as line 1). */
    static CsvColumns find(List<String> header, CsvFormatOptions options, List<ImportException.LineError> errors) {
        var names = header.stream().map(CsvColumns::normalize).toList();
        int date = column(names, options.dateColumn(), DATE, "date", true, errors);
        int amount = column(names, options.amountColumn(), AMOUNT, "amount", true, errors);
        int description = column(names, options.descriptionColumn(), DESCRIPTION, "description", false, errors);
        int payee = column(names, options.payeeColumn(), PAYEE, "payee", false, errors);
        int category = column(names, options.categoryColumn(), CATEGORY, "category", false, errors);
        // A separate Credit column only matters next to a Debit column: its rows are money coming in.
        int credit = amount >= 0 && names.get(amount).startsWith("debit") ? indexOf(names, CREDIT) : ABSENT;
        return new CsvColumns(date, amount, description, payee, category, credit, header.size());
    }

    private static int column(List<String> names, String option, List<String> synonyms, String field, boolean required,
                              List<ImportException.LineError> errors) {
        if (option != null) {
            if (option.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(option) - 1;
                if (index >= 0 && index < names.size()) {
                    return index;
                }
                errors.add(new ImportException.LineError(1, field, "the file has no column " + option
                        + " (it has " + names.size() + ")"));
                return ABSENT;
            }
            int index = names.indexOf(normalize(option));
            if (index < 0) {
                errors.add(new ImportException.LineError(1, field, "the header has no column named '" + option + "'"));
            }
            return index;
        }
        int index = indexOf(names, synonyms);
        if (index < 0 && required) {
            errors.add(new ImportException.LineError(1, field, "missing column: no header named "
                    + String.join(", ", capitalized(synonyms.subList(0, Math.min(4, synonyms.size()))))
                    + "; name it with --" + field + "-column"));
        }
        return index;
    }

    private static int indexOf(List<String> names, List<String> synonyms) {
        for (String s : synonyms) {
            int i = names.indexOf(s);
            if (i >= 0) {
                return i;
            }
        }
        return ABSENT;
    }

    private static List<String> capitalized(List<String> words) {
        var out = new ArrayList<String>();
        for (String w : words) {
            out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out;
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
