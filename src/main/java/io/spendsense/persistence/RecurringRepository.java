package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.RecurringTemplate;

/**
 * One user's recurring expense templates and the occurrences generated from them. Every method takes the owner's id.
 */
public final class RecurringRepository {
    private static final String SELECT = "select t, c.name from RecurringTemplateEntity t"
            + " join CategoryEntity c on c.id = t.categoryId where t.userId = :u";
    private final Transactions tx;

    public RecurringRepository(Transactions tx) {
        this.tx = tx;
    }

    public List<RecurringTemplate> list(long userId) {
        return tx.session().createSelectionQuery(SELECT + " order by lower(t.payee), lower(t.description), t.id",
                        Object[].class)
                .setParameter("u", userId).getResultStream().map(r -> toDomain(r, ProfileScale.of(tx, userId)))
                .toList();
    }

    public Optional<RecurringTemplate> find(long userId, long id) {
        return tx.session().createSelectionQuery(SELECT + " and t.id = :id", Object[].class)
                .setParameter("u", userId).setParameter("id", id)
                .uniqueResultOptional().map(r -> toDomain(r, ProfileScale.of(tx, userId)));
    }

    /** Creates a template; the category must be the user's (checked by the caller in the same transaction). */
    public RecurringTemplate insert(long userId, RecurringDraft d, Instant now) {
        tx.changed(userId);
        var e = new RecurringTemplateEntity();
        e.userId = userId;
        e.categoryId = d.categoryId();
        e.amountCents = Money.toMinor(d.amount(), ProfileScale.of(tx, userId));
        e.payee = ExpenseRepository.nullToEmpty(d.payee());
        e.description = ExpenseRepository.nullToEmpty(d.description());
        e.scheduleKind = d.schedule().kind().name();
        e.scheduleEvery = d.schedule().every();
        e.scheduleDay = d.schedule().day();
        e.startDate = d.start();
        e.endDate = d.end();
        e.createdAt = now.toEpochMilli();
        e.updatedAt = e.createdAt;
        tx.session().persist(e);
        tx.session().flush();
        return find(userId, e.id).orElseThrow();
    }

    /**
     * Changes a template's amount, category, payee, description, schedule and dates; what it generated so far (its
     * occurrences and generated-through day) stays, so the change applies to the occurrences still to come. The
     * category must be the user's (checked by the caller). Returns false when the user has no such template.
     */
    public boolean update(long userId, long id, RecurringDraft d, Instant now) {
        tx.changed(userId);
        var e = tx.session().find(RecurringTemplateEntity.class, id);
        if (e == null || e.userId != userId) {
            return false;
        }
        e.categoryId = d.categoryId();
        e.amountCents = Money.toMinor(d.amount(), ProfileScale.of(tx, userId));
        e.payee = ExpenseRepository.nullToEmpty(d.payee());
        e.description = ExpenseRepository.nullToEmpty(d.description());
        e.scheduleKind = d.schedule().kind().name();
        e.scheduleEvery = d.schedule().every();
        e.scheduleDay = d.schedule().day();
        e.startDate = d.start();
        e.endDate = d.end();
        e.updatedAt = now.toEpochMilli();
        tx.session().flush();
        return true;
    }

    /** Deletes a template and its record of occurrences; the expenses it created stay. */
    public boolean delete(long userId, long id) {
        tx.changed(userId);
        return tx.session().createMutationQuery(
                        "delete from RecurringTemplateEntity t where t.userId = :u and t.id = :id")
                .setParameter("u", userId).setParameter("id", id).executeUpdate() == 1;
    }

    /** The dates already generated for a template (whether or not their expense still exists). */
    public Set<LocalDate> occurrenceDates(long templateId, LocalDate from, LocalDate to) {
        var dates = new HashSet<LocalDate>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select occurrence_date from recurring_occurrences"
                    + " where template_id = ? and occurrence_date between ? and ?")) {
                ps.setLong(1, templateId);
                tx.vendor().setDate(ps, 2, from);
                tx.vendor().setDate(ps, 3, to);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dates.add(LocalDate.parse(rs.getString(1)));
                    }
                }
            }
        });
        return dates;
    }

    /**
     * Records that a template fell due on a day and creates its expense, unless the day was recorded before (by this
     * or another process): insert-or-ignore on the primary key (template_id, occurrence_date) decides, in the
     * caller's (write) transaction. Returns the new expense's id, or empty when the day was already recorded.
     */
    public Optional<Long> recordOccurrence(long userId, RecurringTemplate t, LocalDate day, Instant now) {
        tx.changed(userId);
        long[] id = {-1};
        int scale = ProfileScale.of(tx, userId);
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("insert into recurring_occurrences (template_id, occurrence_date)"
                    + " values (?, ?) on conflict do nothing")) {
                ps.setLong(1, t.id());
                tx.vendor().setDate(ps, 2, day);
                if (ps.executeUpdate() == 0) {
                    return;
                }
            }
            id[0] = insertExpense(c, tx.vendor(), userId, t, day, now.toEpochMilli(), scale);
            try (var ps = c.prepareStatement("update recurring_occurrences set expense_id = ?"
                    + " where template_id = ? and occurrence_date = ?")) {
                ps.setLong(1, id[0]);
                ps.setLong(2, t.id());
                tx.vendor().setDate(ps, 3, day);
                ps.executeUpdate();
            }
        });
        return id[0] < 0 ? Optional.empty() : Optional.of(id[0]);
    }

    private static long insertExpense(Connection c, Vendor vendor, long userId, RecurringTemplate t, LocalDate day,
                                      long millis, int scale) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into expenses (user_id, category_id, amount_cents,"
                + " expense_date, description, payee, notes, created_at, updated_at) values (?, ?, ?, ?, ?, ?, null, "
                        + "?, ?) returning id")) {
            ps.setLong(1, userId);
            ps.setLong(2, t.categoryId());
            ps.setLong(3, Money.toMinor(t.amount(), scale));
            vendor.setDate(ps, 4, day);
            ps.setString(5, t.description());
            ps.setString(6, t.payee());
            ps.setLong(7, millis);
            ps.setLong(8, millis);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves the template's generated-through day forward (never back: a clock that went backwards changes nothing). */
    public void advance(long userId, long templateId, LocalDate through) {
        tx.changed(userId);
        tx.session().createMutationQuery("update RecurringTemplateEntity t set t.generatedThrough = :d"
                        + " where t.userId = :u and t.id = :id and (t.generatedThrough is null or t.generatedThrough "
                                + "< :d)")
                .setParameter("d", through).setParameter("u", userId).setParameter("id", templateId).executeUpdate();
    }

    private static RecurringTemplate toDomain(Object[] row, int scale) {
        return ((RecurringTemplateEntity) row[0]).toDomain((String) row[1], scale);
    }
}
