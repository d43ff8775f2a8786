package io.spendsense.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.Money;

/**
 * One user's budgets with their limit histories. Every method takes the owner's id and never reads or changes another
 * user's rows (a limit history is reached only through its budget's owner).
 */
public final class BudgetRepository {
    private static final String SELECT = "select b, c.name from BudgetEntity b"
            + " left join CategoryEntity c on c.id = b.categoryId where b.userId = :u";
    private static final String LIMITS = "from BudgetLimitEntity l where l.budgetId in"
            + " (select b.id from BudgetEntity b where b.userId = :u)";
    private final Transactions tx;

    public BudgetRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The overall budget first, then by category name. */
    public List<Budget> list(long userId) {
        var rows = tx.session().createSelectionQuery(SELECT + " order by case when b.categoryId is null then 0 else 1"
                        + " end, lower(c.name)", Object[].class)
                .setParameter("u", userId).getResultList();
        var limits = limits(userId, null);
        int scale = ProfileScale.of(tx, userId);
        return rows.stream().map(r -> toDomain(r, limits, scale)).toList();
    }

    public Optional<Budget> find(long userId, long id) {
        return tx.session().createSelectionQuery(SELECT + " and b.id = :id", Object[].class)
                .setParameter("u", userId).setParameter("id", id)
                .uniqueResultOptional().map(r -> toDomain(r, limits(userId, id), ProfileScale.of(tx, userId)));
    }

    /** The budget of a category, or the overall budget when {@code categoryId} is null. */
    public Optional<Budget> findFor(long userId, Long categoryId) {
        var q = tx.session().createSelectionQuery(SELECT + (categoryId == null ? " and b.categoryId is null"
                : " and b.categoryId = :c"), Object[].class).setParameter("u", userId);
        if (categoryId != null) {
            q.setParameter("c", categoryId);
        }
        return q.uniqueResultOptional().map(r -> toDomain(r, limits(userId, ((BudgetEntity) r[0]).id),
                ProfileScale.of(tx, userId)));
    }

    /**
     * Creates the budget, or changes the existing one for the same category (or the overall one), with the limit
     * history {@code limits} (in month order, the first at {@code startMonth}; it replaces the stored one).
     */
    public Budget save(long userId, Long categoryId, List<BudgetLimit> limits, boolean rollover, YearMonth startMonth,
                       Instant now) {
        tx.changed(userId);
        var s = tx.session();
        var existing = findFor(userId, categoryId);
        BudgetEntity e = existing.isPresent() ? s.find(BudgetEntity.class, existing.get().id()) : new BudgetEntity();
        e.userId = userId;
        e.categoryId = categoryId;
        int scale = ProfileScale.of(tx, userId);
        e.limitCents = Money.toMinor(limits.get(limits.size() - 1).limit(), scale);
        e.rollover = rollover;
        e.startMonth = startMonth.toString();
        e.updatedAt = now.toEpochMilli();
        if (existing.isEmpty()) {
            e.createdAt = e.updatedAt;
            s.persist(e);
        }
        s.flush();
        // removed and flushed first, so the new rows never meet the old ones in the unique (budget, month) index
        s.createSelectionQuery("from BudgetLimitEntity l where l.budgetId = :b", BudgetLimitEntity.class)
                .setParameter("b", e.id).getResultList().forEach(s::remove);
        s.flush();
        for (BudgetLimit l : limits) {
            var row = new BudgetLimitEntity();
            row.budgetId = e.id;
            row.fromMonth = l.from().toString();
            row.limitCents = Money.toMinor(l.limit(), scale);
            s.persist(row);
        }
        s.flush();
        return find(userId, e.id).orElseThrow();
    }

    public boolean delete(long userId, long id) {
        tx.changed(userId);
        // the limit history goes with the budget (on delete cascade)
        return tx.session().createMutationQuery("delete from BudgetEntity b where b.userId = :u and b.id = :id")
                .setParameter("u", userId).setParameter("id", id).executeUpdate() == 1;
    }

    /** The user's limit histories per budget id (one budget's when {@code budgetId} is not null), in month order. */
    private Map<Long, List<BudgetLimit>> limits(long userId, Long budgetId) {
        var q = tx.session().createSelectionQuery(LIMITS + (budgetId == null ? "" : " and l.budgetId = :b")
                + " order by l.budgetId, l.fromMonth", BudgetLimitEntity.class).setParameter("u", userId);
        if (budgetId != null) {
            q.setParameter("b", budgetId);
        }
        var result = new HashMap<Long, List<BudgetLimit>>();
        int scale = ProfileScale.of(tx, userId);
        for (BudgetLimitEntity l : q.getResultList()) {
            result.computeIfAbsent(l.budgetId, k -> new ArrayList<>()).add(l.toDomain(scale));
        }
        return result;
    }

    private static Budget toDomain(Object[] row, Map<Long, List<BudgetLimit>> limits, int scale) {
        var e = (BudgetEntity) row[0];
        return e.toDomain((String) row[1], limits.get(e.id), scale);
    }
}
