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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.RateRepository;
import io.spendsense.persistence.RuleRepository;
import io.spendsense.persistence.Transactions;
import io.spendsense.service.imports.CsvSample;
import io.spendsense.service.imports.Detected;
import io.spendsense.service.imports.ImportHint;
import io.spendsense.service.imports.ImportRow;
import io.spendsense.service.imports.MoneyRules;
import io.spendsense.service.imports.ReadOptions;
import io.spendsense.service.imports.SkipReason;
import io.spendsense.service.imports.Statement;
import io.spendsense.service.imports.StatementException;
import io.spendsense.service.imports.StatementReaders;

/**
 * Imports a statement (CSV, OFX, QFX, QIF, CAMT.053; see {@code service.imports}) into the signed-in user's
 * expenses, all or nothing: the whole file is read and checked first,
 * then stored in one transaction with JDBC batches. A line with the statement's own id (OFX FITID, CAMT AcctSvcrRef)
 * is stored with it and skipped when the user already has an expense with that id; other rows equal (date, amount,
 * payee, description) to an expense the user had before the import are skipped as duplicates, so importing a file
 * twice, or an overlapping statement, adds only what is new;
 * equal rows inside one file are kept (two coffees on the same day are two expenses). A row's category is kept as
 * written; categorization rules fill in the category of rows that have none, and may rename payees. The CSV reading
 * choices a user gives are saved for the file's layout and used the next time it comes without them
 * ({@link SavedLayouts}).
 */
public final class ImportService {
    private final Transactions tx;
    private final ExpenseRepository expenses;
    private final RuleRepository rules;
    private final CategoryService categories;
    private final SavedLayouts layouts;
    private final RateRepository rates;
    private final Clock clock;

    public ImportService(Transactions tx, CategoryService categories, Clock clock) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.rates = new RateRepository(tx);
        this.rules = new RuleRepository(tx);
        this.categories = categories;
        this.layouts = new SavedLayouts(tx, clock);
        this.clock = clock;
    }

    public ImportReport importFile(SignedInUser who, Path file, ImportOptions options) {
        long start = System.nanoTime();
        if (!Files.isRegularFile(file)) {
            throw new ServiceException(Texts.format("import.noSuchFile", file));
        }
        var resolved = layouts.resolve(who, file, options);
        try {
            return importFile(who, file, resolved, start);
        } catch (ServiceException e) {
            throw withSavedSettings(e, resolved);
        }
    }

    private ImportReport importFile(SignedInUser who, Path file, SavedLayouts.Resolved resolved, long start) {
        String source = file.getFileName().toString();
        var options = resolved.options();
        Statement statement;
        try {
            statement = StatementReaders.read(file, readOptions(options.format()));
        } catch (StatementException e) {
            throw translate(source, e);
        } catch (NoSuchFileException e) {
            throw new ServiceException(Texts.format("import.noSuchFile", file));
        } catch (IOException e) {
            throw new ServiceException(Texts.format("import.cannotRead", file, e.getMessage()), e);
        }
        return store(who, source, statement, options, start, resolved);
    }

    /** A file refused as read with saved settings says so, and how to read it otherwise. */
    private static ServiceException withSavedSettings(ServiceException e, SavedLayouts.Resolved resolved) {
        if (resolved.applied() == null) {
            return e;
        }
        String note = Texts.format("import.savedSettingsNote", resolved.applied());
        if (e instanceof ImportException bad) {
            return bad.withNote(note);
        }
        return e.getClass() == ServiceException.class ? new ServiceException(e.getMessage() + " " + note, e) : e;
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
        return store(who, source, statement, options, start, SavedLayouts.Resolved.none(options));
    }

    /** How a file would be read and what would be skipped, without storing anything (the import preview). */
    public Preview preview(SignedInUser who, Path file, ImportOptions options) {
        String source = file.getFileName().toString();
        var resolved = layouts.resolve(who, file, options);
        try {
            var statement = StatementReaders.read(file, readOptions(resolved.options().format()));
            var sorted = MoneyRules.sort(statement.lines());
            String chosen = resolved.options().currency();
            String currencyProblem = tx.inTransaction(() -> ImportConversion.problem(who, sorted.expenses(), chosen,
                    rates));
            return new Preview(statement.detected(), sorted.expenses().stream().limit(Preview.ROWS).toList(),
                    sorted.expenses().size(), sorted.skipped(), sorted.notes(), currencyProblem,
                    resolved.applied());
        } catch (StatementException e) {
            throw withSavedSettings(translate(source, e), resolved);
        } catch (NoSuchFileException e) {
            throw new ServiceException(Texts.format("import.noSuchFile", file));
        } catch (IOException e) {
            throw new ServiceException(Texts.format("import.cannotRead", file, e.getMessage()), e);
        }
    }

    /**
     * The start of a file as columns, read as the import would read it for {@code who} (with the settings saved for
     * its layout); never refuses a file.
     */
    public CsvSample sample(SignedInUser who, Path file, ImportOptions options) {
        return sample(file, layouts.resolve(who, file, options).options());
    }

    /** The start of a file as columns, for the import dialog's table and column choosers; never refuses a file. */
    public CsvSample sample(Path file, ImportOptions options) {
        try {
            return StatementReaders.sample(file, readOptions(options.format()), Preview.ROWS);
        } catch (NoSuchFileException e) {
            throw new ServiceException(Texts.format("import.noSuchFile", file));
        } catch (IOException e) {
            throw new ServiceException(Texts.format("import.cannotRead", file, e.getMessage()), e);
        }
    }

    /**
     * The first rows an import would store, how the file was read, and what it would skip; {@code savedSettings} are
     * the choices saved for this layout that were used, in words (null when none).
     */
    public record Preview(Detected detected, List<ImportRow> rows, int expenses, Map<SkipReason, Integer> skipped,
                          List<String> notes, String currencyProblem, String savedSettings) {
        public static final int ROWS = 8;

        /** "using your saved settings for this layout (date order day first)", or null. */
        public String savedSettingsInWords() {
            return ImportReport.savedSettingsInWords(savedSettings);
        }
    }

    static ReadOptions readOptions(CsvFormatOptions f) {
        Charset charset = null;
        if (f.encoding() != null) {
            try {
                charset = Charset.forName(f.encoding());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("encoding", Texts.format("import.unknownEncoding", f.encoding()));
            }
        }
        return new ReadOptions(f.format(), charset, f.delimiter(), f.dateFormat(), f.dateOrder(), f.decimalComma(),
                f.sign(), f.skipLines(), f.dateColumn(), f.amountColumn(), f.descriptionColumn(), f.payeeColumn(),
                f.categoryColumn());
    }

    private static ServiceException translate(String source, StatementException e) {
        if (e.problems().isEmpty()) {
            return e.hint() == ImportHint.NONE ? new ServiceException(Texts.format("import.refused", source,
                    e.getMessage()))
                    : new ImportException(source, e.getMessage(), e.hint());
        }
        var errors = e.problems().stream()
                .map(p -> new ImportException.LineError(p.line(), p.field(), p.message(), p.hint())).toList();
        return new ImportException(source, errors, e.badLines());
    }

    private ImportReport store(SignedInUser who, String source, Statement statement, ImportOptions options,
                               long start, SavedLayouts.Resolved layout) {
        var file = MoneyRules.sort(statement.lines());
        var detected = statement.detected();
        statement = null; // a million statement lines need not stay in memory while their expenses are stored
        // The duplicate check and the insert are one write transaction, which takes the database's write lock as its
        // first statement (SQLite's write lock; PostgreSQL's advisory lock, after which each statement of a READ
        // COMMITTED transaction sees what the writer before it committed): the same file imported from two windows,
        // computers or commands at once is checked and stored by one after the other, so nothing is stored twice and
        // the second report counts the rows as already there (decision 0021, WorkingTogetherTest).
        return tx.inWriteTransaction(() -> {
            var rows = file.expenses();
            var money = ImportConversion.convert(who, source, rows, options.currency(), rates);
            var ruleList = rules.list(who.id());
            // a row's category is chosen; a row without one is filed by the first matching rule, and only the rows
            // no rule files get the default (--unknown-category, else Other), which is created only if such rows exist
            var firstRule = new CategoryRule[rows.size()];
            var needCategory = new ArrayList<ImportRow>();
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                if (!ruleList.isEmpty()) {
                    // rules see the amount in the profile's currency, as for every other expense
                    firstRule[i] = CategoryRule.first(ruleList, new ExpenseDraft(row.date(), money.amounts().get(i), 0,
                            row.description(), row.payee(), null)).orElse(null);
                }
                if (!row.category().isEmpty() || firstRule[i] == null) {
                    needCategory.add(row);
                }
            }
            var created = new ArrayList<String>();
            var categoryIds = categoryIds(who, needCategory, options.unknownCategory(), created);
            boolean check = !options.allowDuplicates() && !rows.isEmpty();
            var existing = check ? expenses.keysWithReferencesBetween(who.id(), file.first(), file.last())
                    : ExpenseRepository.Keys.NONE;
            var references = new ArrayList<String>(rows.size());
            var fileReferences = new HashSet<String>();
            for (var row : rows) {
                String ref = reference(row.reference());
                references.add(ref);
                if (ref != null) {
                    fileReferences.add(ref);
                }
            }
            Set<String> knownReferences = check && !fileReferences.isEmpty()
                    ? expenses.knownReferences(who.id(), fileReferences) : Set.of();
            var drafts = new ArrayList<ExpenseDraft>(rows.size());
            var draftReferences = new ArrayList<String>(rows.size());
            int duplicates = 0;
            int byReference = 0;
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                String ref = references.get(i);
                // a line the statement gives an id is the same transaction as the expense stored with that id, and
                // another one than an expense stored with another id however alike (two coffees on one day); only
                // expenses stored without an id (by hand, from CSV, before ids were kept) are compared by content
                if (ref != null && knownReferences.contains(ref)) {
                    byReference++;
                    continue;
                }
                Set<String> same = ref == null ? existing.all() : existing.unreferenced();
                var choice = row.category().isEmpty() ? CategoryChoice.OPEN : CategoryChoice.CHOSEN;
                Long categoryId = categoryIds.get(key(row.category()));
                var foreign = money.foreign().get(i);
                var draft = new ExpenseDraft(row.date(), money.amounts().get(i), categoryId == null ? 0 : categoryId,
                        row.description(), row.payee(), row.notes(), foreign);
                if (firstRule[i] != null) {
                    draft = firstRule[i].complete(draft, choice);
                }
                // a rule that renames the payee must not hide a row imported before, so both the row as written and
                // as the rules change it count as duplicates; a foreign row is told by what was paid, not by what
                // today's rates make of it
                int scale = Money.scaleOf(who.currency());
                if (!same.isEmpty() && (same.contains(identityKey(row, foreign, row.payee(), scale))
                        || same.contains(identityKey(row, foreign, draft.payee(), scale)))) {
                    duplicates++;
                    continue;
                }
                drafts.add(draft);
                draftReferences.add(ref);
            }
            expenses.insertAll(who.id(), drafts, fileReferences.isEmpty() ? null : draftReferences, clock.instant());
            layouts.saveIfChosen(who, layout);
            int converted = (int) drafts.stream().filter(d -> d.foreign() != null).count();
            int estimated = (int) drafts.stream().filter(d -> d.foreign() != null && d.foreign().estimated()).count();
            var notes = new ArrayList<>(file.notes());
            String conversion = ImportConversion.inWords(money.currencies(), who.currency(), converted, estimated);
            if (conversion != null) {
                notes.add(0, conversion);
            }
            return new ImportReport(drafts.size(), duplicates + byReference, byReference, file.skipped(),
                    notes, detected, created, layout.applied(), Duration.ofNanos(System.nanoTime() - start),
                    converted, estimated);
        });
    }

    private static String identityKey(ImportRow row, io.spendsense.domain.ForeignAmount foreign, String payee,
                                      int scale) {
        return foreign == null
                ? ExpenseRepository.identityKey(row.date(), Money.toMinor(row.amount(), scale), payee,
                row.description())
                : ExpenseRepository.identityKey(row.date(), foreign.currency(), foreign.minor(), payee,
                row.description());
    }

    /** A statement's id of a transaction as stored: stripped, at most 255 characters, null when blank. */
    static String reference(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String ref = raw.strip();
        return ref.length() <= 255 ? ref : ref.substring(0, 255);
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
                throw new ValidationException("unknownCategory", Texts.format("import.noUnknownCategory", unknown));
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
