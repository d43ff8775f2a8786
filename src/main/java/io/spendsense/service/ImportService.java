package io.spendsense.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.RuleRepository;
import io.spendsense.persistence.Transactions;

/**
 * Imports a CSV file into the signed-in user's expenses, all or nothing: the whole file is read and checked first,
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
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importCsv(who, file.getFileName().toString(), reader, options);
        } catch (NoSuchFileException e) {
            throw new ServiceException("No such file: " + file);
        } catch (CharacterCodingException e) {
            throw new ServiceException(file.getFileName() + " is not UTF-8 text; save it as UTF-8 CSV and try again");
        } catch (IOException e) {
            throw new ServiceException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Imports CSV text; {@code source} names it in messages. */
    public ImportReport importCsv(SignedInUser who, String source, Reader reader, ImportOptions options)
            throws IOException {
        long start = System.nanoTime();
        CsvImportReader.Result file;
        try {
            file = new CsvImportReader(options.format()).read(source, reader);
        } catch (UncheckedIOException e) {
            if (CsvImportReader.notUtf8(e)) {
                throw new ServiceException(source + " is not UTF-8 text; save it as UTF-8 CSV and try again");
            }
            throw e.getCause();
        }
        return tx.inWriteTransaction(() -> {
            var ruleList = rules.list(who.id());
            // a row's category is chosen; a row without one is filed by the first matching rule, and only the rows
            // no rule files get the default (--unknown-category, else Other), which is created only if such rows exist
            var rows = file.rows();
            var firstRule = new CategoryRule[rows.size()];
            var needCategory = new ArrayList<CsvImportReader.Row>();
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
                        row.description(), row.payee(), null);
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
            return new ImportReport(drafts.size(), duplicates, file.creditsSkipped(), created,
                    Duration.ofNanos(System.nanoTime() - start));
        });
    }

    /** Category id per lower-cased name in the file; creates the missing ones unless they map to a fallback. */
    private HashMap<String, Long> categoryIds(SignedInUser who, List<CsvImportReader.Row> rows, String unknown,
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
