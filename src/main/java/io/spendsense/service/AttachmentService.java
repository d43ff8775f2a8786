package io.spendsense.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentType;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.SafeText;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.AttachmentRepository;
import io.spendsense.persistence.Transactions;

/**
 * Receipts and other files kept with the signed-in user's expenses (decision 0019): images JavaFX can show and PDFs,
 * up to {@value #MAX_BYTES} bytes each, their kind read from their first bytes. Several per expense, never the same
 * file twice; deleting the expense (or the profile) deletes them. A file is read and checked, and its thumbnail
 * made, before the write transaction starts ({@link #read}), so a slow disk or a large PDF never holds the lock.
 */
public final class AttachmentService {
    /** The largest file kept: 20 MiB. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_NAME = 255;
    /** The longest side of a {@link #preview} when none is asked for, in pixels. */
    public static final int PREVIEW = 1400;

    private final Transactions tx;
    private final AttachmentRepository attachments;
    private final Clock clock;

    public AttachmentService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.attachments = new AttachmentRepository(tx);
        this.clock = clock;
    }

    /**
     * A file read and checked, ready to attach: its name (without folders), kind, bytes, thumbnail (a small JPEG, null
     * when none could be made) and digest. What an undo keeps of a detached file, too.
     */
    public record NewAttachment(String fileName, AttachmentType type, byte[] content, byte[] thumbnail,
                                String sha256) {
        public long size() {
            return content.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NewAttachment n && fileName.equals(n.fileName) && sha256.equals(n.sha256);
        }

        @Override
        public int hashCode() {
            return fileName.hashCode() * 31 + sha256.hashCode();
        }

        @Override
        public String toString() {
            return "NewAttachment[" + fileName + ", " + type + ", " + content.length + " bytes]";
        }
    }

    /**
     * Reads {@code file} and checks it can be attached: a regular file, not empty, at most {@link #MAX_BYTES} (checked
     * before reading it), and a PNG, JPEG, GIF, BMP or PDF by its content. Throws a {@link ValidationException} on
     * field {@code file} naming the file and why.
     */
    public NewAttachment read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw refused(name, Texts.get("attachment.isFolder"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refused(name, Texts.format("attachment.tooLarge", megabytes(size)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw refused(name, Texts.get("attachment.noSuchFile"));
        } catch (IOException e) {
            throw refused(name, Texts.format("attachment.unreadable", e.getMessage()));
        }
        return prepare(name, content);
    }

    /** As {@link #read}, for bytes at hand (a drop from another application, a test). */
    public NewAttachment prepare(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content.length == 0) {
            throw refused(name, Texts.get("attachment.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw refused(name, Texts.format("attachment.tooLarge", megabytes(content.length)));
        }
        byte[] head = Arrays.copyOf(content, Math.min(content.length, AttachmentType.MAGIC_LENGTH));
        AttachmentType type = AttachmentType.detect(head).orElseThrow(() -> {
            String looks = AttachmentType.describeUnsupported(head);
            return refused(name, looks == null ? Texts.get("attachment.notSupported")
                    : Texts.format("attachment.looksLike", looks));
        });
        return new NewAttachment(name, type, content, AttachmentImages.scaled(type, content,
                AttachmentImages.THUMBNAIL), sha256(content));
    }

    /** Reads and attaches one file to one of the user's expenses. */
    public Attachment attach(SignedInUser who, long expenseId, Path file) {
        return attach(who, expenseId, read(file));
    }

    public Attachment attach(SignedInUser who, long expenseId, NewAttachment file) {
        return attachAll(who, expenseId, List.of(file)).get(0);
    }

    /** Attaches files to one of the user's expenses in one transaction: all of them, or none. */
    public List<Attachment> attachAll(SignedInUser who, long expenseId, List<NewAttachment> files) {
        return tx.inWriteTransaction(() -> store(who, expenseId, files));
    }

    private List<Attachment> store(SignedInUser who, long expenseId, List<NewAttachment> files) {
        requireExpense(who, expenseId);
        var stored = new ArrayList<Attachment>();
        for (NewAttachment f : files) {
            var same = attachments.findSame(who.id(), expenseId, f.sha256());
            if (same.isPresent()) {
                throw refused(f.fileName(), same.get().fileName().equals(f.fileName())
                        ? Texts.get("attachment.alreadyAttached")
                        : Texts.format("attachment.sameFile", same.get().fileName()));
            }
            stored.add(attachments.insert(who.id(), expenseId, f.fileName(), f.type(), f.content(), f.thumbnail(),
                    f.sha256(), clock.instant()));
        }
        return stored;
    }

    /** What one save of the editor did: the expense, the files it attached and those it detached. */
    public record Saved(Expense expense, List<Attachment> attached, List<NewAttachment> detached) {
    }

    /**
     * Saves an expense and its attachment changes in one transaction: {@code save} creates or updates the expense
     * (through {@link ExpenseService}), then {@code added} are attached to it and the user's attachments
     * {@code removed} detached (their files returned, for an undo).
     */
    public Saved save(SignedInUser who, Supplier<Expense> save, List<NewAttachment> added, List<Long> removed) {
        return tx.inWriteTransaction(() -> {
            Expense expense = save.get();
            var detached = takeAll(who, removed);
            var attached = store(who, expense.id(), added);
            return new Saved(expense, attached, detached);
        });
    }

    /** The attachments of one of the user's expenses, oldest first (numbered 1, 2, ... by the command line). */
    public List<Attachment> list(SignedInUser who, long expenseId) {
        return tx.inTransaction(() -> {
            requireExpense(who, expenseId);
            return attachments.list(who.id(), expenseId);
        });
    }

    public Attachment find(SignedInUser who, long attachmentId) {
        return tx.inTransaction(() -> attachments.find(who.id(), attachmentId)).orElseThrow(() -> noAttachment(
                attachmentId));
    }

    /** The file's bytes. */
    public byte[] content(SignedInUser who, long attachmentId) {
        return tx.inTransaction(() -> attachments.content(who.id(), attachmentId))
                .orElseThrow(() -> noAttachment(attachmentId));
    }

    /** The small JPEG stored with the file; empty when none could be made (the file is not the user's: an error). */
    public Optional<byte[]> thumbnail(SignedInUser who, long attachmentId) {
        return tx.inTransaction(() -> {
            if (attachments.find(who.id(), attachmentId).isEmpty()) {
                throw noAttachment(attachmentId);
            }
            return attachments.thumbnail(who.id(), attachmentId);
        });
    }

    /**
     * A picture of the file whose longest side is at most {@code maxSide} pixels (a JPEG): the image scaled down, or a
     * PDF's first page. Empty when the file cannot be drawn (a damaged file; the system viewer may still open it).
     * Slow for a large file: not on the FX thread.
     */
    public Optional<byte[]> preview(SignedInUser who, long attachmentId, int maxSide) {
        Attachment a = find(who, attachmentId);
        byte[] content = content(who, attachmentId);
        return Optional.ofNullable(AttachmentImages.scaled(a.type(), content, maxSide));
    }

    /** As {@link #preview(SignedInUser, long, int)}, of a file not attached yet. */
    public Optional<byte[]> preview(NewAttachment file, int maxSide) {
        return Optional.ofNullable(AttachmentImages.scaled(file.type(), file.content(), maxSide));
    }

    /**
     * Re-creates expenses with their files in one transaction (undo of a delete): {@code restore} re-creates them
     * (through {@link ExpenseService#restore}), then {@code files.get(i)} is attached to the i-th (an empty list, or a
     * list shorter than the expenses, attaches nothing to the rest).
     */
    public List<Expense> restoreWithFiles(SignedInUser who, Supplier<List<Expense>> restore,
                                          List<List<NewAttachment>> files) {
        return tx.inWriteTransaction(() -> {
            var restored = restore.get();
            for (int i = 0; i < restored.size() && i < files.size(); i++) {
                if (!files.get(i).isEmpty()) {
                    store(who, restored.get(i).id(), files.get(i));
                }
            }
            return restored;
        });
    }

    /** Deletes one of the user's attachments. */
    public void detach(SignedInUser who, long attachmentId) {
        tx.runWrite(() -> {
            if (!attachments.delete(who.id(), attachmentId)) {
                throw noAttachment(attachmentId);
            }
        });
    }

    /** Deletes the {@code number}-th (from 1) attachment of one of the user's expenses, as listed; returns it. */
    public Attachment detach(SignedInUser who, long expenseId, int number) {
        return tx.inWriteTransaction(() -> {
            var list = list(who, expenseId);
            if (number < 1 || number > list.size()) {
                throw new ValidationException("number", list.isEmpty()
                        ? Texts.format("attachment.noneToDetach", expenseId)
                        : Texts.format("attachment.badNumber", expenseId, list.size()));
            }
            var a = list.get(number - 1);
            attachments.delete(who.id(), a.id());
            return a;
        });
    }

    /** Total size in bytes of the attachments of the user's expenses among {@code expenseIds}. */
    public long totalSize(SignedInUser who, Collection<Long> expenseIds) {
        return tx.inTransaction(() -> attachments.ofExpenses(who.id(), expenseIds).values().stream()
                .flatMap(List::stream).mapToLong(Attachment::size).sum());
    }

    /**
     * The files of the user's expenses among {@code expenseIds}, per expense (in the ids' order; expenses without any
     * left out): what an undo of a delete attaches again to the expenses it re-creates.
     */
    public Map<Long, List<NewAttachment>> files(SignedInUser who, Collection<Long> expenseIds) {
        return tx.inTransaction(() -> {
            var out = new LinkedHashMap<Long, List<NewAttachment>>();
            attachments.ofExpenses(who.id(), expenseIds).forEach((expenseId, list) -> {
                var files = new ArrayList<NewAttachment>();
                list.forEach(a -> files.add(file(who, a)));
                out.put(expenseId, files);
            });
            return out;
        });
    }

    /**
     * The attachments of the user's expenses that match {@code filter}, per expense id in date order (ties by id):
     * what {@code export --with-attachments} writes. The bytes are read one by one with {@link #content}.
     */
    public Map<Long, List<Attachment>> ofMatching(SignedInUser who, ExpenseFilter filter) {
        return tx.inTransaction(() -> attachments.ofMatching(who.id(), filter));
    }

    private List<NewAttachment> takeAll(SignedInUser who, List<Long> attachmentIds) {
        var taken = new ArrayList<NewAttachment>();
        for (long id : attachmentIds) {
            var a = attachments.find(who.id(), id).orElseThrow(() -> noAttachment(id));
            taken.add(file(who, a));
            attachments.delete(who.id(), id);
        }
        return taken;
    }

    private NewAttachment file(SignedInUser who, Attachment a) {
        byte[] content = attachments.content(who.id(), a.id()).orElseThrow(() -> noAttachment(a.id()));
        return new NewAttachment(a.fileName(), a.type(), content, attachments.thumbnail(who.id(), a.id())
                .orElse(null), sha256(content));
    }

    private void requireExpense(SignedInUser who, long expenseId) {
        if (!attachments.ownsExpense(who.id(), expenseId)) {
            throw new NotFoundException(Texts.format("expense.notFound", expenseId));
        }
    }

    private static NotFoundException noAttachment(long id) {
        return new NotFoundException(Texts.format("attachment.notFound", id));
    }

    private static ValidationException refused(String name, String why) {
        return new ValidationException("file", Texts.format("attachment.refused", SafeText.clip(name), why));
    }

    /** The name without folders, stripped; control characters refused, at most {@value #MAX_NAME} characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new ValidationException("file", Texts.get("attachment.needsName"));
        }
        String problem = SafeText.controlProblem(Texts.get("attachment.fileName"), name);
        if (problem != null) {
            throw refused(name, problem);
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    private static String megabytes(long bytes) {
        return Texts.format("attachment.size", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
