package io.spendsense.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.Budget;
import io.spendsense.domain.Money;

/** One user's budgets. Every method takes the owner's id and never reads or changes another user's rows. */
public final class BudgetRepository {
    private static final String SELECT = "select b, c.name from BudgetEntity b"
            + " left join CategoryEntity c on c.id = b.categoryId where b.userId = :u";
    private final Transactions tx;

    public BudgetRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The overall budget first, then by category name. */
    public List<Budget> list(long userId) {
        return tx.session().createSelectionQuery(SELECT + " order by case when b.categoryId is null then 0 else 1 end,"
                        + " lower(c.name)", Object[].class)
                .setParameter("u", userId).getResultStream().map(BudgetRepository::toDomain).toList();
    }

    public Optional<Budget> find(long userId, long id) {
        return tx.session().createSelectionQuery(SELECT + " and b.id = :id", Object[].class)
                .setParameter("u", userId).setParameter("id", id)
                .uniqueResultOptional().map(BudgetRepository::toDomain);
    }

    /** The budget of a category, or the overall budget when {@code categoryId} is null. */
    public Optional<Budget> findFor(long userId, Long categoryId) {
        var q = tx.session().createSelectionQuery(SELECT + (categoryId == null ? " and b.categoryId is null"
                : " and b.categoryId = :c"), Object[].class).setParameter("u", userId);
        if (categoryId != null) {
            q.setParameter("c", categoryId);
        }
        return q.uniqueResultOptional().map(BudgetRepository::toDomain);
    }

    /** Creates the budget, or changes the existing one for the same category (or the overall one). */
    public Budget save(long userId, Long categoryId, BigDecimal limit, boolean rollover, YearMonth startMonth,
                       Instant now) {
        var s = tx.session();
        var existing = findFor(userId, categoryId);
        BudgetEntity e = existing.isPresent() ? s.find(BudgetEntity.class, existing.get().id()) : new BudgetEntity();
        e.userId = userId;
        e.categoryId = categoryId;
        e.limitCents = Money.toCents(limit);
        e.rollover = rollover;
        e.startMonth = startMonth.toString();
        e.updatedAt = now.toEpochMilli();
        if (existing.isEmpty()) {
            e.createdAt = e.updatedAt;
            s.persist(e);
        }
        s.flush();
        return find(userId, e.id).orElseThrow();
    }

    public boolean delete(long userId, long id) {
        return tx.session().createMutationQuery("delete from BudgetEntity b where b.userId = :u and b.id = :id")
                .setParameter("u", userId).setParameter("id", id).executeUpdate() == 1;
    }

    private static Budget toDomain(Object[] row) {
        return ((BudgetEntity) row[0]).toDomain((String) row[1]);
    }
}
