package io.spendsense.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.Transactions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the signed-in user's expenses in the canonical CSV format ({@code date,description,category,payee,amount},
 * ISO dates, amounts with two decimals and no grouping), oldest first (ties by id), so that importing the file into
 * another profile gives the same expenses. {@code amount} is in the profile's currency. When an exported expense was
 * paid in another currency, four more columns say what it was ({@code original_amount,original_currency,rate,
 * rate_estimated}: the amount in that currency with its minor digits, its code, the rate used, {@code true} when it
 * was estimated), empty for the others; importing the file keeps them (decision 0018). An export with none stays the
 * canonical five columns.
 *
 * <p>Text a spreadsheet would evaluate — a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return — is written with a leading single quote, as OWASP recommends against CSV injection, so that a
 * payee such as {@code =HYPERLINK(...)} stays text; importing the file reads it back without the quote. Files are
 * written owner-only (like the database and its backups), through a temporary file moved into place.
 */
public final class ExportService {
    public static final String[] HEADER = {"date", "description", "category", "payee", "amount"};
    /** The header of an export with an expense paid in another currency: the canonical five, then what was paid. */
    public static final String[] EXPORT_HEADER = {"date", "description", "category", "payee", "amount",
        "original_amount", "original_currency", "rate", "rate_estimated"};
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
        boolean originals = tx.inTransaction(() -> expenses.anyForeign(who.id(), filter));
        printer.printRecord((Object[]) (originals ? EXPORT_HEADER : HEADER));
        long[] count = {0};
        try {
            tx.run(() -> expenses.forEachInDateOrder(who.id(), filter, e -> {
                try {
                    var f = e.foreign();
                    if (!originals) {
                        printer.printRecord(e.date().toString(), neutralize(e.description()),
                                neutralize(e.categoryName()), neutralize(e.payee()), Money.plain(e.amount()));
                    } else {
                        printer.printRecord(e.date().toString(), neutralize(e.description()),
                                neutralize(e.categoryName()), neutralize(e.payee()), Money.plain(e.amount()),
                                f == null ? "" : CurrencyMath.plain(f.amount(), f.currency()),
                                f == null ? "" : f.currency(), f == null ? "" : CurrencyMath.rateText(f.rate()),
                                f == null || !f.estimated() ? "" : "true");
                    }
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

    /**
     * Writes the matching expenses to {@code file}, readable and writable by the owner only: into a temporary file
     * beside it, moved over {@code file} when complete (an interrupted export leaves the old file as it was).
     */
    public long exportTo(SignedInUser who, ExpenseFilter filter, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        long count;
        try (Writer out = Channels.newWriter(ownerOnly(temp), StandardCharsets.UTF_8)) {
            count = export(who, filter, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return count;
    }

    private static java.nio.channels.SeekableByteChannel ownerOnly(Path path) throws IOException {
        var options = java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.newByteChannel(path, options);
        }
        var channel = Files.newByteChannel(path, options,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        // an existing file keeps its mode on open: set it before any data is written
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        return channel;
    }

    /** A text cell with a leading quote when a spreadsheet would evaluate it ({@link SafeText#formulaSafe}). */
    public static String neutralize(String cell) {
        return io.spendsense.domain.SafeText.formulaSafe(cell);
    }

    /** Undoes {@link #neutralize} (import reads cells so). */
    public static String unneutralize(String cell) {
        return io.spendsense.domain.SafeText.unquoteFormula(cell);
    }
}
