package io.spendsense.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What finding unusual spending needs besides expenses: first payments per payee, recurring ids, dismissals. */
public final class InsightRepository {
    private final Transactions tx;

    public InsightRepository(Transactions tx) {
        this.tx = tx;
    }

    /** Per lower-cased payee, the first day the user paid it. */
    public Map<String, LocalDate> payeeFirstSeen(long userId) {
        var first = new HashMap<String, LocalDate>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select lower(trim(payee)), min(expense_date) from expenses"
                    + " where user_id = ? and payee <> '' group by lower(trim(payee))")) {
                ps.setLong(1, userId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        first.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
                    }
                }
            }
        });
        return first;
    }

    /** Ids of the user's expenses that recurring templates created. */
    public Set<Long> recurringExpenseIds(long userId) {
        return ids(userId, "select o.expense_id from recurring_occurrences o join recurring_templates t"
                + " on t.id = o.template_id where t.user_id = ? and o.expense_id is not null");
    }

    /** "KIND:expenseId" of every insight the user dismissed. */
    public Set<String> dismissed(long userId) {
        var keys = new HashSet<String>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select kind, expense_id from dismissed_insights where user_id = ?")) {
                ps.setLong(1, userId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1) + ":" + rs.getLong(2));
                    }
                }
            }
        });
        return keys;
    }

    /** Records a dismissal; the expense must be the user's (checked by the caller in the same transaction). */
    public void dismiss(long userId, long expenseId, String kind, Instant now) {
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("insert or ignore into dismissed_insights (user_id, expense_id, kind,"
                    + " dismissed_at) values (?, ?, ?, ?)")) {
                ps.setLong(1, userId);
                ps.setLong(2, expenseId);
                ps.setString(3, kind);
                ps.setLong(4, now.toEpochMilli());
                ps.executeUpdate();
            }
        });
    }

    private Set<Long> ids(long userId, String sql) {
        var ids = new HashSet<Long>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement(sql)) {
                ps.setLong(1, userId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        });
        return ids;
    }
}
