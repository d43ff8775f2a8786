package io.spendsense.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Money;

/** One user's categorization rules, in position order. Every method takes the owner's id. */
public final class RuleRepository {
    private static final String SELECT =
    "select r, c.name from RuleEntity r join CategoryEntity c on c.id = r.categoryId"
            + " where r.userId = :u";
    private final Transactions tx;

    public RuleRepository(Transactions tx) {
        this.tx = tx;
    }

    public List<CategoryRule> list(long userId) {
        return tx.session().createSelectionQuery(SELECT + " order by r.position, r.id", Object[].class)
                .setParameter("u", userId).getResultStream().map(r -> toDomain(r, ProfileScale.of(tx, userId)))
                .toList();
    }

    public Optional<CategoryRule> find(long userId, long id) {
        return tx.session().createSelectionQuery(SELECT + " and r.id = :id", Object[].class)
                .setParameter("u", userId).setParameter("id", id)
                .uniqueResultOptional().map(r -> toDomain(r, ProfileScale.of(tx, userId)));
    }

    /** Appends a rule after the user's others; the category must be the user's (checked by the caller). */
    public CategoryRule insert(long userId, CategoryRule r, Instant now) {
        tx.changed(userId);
        Integer last = tx.session().createSelectionQuery("select max(r.position) from RuleEntity r where r.userId = :u",
                Integer.class).setParameter("u", userId).getSingleResult();
        var e = new RuleEntity();
        e.userId = userId;
        e.position = last == null ? 1 : last + 1;
        e.field = r.field().name();
        e.matchKind = r.kind().name();
        e.pattern = r.pattern().strip();
        int scale = ProfileScale.of(tx, userId);
        e.minCents = r.min() == null ? null : Money.toMinor(r.min(), scale);
        e.maxCents = r.max() == null ? null : Money.toMinor(r.max(), scale);
        e.categoryId = r.categoryId();
        e.setPayee = r.setPayee() == null || r.setPayee().isBlank() ? null : r.setPayee().strip();
        e.createdAt = now.toEpochMilli();
        tx.session().persist(e);
        tx.session().flush();
        return find(userId, e.id).orElseThrow();
    }

    /**
     * Changes a rule's condition, category and payee; its position stays. The category must be the user's (checked
     * by the caller). Returns false when the user has no such rule.
     */
    public boolean update(long userId, long id, CategoryRule r) {
        tx.changed(userId);
        var e = tx.session().find(RuleEntity.class, id);
        if (e == null || e.userId != userId) {
            return false;
        }
        e.field = r.field().name();
        e.matchKind = r.kind().name();
        e.pattern = r.pattern().strip();
        int scale = ProfileScale.of(tx, userId);
        e.minCents = r.min() == null ? null : Money.toMinor(r.min(), scale);
        e.maxCents = r.max() == null ? null : Money.toMinor(r.max(), scale);
        e.categoryId = r.categoryId();
        e.setPayee = r.setPayee() == null || r.setPayee().isBlank() ? null : r.setPayee().strip();
        tx.session().flush();
        return true;
    }

    /** Gives the user's rules the positions 1, 2, ... in the order of {@code ids} (which must be all of them). */
    public void reorder(long userId, List<Long> ids) {
        tx.changed(userId);
        int position = 1;
        for (long id : ids) {
            tx.session().createMutationQuery(
            "update RuleEntity r set r.position = :p where r.userId = :u and r.id = :id")
                    .setParameter("p", position++).setParameter("u", userId).setParameter("id", id).executeUpdate();
        }
    }

    public boolean delete(long userId, long id) {
        tx.changed(userId);
        return tx.session().createMutationQuery("delete from RuleEntity r where r.userId = :u and r.id = :id")
                .setParameter("u", userId).setParameter("id", id).executeUpdate() == 1;
    }

    private static CategoryRule toDomain(Object[] row, int scale) {
        return ((RuleEntity) row[0]).toDomain((String) row[1], scale);
    }
}
