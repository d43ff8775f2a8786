package io.spendsense.service;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.RuleRepository;
import io.spendsense.persistence.Transactions;
import io.spendsense.service.imports.CsvSample;
import io.spendsense.service.imports.Detected;
import io.spendsense.service.imports.ImportRow;
import io.spendsense.service.imports.LineStatus;
import io.spendsense.service.imports.MoneyRules;
import io.spendsense.service.imports.ReadOptions;
import io.spendsense.service.imports.SkipReason;
import io.spendsense.service.imports.Statement;
import io.spendsense.service.imports.StatementException;
import io.spendsense.service.imports.StatementLine;
import io.spendsense.service.imports.StatementReaders;

/**
 * Imports a statement (CSV, OFX, QFX, QIF, CAMT.053; see {@code service.imports}) into the signed-in user's
 * expenses, all or nothing: the whole file is read and checked first,
 * then stored in one transaction with JDBC batches. Rows equal (date, amount, payee, description) to an expense the
 * user had before the import are skipped as duplicates, so importing a file twice adds nothing the second time;
 * equal rows inside one file are kept (two coffees on the same day are two expenses). A row's category is kept as
 * written; categorization rules fill in the category of rows that have none, and may rename payees.
 */
public final class ImportService {
    private final Transactions tx;
    private final ExpenseRepository expenses;
    private final RuleRepository rules;
    private final CategoryService categories;
    private final Clock clock;

    public ImportService(Transactions tx, CategoryService categories, Clock clock) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.rules = new RuleRepository(tx);
        this.categories = categories;
        this.clock = clock;
    }

    public ImportReport importFile(SignedInUser who, Path file, ImportOptions options) {
        long start = System.nanoTime();
        String source = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ServiceException("No such file: " + file);
        }
        Statement statement;
        try {
            statement = StatementReaders.read(file, readOptions(options.format()));
        } catch (StatementException e) {
            throw translate(source, e);
        } catch (NoSuchFileException e) {
            throw new ServiceException("No such file: " + file);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return store(who, source, statement, options, start);
    }

    /**
     * Imports text in any supported format (CSV, OFX, QFX, QIF, CAMT.053) whose encoding is already decoded;
     * {@code source} names it in messages.
     */
    public ImportReport importCsv(SignedInUser who, String source, Reader reader, ImportOptions options)
            throws IOException {
        long start = System.nanoTime();
        Statement statement;
        try {
            statement = StatementReaders.read(reader, null, readOptions(options.format()));
        } catch (StatementException e) {
            throw translate(source, e);
        }
        return store(who, source, statement, options, start);
    }

    /** How a file would be read and what would be skipped, without storing anything (the import preview). */
    public Preview preview(SignedInUser who, Path file, ImportOptions options) {
        String source = file.getFileName().toString();
        try {
            var statement = StatementReaders.read(file, readOptions(options.format()));
            var sorted = MoneyRules.sort(statement.lines());
            return new Preview(statement.detected(), sorted.expenses().stream().limit(Preview.ROWS).toList(),
                    sorted.expenses().size(), sorted.skipped(), sorted.notes(), currencyProblem(who, statement));
        } catch (StatementException e) {
            throw translate(source, e);
        } catch (NoSuchFileException e) {
            throw new ServiceException("No such file: " + file);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The start of a file as columns, for the import dialog's table and column choosers; never refuses a file. */
    public CsvSample sample(Path file, ImportOptions options) {
        try {
            return StatementReaders.sample(file, readOptions(options.format()), Preview.ROWS);
        } catch (NoSuchFileException e) {
            throw new ServiceException("No such file: " + file);
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first rows an import would store, how the file was read, and what it would skip. */
    public record Preview(Detected detected, List<ImportRow> rows, int expenses, Map<SkipReason, Integer> skipped,
                          List<String> notes, String currencyProblem) {
        public static final int ROWS = 8;
    }

    static ReadOptions readOptions(CsvFormatOptions f) {
        Charset charset = null;
        if (f.encoding() != null) {
            try {
                charset = Charset.forName(f.encoding());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("encoding", "unknown encoding '" + f.encoding()
                        + "' (try UTF-8, windows-1252, ISO-8859-1 or UTF-16)");
            }
        }
        return new ReadOptions(f.format(), charset, f.delimiter(), f.dateFormat(), f.dateOrder(), f.decimalComma(),
                f.sign(), f.skipLines(), f.dateColumn(), f.amountColumn(), f.descriptionColumn(), f.payeeColumn(),
                f.categoryColumn());
    }

    private static ServiceException translate(String source, StatementException e) {
        if (e.problems().isEmpty()) {
            return new ServiceException(source + ": " + e.getMessage());
        }
        var errors = e.problems().stream().map(p -> new ImportException.LineError(p.line(), p.field(), p.message()))
                .toList();
        return new ImportException(source, errors, e.badLines());
    }

    /** Null when the statement's currency is the profile's (or unknown); else why it is refused. */
    private static String currencyProblem(SignedInUser who, Statement statement) {
        var other = new java.util.TreeSet<String>();
        for (StatementLine l : statement.lines()) {
            if (l.currency() != null && l.status() == LineStatus.BOOKED && !l.currency().equals(who.currency())) {
                other.add(l.currency());
            }
        }
        if (other.isEmpty()) {
            return null;
        }
        return "the statement is in " + String.join(" and ", other) + " but the profile " + who.username()
                + " keeps its amounts in " + who.currency() + "; SpendSense does not convert currencies yet, so"
                + " nothing was imported (import it into a profile whose currency is " + other.first() + ")";
    }

    private ImportReport store(SignedInUser who, String source, Statement statement, ImportOptions options,
                               long start) {
        String currencyProblem = currencyProblem(who, statement);
        if (currencyProblem != null) {
            throw new ServiceException(source + ": " + currencyProblem);
        }
        var file = MoneyRules.sort(statement.lines());
        var detected = statement.detected();
        statement = null; // a million statement lines need not stay in memory while their expenses are stored
        return tx.inWriteTransaction(() -> {
            var ruleList = rules.list(who.id());
            // a row's category is chosen; a row without one is filed by the first matching rule, and only the rows
            // no rule files get the default (--unknown-category, else Other), which is created only if such rows exist
            var rows = file.expenses();
            var firstRule = new CategoryRule[rows.size()];
            var needCategory = new ArrayList<ImportRow>();
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                if (!ruleList.isEmpty()) {
                    firstRule[i] = CategoryRule.first(ruleList, new ExpenseDraft(row.date(), row.amount(), 0,
                            row.description(), row.payee(), null)).orElse(null);
                }
                if (!row.category().isEmpty() || firstRule[i] == null) {
                    needCategory.add(row);
                }
            }
            var created = new ArrayList<String>();
            var categoryIds = categoryIds(who, needCategory, options.unknownCategory(), created);
            Set<String> existing = options.allowDuplicates() || rows.isEmpty() ? Set.of()
                    : expenses.keysBetween(who.id(), file.first(), file.last());
            var drafts = new ArrayList<ExpenseDraft>(rows.size());
            int duplicates = 0;
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                var choice = row.category().isEmpty() ? CategoryChoice.OPEN : CategoryChoice.CHOSEN;
                Long categoryId = categoryIds.get(key(row.category()));
                var draft = new ExpenseDraft(row.date(), row.amount(), categoryId == null ? 0 : categoryId,
                        row.description(), row.payee(), row.notes());
                if (firstRule[i] != null) {
                    draft = firstRule[i].complete(draft, choice);
                }
                long cents = row.amount().movePointRight(2).longValueExact();
                // a rule that renames the payee must not hide a row imported before, so both the row as written and
                // as the rules change it count as duplicates
                if (!existing.isEmpty() && (existing.contains(
                        ExpenseRepository.identityKey(row.date(), cents, row.payee(), row.description()))
                        || existing.contains(ExpenseRepository.identityKey(row.date(), cents, draft.payee(),
                        row.description())))) {
                    duplicates++;
                    continue;
                }
                drafts.add(draft);
            }
            expenses.insertAll(who.id(), drafts, clock.instant());
            return new ImportReport(drafts.size(), duplicates, file.skipped(), file.notes(), detected,
                    created, Duration.ofNanos(System.nanoTime() - start));
        });
    }

    /** Category id per lower-cased name in the file; creates the missing ones unless they map to a fallback. */
    private HashMap<String, Long> categoryIds(SignedInUser who, List<ImportRow> rows, String unknown,
                                              List<String> created) {
        var known = new HashMap<String, Long>();
        for (Category c : categories.listIncludingArchived(who)) {
            known.put(key(c.name()), c.id());
        }
        Long fallback = null;
        if (unknown != null) {
            fallback = known.get(key(unknown));
            if (fallback == null) {
                throw new ValidationException("unknownCategory", "there is no category named '" + unknown
                        + "' to put unknown categories in");
            }
        }
        var ids = new HashMap<String, Long>();
        for (var row : rows) {
            String name = row.category().isEmpty() ? (unknown != null ? unknown : "Other") : row.category();
            String key = key(row.category());
            if (ids.containsKey(key)) {
                continue;
            }
            Long id = known.get(key(name));
            if (id == null) {
                id = fallback;
            }
            if (id == null) {
                id = categories.create(who, name, null, List.of()).id();
                known.put(key(name), id);
                created.add(CategoryService.checkName(name));
            }
            ids.put(key, id);
        }
        return ids;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
