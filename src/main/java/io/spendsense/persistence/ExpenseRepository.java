package io.spendsense.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.Money;
import io.spendsense.domain.MonthCategoryTotal;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Page;
import io.spendsense.domain.PayeeTotal;
import io.spendsense.domain.PayeeUsage;
import io.spendsense.domain.Slice;
import io.spendsense.domain.Totals;

/**
 * One user's expenses. Every query carries the owner's id; summaries are SQL aggregates and lists are paged
 * in SQL, so nothing here loads all of a user's rows.
 */
public final class ExpenseRepository {
    private static final String SELECT = "select e from ExpenseEntity e join fetch e.category c where ";
    /**
     * Pages and extremes select the ids first and then those rows ({@link #rows}): SQLite then sorts only the keys
     * of the matching rows, not whole rows, which for the 34,000 expenses at one payee is 13 ms against 60.
     */
    private static final String IDS = "select e.id from ExpenseEntity e where ";
    /** See {@link #alongOrder}. */
    static final int SCAN_FROM_MATCHES = 5000;
    /** {@link #IDS} for the one order that reads the category's name. */
    private static final String IDS_BY_CATEGORY = "select e.id from ExpenseEntity e join e.category c where ";
    private final Transactions tx;
    private final MonthTotals monthTotals;

    public ExpenseRepository(Transactions tx) {
        this.tx = tx;
        this.monthTotals = new MonthTotals(tx);
    }

    /** Inserts one expense; the category must be the user's (checked by the caller in the same transaction). */
    public Expense insert(long userId, ExpenseDraft draft, Instant now) {
        tx.changed(userId);
        var s = tx.session();
        var e = new ExpenseEntity();
        e.userId = userId;
        e.category = s.find(CategoryEntity.class, draft.categoryId());
        int scale = ProfileScale.of(tx, userId);
        copy(draft, e, scale);
        e.createdAt = now.toEpochMilli();
        e.updatedAt = e.createdAt;
        s.persist(e);
        s.flush();
        s.refresh(e);
        return e.toDomain(scale);
    }

    /**
     * Puts a deleted expense of the user back as it was: its id (when no row has taken it since; else a new one),
     * version and creation time, so that what referred to it (an undo history, another window's copy) still does.
     * The category must be the user's (checked by the caller in the same transaction).
     */
    public Expense undelete(long userId, Expense deleted, Instant now) {
        tx.changed(userId);
        var s = tx.session();
        s.flush();
        int scale = ProfileScale.of(tx, userId);
        long id = s.doReturningWork(c -> {
            boolean taken;
            try (var ps = c.prepareStatement("select count(*) from expenses where id = ?")) {
                ps.setLong(1, deleted.id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    taken = rs.getLong(1) > 0;
                }
            }
            var row = ExpenseRow.of(deleted.toDraft(), null, scale);
            try (var ps = c.prepareStatement("insert into expenses (" + (taken ? "" : "id, ") + "user_id, category_id,"
                    + " amount_cents, expense_date, description, payee, notes, created_at, updated_at, version,"
                    + " original_currency, original_minor, rate, rate_estimated)"
                    + " values (" + (taken ? "" : "?, ") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
                int i = 1;
                if (!taken) {
                    ps.setLong(i++, deleted.id());
                }
                ps.setLong(i++, userId);
                ps.setLong(i++, row.categoryId());
                ps.setLong(i++, row.cents());
                tx.vendor().setDate(ps, i++, row.date());
                ps.setString(i++, row.description());
                ps.setString(i++, row.payee());
                ps.setString(i++, row.notes());
                ps.setLong(i++, deleted.createdAt() == null ? now.toEpochMilli() : deleted.createdAt().toEpochMilli());
                ps.setLong(i++, now.toEpochMilli());
                ps.setInt(i++, deleted.version());
                row.bindOriginal(ps, i);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return find(userId, id).orElseThrow();
    }

    /**
     * Inserts many expenses of one user inside the current transaction: the import path, where Hibernate's identity
     * inserts would not batch. Ids are not needed back. On SQLite ({@link BulkLoad}) the rows go in JDBC batches with
     * the per-row triggers (month totals, search texts), which would more than halve the speed, dropped for the batch
     * and created again in this transaction, their work done set-based; a load large beside the table also drops the
     * secondary indexes and builds them again after the rows. On PostgreSQL ({@link PostgresCopy}) they go in one
     * {@code COPY}, whose statement-level triggers keep the totals and texts.
     */
    public void insertAll(long userId, List<ExpenseDraft> drafts, Instant now) {
        insertAll(userId, drafts, null, now);
    }

    /**
     * As {@link #insertAll(long, List, Instant)}, each expense with its statement reference ({@code references}
     * parallel to {@code drafts}, an element or the whole list null when there is none), kept so that an overlapping
     * statement adds only what is new.
     */
    public void insertAll(long userId, List<ExpenseDraft> drafts, List<String> references, Instant now) {
        if (references != null && references.size() != drafts.size()) {
            throw new IllegalArgumentException("one reference per draft");
        }
        if (drafts.isEmpty()) {
            return;
        }
        tx.changed(userId);   // once for the whole load: no trigger per row (decision 0021)
        var rows = new ArrayList<ExpenseRow>(drafts.size());
        int scale = ProfileScale.of(tx, userId);
        for (int i = 0; i < drafts.size(); i++) {
            rows.add(ExpenseRow.of(drafts.get(i), references == null ? null : references.get(i), scale));
        }
        tx.session().doWork(connection -> tx.vendor().insertExpenses(connection, userId, rows, now.toEpochMilli()));
    }

    public Optional<Expense> update(long userId, long id, ExpenseDraft draft, Instant now) {
        return update(userId, id, null, draft, now);
    }

    /**
     * Changes the user's expense to the draft, when it is still at {@code expectedVersion} (null: whatever it is);
     * empty when the user has no such expense. A {@link ChangedMeanwhileException} with the stored expense when it has
     * been changed since that version: nothing is written. Hibernate's version check on the update (V17) catches a
     * change that lands between the read and the write.
     */
    public Optional<Expense> update(long userId, long id, Integer expectedVersion, ExpenseDraft draft, Instant now) {
        tx.changed(userId);
        int scale = ProfileScale.of(tx, userId);
        return entity(userId, id).map(e -> {
            if (expectedVersion != null && e.version != expectedVersion) {
                throw new ChangedMeanwhileException(e.toDomain(scale));
            }
            var s = tx.session();
            e.category = s.find(CategoryEntity.class, draft.categoryId());
            copy(draft, e, scale);
            e.updatedAt = now.toEpochMilli();
            s.flush();
            s.refresh(e);
            return e.toDomain(scale);
        });
    }

    public boolean delete(long userId, long id) {
        tx.changed(userId);
        return tx.session().createMutationQuery("delete from ExpenseEntity e where e.userId = :u and e.id = :id")
                .setParameter("u", userId).setParameter("id", id).executeUpdate() == 1;
    }

    public Optional<Expense> find(long userId, long id) {
        int scale = ProfileScale.of(tx, userId);
        return entity(userId, id).map(e -> e.toDomain(scale));
    }

    /**
     * A page by position, for the command line and tests: {@link #pageAfter} is the table's way, which never counts
     * and never skips rows. The total is counted only when the page is full.
     */
    public Page<Expense> page(long userId, ExpenseFilter filter, ExpenseSort sort, int offset, int limit) {
        var clause = clause(userId, filter);
        List<Expense> items = rows(userId, clause.bind(tx.session().createSelectionQuery(
                        (sort.field() == ExpenseSort.Field.CATEGORY ? IDS_BY_CATEGORY : IDS) + clause.where()
                                + orderBy(sort), Long.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList());
        long total = items.size() < limit && (offset == 0 || !items.isEmpty())
                ? offset + items.size() : totals(userId, filter).count();
        return new Page<>(items, offset, total);
    }

    /**
     * Up to {@code limit} matching expenses in {@code sort}'s order that come after {@code after} (null: the first
     * page), and whether more follow: keyset paging (decision 0015). Each order is a range of one index, so the 200th
     * thousand row costs what the first does; the category order reads one category at a time, in name order.
     */
    public Slice<Expense> pageAfter(long userId, ExpenseFilter filter, ExpenseSort sort, Expense after, int limit) {
        if (sort.field() == ExpenseSort.Field.CATEGORY) {
            return byCategoryAfter(userId, filter, sort.ascending(), after, limit);
        }
        var clause = clause(userId, filter);
        var where = new StringBuilder(clause.where());
        var q = new HashMap<String, Object>();
        if (after != null) {
            String cmp = sort.ascending() ? ">" : "<";
            String tail = "e.date " + cmp + " :afterDate or (e.date = :afterDate and e.id " + cmp + " :afterId)";
            String key = switch (sort.field()) {
                case DATE -> null;
                case AMOUNT -> "e.amountCents";
                case DESCRIPTION -> "lower(e.description)";
                case PAYEE -> "lower(e.payee)";
                case CATEGORY -> throw new IllegalStateException("read by category");
            };
            q.put("afterDate", after.date());
            q.put("afterId", after.id());
            if (key == null) {
                where.append(" and e.date ").append(cmp).append("= :afterDate and (").append(tail).append(')');
            } else {
                // the key as the column's lower() holds it, lowered here: a parameter's lower() would follow the
                // database's locale on PostgreSQL, the column's folds ASCII letters only (SearchTexts.lower)
                String value = ":afterKey";
                q.put("afterKey", switch (sort.field()) {
                    case AMOUNT -> Money.toMinor(after.amount(), ProfileScale.of(tx, userId));
                    case DESCRIPTION -> SearchTexts.lower(nullToEmpty(after.description()));
                    default -> SearchTexts.lower(nullToEmpty(after.payee()));
                });
                where.append(" and ").append(key).append(' ').append(cmp).append("= ").append(value)
                        .append(" and (").append(key).append(' ').append(cmp).append(' ').append(value)
                        .append(" or ").append(tail).append(')');
            }
        }
        String rest = where.substring(clause.where().length());
        String chosen = alongOrder(clause, rest, q) ? clause.scanWhere() + rest : where.toString();
        var query = clause.bind(tx.session().createSelectionQuery(IDS + chosen + keysetOrder(sort), Long.class));
        q.forEach(query::setParameter);
        return Slice.of(rows(userId, query.setMaxResults(limit + 1).getResultList()), limit);
    }

    /**
     * Whether a page of a search is read along its order's index, testing each row's texts, rather than through the
     * text indexes and a sort of every match: when at least {@link #SCAN_FROM_MATCHES} rows match (counted through the
     * text indexes, at most that many read), a page is then found within a few thousand rows of the order, while
     * sorting the matches would cost each of them ("coffee" in a million expenses: 1 ms against 70).
     */
    private boolean alongOrder(FilterClause clause, String rest, Map<String, Object> q) {
        if (clause.textTerms() == 0) {
            return false;
        }
        var probe = clause.bind(tx.session().createSelectionQuery(IDS + clause.where() + rest, Long.class));
        q.forEach(probe::setParameter);
        return probe.setMaxResults(SCAN_FROM_MATCHES).getResultList().size() >= SCAN_FROM_MATCHES;
    }

    /** {@link #pageAfter} in category order: each category in name order (ties by id), newest or oldest first. */
    private Slice<Expense> byCategoryAfter(long userId, ExpenseFilter filter, boolean ascending, Expense after,
                                           int limit) {
        String dir = ascending ? " asc" : " desc";
        List<Long> order = tx.session().createSelectionQuery("select c.id from CategoryEntity c where c.userId = :u"
                        + " order by lower(c.name)" + dir + ", c.id" + dir, Long.class)
                .setParameter("u", userId).getResultList();
        int start = after == null ? 0 : order.indexOf(after.categoryId());
        if (start < 0) {
            return new Slice<>(List.of(), false);
        }
        var clause = clause(userId, filter);
        String where = alongOrder(clause, "", Map.of()) ? clause.scanWhere() : clause.where();
        String cmp = ascending ? ">" : "<";
        var items = new ArrayList<Expense>();
        for (int k = start; k < order.size() && items.size() <= limit; k++) {
            long category = order.get(k);
            if (!filter.categoryIds().isEmpty() && !filter.categoryIds().contains(category)
                    || filter.excludedCategoryIds().contains(category)) {
                continue;
            }
            boolean within = after != null && k == start;
            var query = clause.bind(tx.session().createSelectionQuery(IDS + where
                    + " and e.category.id = :pageCategory"
                    + (within ? " and e.date " + cmp + "= :afterDate and (e.date " + cmp + " :afterDate or e.id "
                    + cmp + " :afterId)" : "")
                    + " order by e.date" + dir + ", e.id" + dir, Long.class));
            query.setParameter("pageCategory", category);
            if (within) {
                query.setParameter("afterDate", after.date()).setParameter("afterId", after.id());
            }
            items.addAll(rows(userId, query.setMaxResults(limit + 1 - items.size()).getResultList()));
        }
        return Slice.of(items, limit);
    }

    /**
     * Hands the matching expenses to {@code action} oldest first (ties by id), reading rows as plain values so that a
     * long export does not fill the session. Category colors and timestamps are not loaded.
     */
    public void forEachInDateOrder(long userId, ExpenseFilter filter, Consumer<Expense> action) {
        var clause = clause(userId, filter);
        int scale = ProfileScale.of(tx, userId);
        try (var rows = clause.bind(tx.session().createSelectionQuery(
                "select e.id, e.date, e.amountCents, c.id, c.name, e.description, e.payee, e.notes,"
                        + " e.originalCurrency, e.originalMinor, e.rate, e.rateEstimated, e.attachmentCount"
                        + " from ExpenseEntity e join e.category c where " + clause.where() + " order by e.date, e.id",
                Object[].class)).setFetchSize(1000).getResultStream()) {
            rows.forEach(r -> action.accept(new Expense(((Number) r[0]).longValue(), (LocalDate) r[1],
                    Money.fromMinor(((Number) r[2]).longValue(), scale), ((Number) r[3]).longValue(), (String) r[4],
                    null,
                    (String) r[5], (String) r[6], (String) r[7], null, null, ExpenseEntity.foreign((String) r[8],
                    r[9] == null ? null : ((Number) r[9]).longValue(), (String) r[10], Boolean.TRUE.equals(r[11])),
                    ((Number) r[12]).intValue())));
        }
    }

    /** Whether any matching expense was paid in another currency than the profile's (what an export's header needs). */
    public boolean anyForeign(long userId, ExpenseFilter filter) {
        var clause = clause(userId, filter);
        return !clause.bind(tx.session().createSelectionQuery("select e.id from ExpenseEntity e where "
                + clause.where() + " and e.originalCurrency is not null", Long.class)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** One expense as a rule sees it: no entity, no category name, no dates. */
    public record RuleRow(long id, String payee, String description, long amountCents, long categoryId) {
    }

    /**
     * The user's expenses that the rule may match and would change, as {@link RuleRow}s in id order: a superset that
     * SQLite narrows in its own scan ({@link RuleCandidates}), for the caller to confirm with
     * {@link CategoryRule#matches}. A million rows are scanned in a few hundred milliseconds; only candidates become
     * Java objects.
     */
    public void forEachRuleCandidate(long userId, CategoryRule rule, String newPayee, Consumer<RuleRow> action) {
        var where = RuleCandidates.where(rule, newPayee, tx.vendor());
        var q = tx.session().createNativeQuery("select e.id, e.payee, e.description, e.amount_cents, e.category_id"
                + " from " + where.from() + " where e.user_id = :u and " + where.sql() + " order by e.id",
                        Object[].class)
                .setParameter("u", userId);
        where.params().forEach(q::setParameter);
        try (var rows = q.setFetchSize(5000).setReadOnly(true).getResultStream()) {
            rows.forEach(r -> action.accept(new RuleRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue())));
        }
    }

    /**
     * As {@link #forEachRuleCandidate}, as whole expenses (with the category name) oldest first (ties by id): what a
     * rule preview lists.
     */
    public void forEachRuleCandidateInDateOrder(long userId, CategoryRule rule, String newPayee,
                                                Consumer<Expense> action) {
        var where = RuleCandidates.where(rule, newPayee, tx.vendor());
        int scale = ProfileScale.of(tx, userId);
        var q = tx.session().createNativeQuery("select e.id, e.expense_date, e.amount_cents, c.id, c.name,"
                + " e.description, e.payee, e.notes, (select count(*) from attachments a where a.expense_id = e.id)"
                + " from " + where.from() + " join categories c on c.id = e.category_id"
                + " where e.user_id = :u and " + where.sql() + " order by e.expense_date, e.id", Object[].class)
                .setParameter("u", userId);
        where.params().forEach(q::setParameter);
        try (var rows = q.setFetchSize(1000).setReadOnly(true).getResultStream()) {
            rows.forEach(r -> action.accept(new Expense(((Number) r[0]).longValue(), LocalDate.parse(r[1].toString()),
                    Money.fromMinor(((Number) r[2]).longValue(), scale), ((Number) r[3]).longValue(), (String) r[4],
                    null,
                    (String) r[5], (String) r[6], (String) r[7], null, null, null, ((Number) r[8]).intValue())));
        }
    }

    /** From this many ids on, {@link #recategorize} moves the month totals set-based instead of per row. */
    static final int BULK_RECATEGORIZE = 1000;

    /**
     * Sets the category (and, when {@code payee} is not null, the payee) of the given expenses of the user, set-based;
     * returns how many rows changed. Up to {@link #BULK_RECATEGORIZE} ids: statements of at most 500 ids, the
     * month-totals trigger keeping the totals. From there on (a rule applied to tens of thousands of expenses) the
     * vendor's way ({@link Vendor#recategorizeMany}): on SQLite the per-row trigger is dropped for it, on PostgreSQL
     * one statement with a statement-level trigger.
     */
    public int recategorize(long userId, List<Long> ids, long categoryId, String payee, Instant now) {
        tx.changed(userId);
        var s = tx.session();
        s.flush();
        if (ids.size() >= BULK_RECATEGORIZE) {
            int changed = s.doReturningWork(c -> tx.vendor().recategorizeMany(c, userId, ids, categoryId, payee, now));
            s.clear();
            return changed;
        }
        // "versioned": the change counts up each row's version, so an edit made from before it is refused
        String hql = "update versioned ExpenseEntity e set e.category.id = :c, e.updatedAt = :now"
                + (payee == null ? "" : ", e.payee = :p")
                // "+ 0": without statistics SQLite would walk the user's index (a million rows) for each 500 ids;
                // this way it looks the ids up by primary key, and the user check still holds for each row
                + " where e.id in (:ids) and e.userId + 0 = :u";
        int changed = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            var q = s.createMutationQuery(hql).setParameter("c", categoryId).setParameter("now", now.toEpochMilli())
                    .setParameter("u", userId)
                    .setParameterList("ids", ids.subList(from, Math.min(ids.size(), from + 500)));
            if (payee != null) {
                q.setParameter("p", payee);
            }
            changed += q.executeUpdate();
        }
        s.clear();
        return changed;
    }

    /** The largest (or smallest) matching expenses, ties broken by the earlier date. */
    public List<Expense> extremes(long userId, ExpenseFilter filter, boolean largest, int limit) {
        var clause = clause(userId, filter);
        String order = largest ? " order by e.amountCents desc, e.date, e.id" : " order by e.amountCents, e.date, e.id";
        return rows(userId, clause.bind(tx.session().createSelectionQuery(IDS + clause.where() + order, Long.class))
                .setMaxResults(limit).getResultList());
    }

    /** The user's expenses with these ids, in the ids' order. */
    private List<Expense> rows(long userId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, Expense>();
        int scale = ProfileScale.of(tx, userId);
        tx.session().createSelectionQuery(SELECT + "e.userId = :u and e.id in :ids", ExpenseEntity.class)
                .setParameter("u", userId).setParameter("ids", ids).getResultStream()
                .forEach(e -> byId.put(e.id, e.toDomain(scale)));
        return ids.stream().map(byId::get).toList();
    }

    public Totals totals(long userId, ExpenseFilter filter) {
        if (MonthTotals.answers(filter)) {
            return monthTotals.totals(userId, filter);
        }
        var clause = clause(userId, filter);
        Object[] row = clause.bind(tx.session().createSelectionQuery(
                "select coalesce(sum(e.amountCents), 0), count(e) from ExpenseEntity e where " + clause.where(),
                Object[].class)).getSingleResult();
        return new Totals(Money.fromMinor(((Number) row[0]).longValue(), ProfileScale.of(tx, userId)),
                ((Number) row[1]).longValue());
    }

    /** Totals per category, largest first (ties by name). */
    public List<CategoryTotal> byCategory(long userId, ExpenseFilter filter) {
        if (MonthTotals.answers(filter)) {
            return monthTotals.byCategory(userId, filter);
        }
        var clause = clause(userId, filter);
        int scale = ProfileScale.of(tx, userId);
        return clause.bind(tx.session().createSelectionQuery(
                        "select c.id, c.name, c.color, sum(e.amountCents), count(e) from ExpenseEntity e join "
                        + "e.category c"
                                + " where " + clause.where() + " group by c.id, c.name, c.color"
                                + " order by sum(e.amountCents) desc, c.name", Object[].class))
                .getResultStream()
                .map(r -> new CategoryTotal(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        Money.fromMinor(((Number) r[3]).longValue(), scale), ((Number) r[4]).longValue()))
                .toList();
    }

    /**
     * Totals per payee, largest first (ties by name), the first {@code limit}. Expenses without a payee are left out;
     * payees that differ only in case or surrounding spaces are one, shown as the first spelling in order.
     */
    public List<PayeeTotal> byPayee(long userId, ExpenseFilter filter, int limit) {
        var clause = clause(userId, filter);
        int scale = ProfileScale.of(tx, userId);
        return clause.bind(tx.session().createSelectionQuery(
                        "select min(e.payee), sum(e.amountCents), count(e) from ExpenseEntity e where "
                                + clause.where() + " and e.payee is not null and trim(e.payee) <> ''"
                                + " group by lower(trim(e.payee))"
                                + " order by sum(e.amountCents) desc, lower(trim(e.payee))", Object[].class))
                .setMaxResults(limit).getResultStream()
                .map(r -> new PayeeTotal(((String) r[0]).strip(), Money.fromMinor(((Number) r[1]).longValue(), scale),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** Totals per calendar month that has expenses, in month order. */
    public List<MonthTotal> byMonth(long userId, ExpenseFilter filter) {
        if (MonthTotals.answers(filter)) {
            return monthTotals.byMonth(userId, filter);
        }
        var clause = clause(userId, filter);
        int scale = ProfileScale.of(tx, userId);
        return clause.bind(tx.session().createSelectionQuery(
                        "select year(e.date), month(e.date), sum(e.amountCents), count(e) from ExpenseEntity e where "
                                + clause.where() + " group by year(e.date), month(e.date)"
                                + " order by year(e.date), month(e.date)", Object[].class))
                .getResultStream()
                .map(r -> new MonthTotal(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        Money.fromMinor(((Number) r[2]).longValue(), scale), ((Number) r[3]).longValue()))
                .toList();
    }

    /** Totals per month and category, for stacked monthly charts. */
    public List<MonthCategoryTotal> byMonthAndCategory(long userId, ExpenseFilter filter) {
        if (MonthTotals.answers(filter)) {
            return monthTotals.byMonthAndCategory(userId, filter);
        }
        var clause = clause(userId, filter);
        int scale = ProfileScale.of(tx, userId);
        return clause.bind(tx.session().createSelectionQuery(
                        "select year(e.date), month(e.date), c.id, c.name, c.color, sum(e.amountCents)"
                                + " from ExpenseEntity e join e.category c where " + clause.where()
                                + " group by year(e.date), month(e.date), c.id, c.name, c.color"
                                + " order by year(e.date), month(e.date), c.name", Object[].class))
                .getResultStream()
                .map(r -> new MonthCategoryTotal(YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                        Money.fromMinor(((Number) r[5]).longValue(), scale)))
                .toList();
    }

    /** The payees the user has used, most used first, with the category used most often for each. */
    public List<PayeeUsage> payees(long userId) {
        List<Object[]> rows = tx.session().createSelectionQuery(
                        "select e.payee, e.category.id, count(e) from ExpenseEntity e where e.userId = :u and "
                        + "e.payee <> ''"
                                + " group by e.payee, e.category.id order by e.payee, count(e) desc, e.category.id",
                        Object[].class)
                .setParameter("u", userId).getResultList();
        var result = new ArrayList<PayeeUsage>();
        String previous = null;
        for (Object[] r : rows) {
            String payee = (String) r[0];
            long count = ((Number) r[2]).longValue();
            if (payee.equals(previous)) {
                var last = result.remove(result.size() - 1);
                result.add(new PayeeUsage(payee, last.usualCategoryId(), last.count() + count));
            } else {
                result.add(new PayeeUsage(payee, ((Number) r[1]).longValue(), count));
            }
            previous = payee;
        }
        result.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.payee()
                .compareTo(b.payee()));
        return result;
    }

    /**
     * Identity keys (date, cents, payee, description) of the user's expenses between two dates, for duplicate checks.
     */
    public Set<String> keysBetween(long userId, LocalDate from, LocalDate to) {
        var keys = new HashSet<String>();
        tx.session().createSelectionQuery(
                        "select e.date, e.amountCents, e.payee, e.description from ExpenseEntity e"
                                + " where e.userId = :u and e.date between :from and :to", Object[].class)
                .setParameter("u", userId).setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .forEach(r -> keys.add(
                        identityKey((LocalDate) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3])));
        return keys;
    }

    /**
     * Identity keys of the user's expenses between two dates, for duplicate checks, in two sets: {@code all} of
     * them, and {@code unreferenced}, those stored without a statement reference (entered by hand, imported from CSV
     * or QIF, or before references were kept). A line with a reference is a duplicate of the latter only: an expense
     * with another reference is another transaction, however alike.
     */
    public record Keys(Set<String> all, Set<String> unreferenced) {
        public static final Keys NONE = new Keys(Set.of(), Set.of());
    }

    public Keys keysWithReferencesBetween(long userId, LocalDate from, LocalDate to) {
        var all = new HashSet<String>();
        var unreferenced = new HashSet<String>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select expense_date, amount_cents, payee, description, import_ref,"
                    + " original_currency, original_minor from expenses where user_id = ? and expense_date between ?"
                    + " and ?")) {
                ps.setLong(1, userId);
                tx.vendor().setDate(ps, 2, from);
                tx.vendor().setDate(ps, 3, to);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String currency = rs.getString(6);
                        LocalDate date = LocalDate.parse(rs.getString(1));
                        String key = currency == null
                                ? identityKey(date, rs.getLong(2), rs.getString(3), rs.getString(4))
                                : identityKey(date, currency, rs.getLong(7), rs.getString(3), rs.getString(4));
                        all.add(key);
                        if (rs.getString(5) == null) {
                            unreferenced.add(key);
                        }
                    }
                }
            }
        });
        return new Keys(all, unreferenced);
    }

    /** Which of {@code references} the user already has on an expense (the index on user and reference answers). */
    public Set<String> knownReferences(long userId, java.util.Collection<String> references) {
        var known = new HashSet<String>();
        var list = new ArrayList<>(references);
        tx.session().doWork(c -> {
            for (int from = 0; from < list.size(); from += 500) {
                var chunk = list.subList(from, Math.min(list.size(), from + 500));
                var sql = new StringBuilder("select import_ref from expenses where user_id = ?"
                        + " and import_ref is not null and import_ref in (");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "?" : ", ?");
                }
                try (var ps = c.prepareStatement(sql.append(')').toString())) {
                    ps.setLong(1, userId);
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 2, chunk.get(i));
                    }
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
            }
        });
        return known;
    }

    /**
     * The identity of an expense paid in another currency: its amount as paid ({@code minor} units of
     * {@code currency}), not as converted, so that a file imported again after its rates changed still finds it.
     */
    public static String identityKey(LocalDate date, String currency, long minor, String payee, String description) {
        return date + "\u0000" + currency + " " + minor + "\u0000"
                + nullToEmpty(payee).strip().toLowerCase(java.util.Locale.ROOT)
                + "\u0000" + nullToEmpty(description).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The identity of an expense for duplicate detection: equal date, amount, payee and description. */
    public static String identityKey(LocalDate date, long cents, String payee, String description) {
        return date + "\u0000" + cents + "\u0000" + nullToEmpty(payee).strip().toLowerCase(java.util.Locale.ROOT)
                + "\u0000" + nullToEmpty(description).strip().toLowerCase(java.util.Locale.ROOT);
    }

    public long count(long userId) {
        return totals(userId, ExpenseFilter.ALL).count();
    }

    public Optional<LocalDate[]> dateRange(long userId) {
        Object[] r = tx.session().createSelectionQuery(
                        "select min(e.date), max(e.date) from ExpenseEntity e where e.userId = :u", Object[].class)
                .setParameter("u", userId).getSingleResult();
        return r[0] == null ? Optional.empty() : Optional.of(new LocalDate[] {(LocalDate) r[0], (LocalDate) r[1]});
    }

    private Optional<ExpenseEntity> entity(long userId, long id) {
        return tx.session().createSelectionQuery(SELECT + "e.userId = :u and e.id = :id", ExpenseEntity.class)
                .setParameter("u", userId).setParameter("id", id).uniqueResultOptional();
    }

    private static void copy(ExpenseDraft d, ExpenseEntity e, int scale) {
        e.amountCents = Money.toMinor(d.amount(), scale);
        e.setForeign(d.foreign());
        e.date = d.date();
        e.description = nullToEmpty(d.description());
        e.payee = nullToEmpty(d.payee());
        e.notes = blankToNull(d.notes());
    }

    private static String orderBy(ExpenseSort sort) {
        return sort.field() == ExpenseSort.Field.CATEGORY
                ? " order by lower(c.name)" + dir(sort) + ", c.id" + dir(sort) + ", e.date" + dir(sort) + ", e.id"
                + dir(sort) : keysetOrder(sort);
    }

    /** The whole key reverses with the direction: the column, then the date, then the id. */
    private static String keysetOrder(ExpenseSort sort) {
        String dir = dir(sort);
        String key = switch (sort.field()) {
            case DATE -> "";
            case AMOUNT -> "e.amountCents" + dir + ", ";
            case DESCRIPTION -> "lower(e.description)" + dir + ", ";
            case PAYEE -> "lower(e.payee)" + dir + ", ";
            case CATEGORY -> throw new IllegalStateException("read by category");
        };
        return " order by " + key + "e.date" + dir + ", e.id" + dir;
    }

    private static String dir(ExpenseSort sort) {
        return sort.ascending() ? " asc" : " desc";
    }

    private FilterClause clause(long userId, ExpenseFilter filter) {
        return new FilterClause(userId, filter, ProfileScale.of(tx, userId),
                needle -> SearchTexts.containing(tx, userId, needle));
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


}
