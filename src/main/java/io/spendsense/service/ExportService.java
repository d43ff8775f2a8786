package io.spendsense.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.Transactions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the signed-in user's expenses in the canonical CSV format ({@code date,description,category,payee,amount},
 * ISO dates, amounts with two decimals and no grouping), oldest first (ties by id), so that importing the file into
 * another profile gives the same expenses.
 */
public final class ExportService {
    public static final String[] HEADER = {"date", "description", "category", "payee", "amount"};
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Transactions tx;
    private final ExpenseRepository expenses;

    public ExportService(Transactions tx) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
    }

    /** Writes the matching expenses to {@code out} (not closed) and returns how many were written. */
    public long export(SignedInUser who, ExpenseFilter filter, Writer out) throws IOException {
        var printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) HEADER);
        long[] count = {0};
        try {
            tx.run(() -> expenses.forEachInDateOrder(who.id(), filter, e -> {
                try {
                    printer.printRecord(e.date().toString(), e.description(), e.categoryName(), e.payee(),
                            Money.plain(e.amount()));
                    count[0]++;
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return count[0];
    }
}
