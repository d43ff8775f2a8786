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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.AttachmentRepository;
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

    /** In a folder written by {@link #exportWithAttachments}: the expenses, the files and their index. */
    public static final String EXPENSES_CSV = "expenses.csv";
    public static final String ATTACHMENTS = "attachments";
    public static final String ATTACHMENTS_CSV = "attachments.csv";
    public static final String[] ATTACHMENTS_HEADER = {"row", "date", "payee", "amount", "file", "type", "size"};

    private final Transactions tx;
    private final ExpenseRepository expenses;
    private final AttachmentRepository attachments;

    public ExportService(Transactions tx) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.attachments = new AttachmentRepository(tx);
    }

    /** Writes the matching expenses to {@code out} (not closed) and returns how many were written. */
    public long export(SignedInUser who, ExpenseFilter filter, Writer out) throws IOException {
        return export(who, filter, out, (row, e) -> { });
    }

    /** As {@link #export(SignedInUser, ExpenseFilter, Writer)}, telling {@code rows} each expense's row (from 1). */
    private long export(SignedInUser who, ExpenseFilter filter, Writer out, BiConsumer<Long, Expense> rows)
            throws IOException {
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
                                neutralize(e.categoryName()), neutralize(e.payee()),
                                Money.plain(e.amount(), who.currency()));
                    } else {
                        printer.printRecord(e.date().toString(), neutralize(e.description()),
                                neutralize(e.categoryName()), neutralize(e.payee()),
                                Money.plain(e.amount(), who.currency()),
                                f == null ? "" : CurrencyMath.plain(f.amount(), f.currency()),
                                f == null ? "" : f.currency(), f == null ? "" : CurrencyMath.rateText(f.rate()),
                                f == null || !f.estimated() ? "" : Boolean.TRUE.toString());
                    }
                    count[0]++;
                    rows.accept(count[0], e);
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

    /** What {@link #exportWithAttachments} wrote. */
    public record Exported(long expenses, int files, long bytes, Path csv, Path folder) {
    }

    /**
     * Writes the matching expenses and their attachments to the folder {@code dir} (created if missing; an existing
     * one must be empty): {@value #EXPENSES_CSV} as {@link #exportTo} writes it, each file as
     * {@code attachments/<row>-<n>-<name>} — the row of its expense in the CSV (1 is the first after the header,
     * zero-padded), its number on that expense, its name — and {@value #ATTACHMENTS_CSV}, one line per file with its
     * row, the expense's date, payee and amount, and the file's path, type and size. One consistent read: an
     * expense changed meanwhile is written as it was when the export began. Everything is owner-only.
     */
    public Exported exportWithAttachments(SignedInUser who, ExpenseFilter filter, Path dir) throws IOException {
        Path folder = dir.toAbsolutePath();
        prepareFolder(folder);
        try {
            return tx.inTransaction(() -> {
                try {
                    return writeFolder(who, filter, folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Exported writeFolder(SignedInUser who, ExpenseFilter filter, Path folder) throws IOException {
        Map<Long, List<Attachment>> files = attachments.ofMatching(who.id(), filter);
        var rowOf = new HashMap<Long, Long>();
        var expenseOf = new HashMap<Long, Expense>();
        Path csv = folder.resolve(EXPENSES_CSV);
        long count;
        try (Writer out = Channels.newWriter(ownerOnly(csv), StandardCharsets.UTF_8)) {
            count = export(who, filter, out, (row, e) -> {
                if (files.containsKey(e.id())) {
                    rowOf.put(e.id(), row);
                    expenseOf.put(e.id(), e);
                }
            });
        }
        Path sub = folder.resolve(ATTACHMENTS);
        int written = 0;
        long bytes = 0;
        int width = Math.max(4, Long.toString(count).length());
        try (Writer index = Channels.newWriter(ownerOnly(folder.resolve(ATTACHMENTS_CSV)), StandardCharsets.UTF_8)) {
            var printer = new CSVPrinter(index, FORMAT);
            printer.printRecord((Object[]) ATTACHMENTS_HEADER);
            for (var entry : files.entrySet()) {
                Long row = rowOf.get(entry.getKey());
                if (row == null) {
                    continue;   // cannot happen within one read; kept safe
                }
                if (written == 0) {
                    Files.createDirectories(sub);
                    restrictFolder(sub);
                }
                Expense e = expenseOf.get(entry.getKey());
                int n = 0;
                for (Attachment a : entry.getValue()) {
                    n++;
                    String name = String.format(Locale.ROOT, "%0" + width + "d-%d-%s", row, n,
                            safeFileName(a.fileName()));
                    byte[] content = attachments.content(who.id(), a.id()).orElseThrow();
                    try (var channel = ownerOnly(sub.resolve(name))) {
                        channel.write(java.nio.ByteBuffer.wrap(content));
                    }
                    printer.printRecord(row, e.date().toString(), neutralize(e.payee()),
                            Money.plain(e.amount(), who.currency()),
                            neutralize(ATTACHMENTS + "/" + name), a.type().mediaType(), a.size());
                    written++;
                    bytes += a.size();
                }
            }
            printer.flush();
        }
        return new Exported(count, written, bytes, csv, folder);
    }

    private static void prepareFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ServiceException(Texts.format("export.folderIsFile", folder.toString()));
        }
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new ServiceException(Texts.format("export.folderNotEmpty", folder.toString()));
                }
            }
        } else {
            Files.createDirectories(folder);
            restrictFolder(folder);
        }
    }

    private static void restrictFolder(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * A stored file name that every file system takes: characters Windows forbids in names and control characters
     * become {@code _}, trailing dots and spaces go, at most 180 characters (the extension kept).
     */
    static String safeFileName(String name) {
        var sb = new StringBuilder();
        name.codePoints().forEach(cp -> sb.appendCodePoint(cp < 0x20 || "<>:\"/\\|?*".indexOf(cp) >= 0 ? '_' : cp));
        String safe = sb.toString().replaceAll("[. ]+$", "");
        if (safe.isEmpty()) {
            safe = "file";
        }
        if (safe.length() > 180) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
            safe = safe.substring(0, 180 - extension.length()) + extension;
        }
        return safe;
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
