package io.spendsense.persistence;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentType;
import io.spendsense.domain.ExpenseFilter;

/**
 * The files kept with one user's expenses (decision 0019). An attachment is the user's through its expense: every
 * query joins the expense and checks its owner, so an id of another user's attachment reads, lists and deletes
 * nothing. Metadata goes through Hibernate; the bytes ({@code attachment_contents}) through plain JDBC
 * ({@code setBytes}/{@code getBytes}, the same on SQLite's blob and PostgreSQL's bytea), and only when asked for.
 */
public final class AttachmentRepository {
    /** The user's attachments: {@code a} joined with its expense {@code e}. */
    private static final String OWNED = "select a from AttachmentEntity a join ExpenseEntity e on e.id = a.expenseId"
            + " where e.userId = :u";
    private final Transactions tx;

    public AttachmentRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Whether the expense exists and is the user's. */
    public boolean ownsExpense(long userId, long expenseId) {
        return tx.session().createSelectionQuery("select count(e) from ExpenseEntity e where e.id = :x"
                        + " and e.userId = :u", Long.class).setParameter("x", expenseId).setParameter("u", userId)
                .getSingleResult() > 0;
    }

    /**
     * Stores a file with an expense the caller checked is the user's ({@link #ownsExpense}, in the same
     * transaction); {@code thumbnail} may be null.
     */
    public Attachment insert(long userId, long expenseId, String fileName, AttachmentType type, byte[] content,
                             byte[] thumbnail, String sha256, Instant now) {
        tx.changed(userId);
        var s = tx.session();
        var a = new AttachmentEntity();
        a.expenseId = expenseId;
        a.fileName = fileName;
        a.mediaType = type.mediaType();
        a.sizeBytes = content.length;
        a.sha256 = sha256;
        a.createdAt = now.toEpochMilli();
        s.persist(a);
        s.flush();
        long id = a.id;
        s.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into attachment_contents (attachment_id, thumbnail, content) values (?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setBytes(2, thumbnail);
                ps.setBytes(3, content);
                ps.executeUpdate();
            }
        });
        return a.toDomain();
    }

    /** The attachment of the user's expense with the same content, if it has one. */
    public Optional<Attachment> findSame(long userId, long expenseId, String sha256) {
        return tx.session().createSelectionQuery(OWNED + " and a.expenseId = :x and a.sha256 = :h",
                        AttachmentEntity.class).setParameter("u", userId).setParameter("x", expenseId)
                .setParameter("h", sha256).uniqueResultOptional().map(AttachmentEntity::toDomain);
    }

    /** The attachments of one of the user's expenses, oldest first (ties by id): the numbers 1, 2, ... of the CLI. */
    public List<Attachment> list(long userId, long expenseId) {
        return tx.session().createSelectionQuery(OWNED + " and a.expenseId = :x order by a.createdAt, a.id",
                        AttachmentEntity.class).setParameter("u", userId).setParameter("x", expenseId)
                .getResultStream().map(AttachmentEntity::toDomain).toList();
    }

    public Optional<Attachment> find(long userId, long attachmentId) {
        return tx.session().createSelectionQuery(OWNED + " and a.id = :id", AttachmentEntity.class)
                .setParameter("u", userId).setParameter("id", attachmentId).uniqueResultOptional()
                .map(AttachmentEntity::toDomain);
    }

    /** The file's bytes, if the attachment is the user's. */
    public Optional<byte[]> content(long userId, long attachmentId) {
        return bytes(userId, attachmentId, "content");
    }

    /** The small preview image stored with the file (a JPEG), if there is one and the attachment is the user's. */
    public Optional<byte[]> thumbnail(long userId, long attachmentId) {
        return bytes(userId, attachmentId, "thumbnail");
    }

    private Optional<byte[]> bytes(long userId, long attachmentId, String column) {
        byte[][] found = new byte[1][];
        tx.session().doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select c." + column + " from attachment_contents c"
                    + " join attachments a on a.id = c.attachment_id join expenses e on e.id = a.expense_id"
                    + " where c.attachment_id = ? and e.user_id = ?")) {
                ps.setLong(1, attachmentId);
                ps.setLong(2, userId);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found[0] = rs.getBytes(1);
                    }
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Deletes one of the user's attachments (its bytes go with it, by the foreign key's cascade). */
    public boolean delete(long userId, long attachmentId) {
        tx.changed(userId);
        var s = tx.session();
        // SQLite may give the id to the next attachment inserted in this transaction: the session must forget it
        var managed = s.find(AttachmentEntity.class, attachmentId);
        if (managed != null) {
            s.detach(managed);
        }
        return s.createMutationQuery("delete from AttachmentEntity a where a.id = :id"
                        + " and a.expenseId in (select e.id from ExpenseEntity e where e.userId = :u)")
                .setParameter("id", attachmentId).setParameter("u", userId).executeUpdate() == 1;
    }

    /**
     * The attachments of the user's expenses among {@code expenseIds}, per expense in the ids' order, each expense's
     * oldest first; expenses without any are left out.
     */
    public Map<Long, List<Attachment>> ofExpenses(long userId, Collection<Long> expenseIds) {
        var byExpense = new LinkedHashMap<Long, List<Attachment>>();
        expenseIds.forEach(id -> byExpense.put(id, new ArrayList<>()));
        var ids = new ArrayList<>(expenseIds);
        for (int from = 0; from < ids.size(); from += 500) {
            tx.session().createSelectionQuery(OWNED + " and a.expenseId in :ids order by a.createdAt, a.id",
                            AttachmentEntity.class).setParameter("u", userId)
                    .setParameterList("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .getResultStream().forEach(a -> byExpense.get(a.expenseId).add(a.toDomain()));
        }
        byExpense.values().removeIf(List::isEmpty);
        return byExpense;
    }

    /**
     * The attachments of the user's expenses that match {@code filter}, per expense, each expense's oldest first:
     * what an export with attachments writes beside the rows.
     */
    public Map<Long, List<Attachment>> ofMatching(long userId, ExpenseFilter filter) {
        var clause = new FilterClause(userId, filter, ProfileScale.of(tx, userId),
                needle -> SearchTexts.containing(tx, userId, needle));
        var byExpense = new LinkedHashMap<Long, List<Attachment>>();
        clause.bind(tx.session().createSelectionQuery("select a from AttachmentEntity a join ExpenseEntity e"
                        + " on e.id = a.expenseId where " + clause.where()
                        + " order by e.date, e.id, a.createdAt, a.id", AttachmentEntity.class))
                .getResultStream()
                .forEach(a -> byExpense.computeIfAbsent(a.expenseId, k -> new ArrayList<>()).add(a.toDomain()));
        return byExpense;
    }
}
