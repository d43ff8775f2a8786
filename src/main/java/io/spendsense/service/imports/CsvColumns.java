package io.spendsense.service.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.Texts;
import io.spendsense.service.imports.HeaderNames.Role;
import io.spendsense.service.imports.StatementException.Problem;

/**
 * Which column of a CSV file holds what: by the option the user gave (header text or 1-based number), else by the
 * first header name banks commonly use for it, else (a file without a header) by what the first rows hold.
 */
record CsvColumns(int date, int amount, int debit, int credit, int direction, int description, int payee,
                  int category, int currency, int status, int type, int width, int maxWidth, List<String> names,
                  Set<String> languages, String currencyUnit, boolean canonical, Originals originals) {
    static final int ABSENT = -1;
    /** The columns a SpendSense export adds after the canonical five (decision 0018), normalized. */
    static final List<String> ORIGINAL_NAMES = List.of("original amount", "original currency", "rate",
            "rate estimated");

    /**
     * Where a SpendSense export keeps what an expense in another currency was paid: the amount and currency as
     * paid, the rate to the profile's currency used, and whether it was an estimate ({@link #NONE}: not a file with
     * them).
     */
    record Originals(int amount, int currency, int rate, int estimated) {
        static final Originals NONE = new Originals(ABSENT, ABSENT, ABSENT, ABSENT);

        boolean present() {
            return amount >= 0 && currency >= 0 && rate >= 0;
        }
    }

    /** Finds the columns in the header; problems are added to {@code problems} (on {@code line}). */
    static CsvColumns fromHeader(List<String> header, ReadOptions options, long line, List<Problem> problems) {
        int width = header.size();
        while (width > 1 && header.get(width - 1).isBlank()) {
            width--; // a trailing separator on the header line: "Date,Description,Amount,"
        }
        var names = new ArrayList<String>();
        for (int i = 0; i < width; i++) {
            names.add(HeaderNames.normalize(header.get(i)));
        }
        var taken = new ArrayList<Integer>();
        int date = column(names, options.dateColumn(), Role.DATE, "date", line, problems, taken);
        int amount = column(names, options.amountColumn(), Role.AMOUNT, "amount", line, problems, taken);
        int debit = ABSENT;
        int credit = ABSENT;
        if (amount < 0 && options.amountColumn() == null) {
            debit = HeaderNames.find(names, Role.DEBIT, taken);
            credit = HeaderNames.find(names, Role.CREDIT, taken);
            if (debit >= 0 || credit >= 0) {
                taken.add(debit);
                taken.add(credit);
            }
        }
        if (amount < 0 && debit < 0 && credit < 0 && options.amountColumn() == null) {
            problems.add(new Problem(line, "amount", Texts.get("csv.missingAmount"), ImportHint.COLUMN));
        }
        if (date < 0 && options.dateColumn() == null) {
            problems.add(new Problem(line, "date", Texts.get("csv.missingDate"), ImportHint.COLUMN));
        }
        int direction = find(names, Role.DIRECTION, taken);
        int payee = column(names, options.payeeColumn(), Role.PAYEE, "payee", line, problems, taken);
        int description = column(names, options.descriptionColumn(), Role.DESCRIPTION, "description", line, problems,
                taken);
        int category = column(names, options.categoryColumn(), Role.CATEGORY, "category", line, problems, taken);
        int currency = find(names, Role.CURRENCY, taken);
        int status = find(names, Role.STATUS, taken);
        int type = find(names, Role.TYPE, taken);
        var languages = new LinkedHashSet<String>();
        for (int i : taken) {
            var language = i >= 0 ? HeaderNames.language(names.get(i)) : null;
            if (language != null) {
                languages.add(language.words());
            }
        }
        String unit = null;
        for (int i : new int[] {amount, debit, credit}) {
            if (i >= 0 && unit == null) {
                unit = Currencies.code(HeaderNames.unit(header.get(i)));
            }
        }
        // the canonical five, and the columns of what was paid in another currency that an export adds after them
        boolean canonical = names.size() >= 5 && names.subList(0, 5).equals(List.of("date", "description",
                "category", "payee", "amount")) && ORIGINAL_NAMES.containsAll(names.subList(5, names.size()));
        var originals = canonical ? new Originals(names.indexOf(ORIGINAL_NAMES.get(0)),
                names.indexOf(ORIGINAL_NAMES.get(1)), names.indexOf(ORIGINAL_NAMES.get(2)),
                names.indexOf(ORIGINAL_NAMES.get(3))) : Originals.NONE;
        return new CsvColumns(date, amount, debit, credit, direction, description, payee, category, currency, status,
                type, width, header.size(), List.copyOf(header.subList(0, width)), languages, unit, canonical,
                originals);
    }

    /** Columns of a file without a header, seen in its first rows. */
    static CsvColumns fromData(List<List<String>> rows, ReadOptions options, long line, List<Problem> problems) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int date = ABSENT;
        var numeric = new ArrayList<Integer>();
        int longest = ABSENT;
        double longestLength = 0;
        for (int c = 0; c < width; c++) {
            int values = 0;
            int dates = 0;
            int numbers = 0;
            long length = 0;
            for (var row : rows) {
                String v = c < row.size() ? row.get(c).strip() : "";
                if (v.isEmpty()) {
                    continue;
                }
                values++;
                length += v.length();
                if (CsvLayout.looksLikeDate(v)) {
                    dates++;
                } else if (CsvLayout.looksLikeAmount(v)) {
                    numbers++;
                }
            }
            if (values == 0) {
                continue;
            }
            if (date < 0 && dates * 5 >= values * 4) {
                date = c;
            } else if (numbers * 5 >= values * 4) {
                numeric.add(c);
            } else if (dates == 0 && (double) length / values > longestLength) {
                longest = c;
                longestLength = (double) length / values;
            }
        }
        int amount = ABSENT;
        int debit = ABSENT;
        int credit = ABSENT;
        if (numeric.size() >= 2 && complementary(rows, numeric.get(0), numeric.get(1))) {
            debit = numeric.get(0);
            credit = numeric.get(1);
        } else if (!numeric.isEmpty()) {
            amount = numeric.get(0);
        }
        var names = new ArrayList<String>();
        for (int c = 0; c < width; c++) {
            names.add(String.valueOf(c + 1));
        }
        int[] given = {optionColumn(options.dateColumn(), width), optionColumn(options.amountColumn(), width),
            optionColumn(options.descriptionColumn(), width), optionColumn(options.payeeColumn(), width),
            optionColumn(options.categoryColumn(), width)};
        date = given[0] >= 0 ? given[0] : date;
        if (given[1] >= 0) {
            amount = given[1];
            debit = ABSENT;
            credit = ABSENT;
        }
        int description = given[2] >= 0 ? given[2] : longest;
        if (date < 0) {
            problems.add(new Problem(line, "date", Texts.get("csv.noDateColumn"), ImportHint.COLUMN));
        }
        if (amount < 0 && debit < 0) {
            problems.add(new Problem(line, "amount", Texts.get("csv.noAmountColumn"), ImportHint.COLUMN));
        }
        // rows of a file without a header may leave out fields at their end: they need only a date and an amount
        int needed = 1 + Math.max(Math.max(date, amount), Math.max(debit, credit));
        return new CsvColumns(date, amount, debit, credit, ABSENT, description, given[3], given[4], ABSENT, ABSENT,
                ABSENT, Math.max(needed, 1), width, names, Set.of(), null, false, Originals.NONE);
    }

    private static boolean complementary(List<List<String>> rows, int a, int b) {
        for (var row : rows) {
            boolean hasA = a < row.size() && !row.get(a).isBlank();
            boolean hasB = b < row.size() && !row.get(b).isBlank();
            if (hasA == hasB) {
                return false;
            }
        }
        return true;
    }

    private static int optionColumn(String option, int width) {
        if (option != null && option.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(option) - 1;
            return i < width ? i : ABSENT;
        }
        return ABSENT;
    }

    private static int find(List<String> names, Role role, List<Integer> taken) {
        int i = HeaderNames.find(names, role, taken);
        if (i >= 0) {
            taken.add(i);
        }
        return i;
    }

    private static int column(List<String> names, String option, Role role, String field, long line,
                              List<Problem> problems, List<Integer> taken) {
        if (option != null) {
            int index;
            if (option.chars().allMatch(Character::isDigit)) {
                index = Integer.parseInt(option) - 1;
                if (index < 0 || index >= names.size()) {
                    problems.add(new Problem(line, field, Texts.format("csv.noColumnNumber", option, names.size())));
                    return ABSENT;
                }
            } else {
                index = names.indexOf(HeaderNames.normalize(option));
                if (index < 0) {
                    problems.add(new Problem(line, field, Texts.format("csv.noColumnNamed", option)));
                    return ABSENT;
                }
            }
            taken.add(index);
            return index;
        }
        return find(names, role, taken);
    }

    /** The amount, debit and credit cells of sample rows, to see the decimal separator in. */
    List<String> amountSamples(List<List<String>> rows) {
        var out = new ArrayList<String>();
        for (var row : rows) {
            for (int i : new int[] {amount, debit, credit}) {
                if (i >= 0 && i < row.size() && !row.get(i).isBlank()) {
                    out.add(row.get(i));
                }
            }
        }
        return out;
    }

    /** The unmapped column with the longest texts in the sample (not dates, not numbers), or -1. */
    int longestText(List<List<String>> rows) {
        int best = CsvColumns.ABSENT;
        double bestLength = 0;
        for (int col = 0; col < width; col++) {
            if (mapped(col)) {
                continue;
            }
            long length = 0;
            int values = 0;
            boolean text = true;
            for (var row : rows) {
                String v = col < row.size() ? row.get(col).strip() : "";
                if (!v.isEmpty()) {
                    values++;
                    length += v.length();
                    text &= !CsvLayout.looksLikeDate(v) && !CsvLayout.looksLikeAmount(v);
                }
            }
            if (values > 0 && text && (double) length / values > bestLength) {
                best = col;
                bestLength = (double) length / values;
            }
        }
        return best;
    }

    /** A column that is not mapped and holds the longest texts: the description when no header names one. */
    CsvColumns withDescription(int column) {
        return new CsvColumns(date, amount, debit, credit, direction, column, payee, category, currency, status, type,
                width, maxWidth, names, languages, currencyUnit, canonical, originals);
    }

    boolean mapped(int column) {
        return column == date || column == amount || column == debit || column == credit || column == direction
                || column == description || column == payee || column == category || column == currency
                || column == status || column == type;
    }

    /** Which column is what, in words: "date=Buchungstag, amount=Betrag, ...". */
    String describe() {
        var parts = new ArrayList<String>();
        String[] roles = {"date", "amount", "debit", "credit", "debit/credit", "description", "payee", "category",
            "currency", "status", "type"};
        int[] columns = {date, amount, debit, credit, direction, description, payee, category, currency, status, type};
        for (int i = 0; i < roles.length; i++) {
            if (columns[i] >= 0 && columns[i] < names.size()) {
                parts.add(roles[i] + "=" + names.get(columns[i]).replace("\uFEFF", "").strip());
            }
        }
        return String.join(", ", parts);
    }
}
