package io.spendsense.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * Per lower-cased payee among {@code payees}, the first day the user paid it. Each payee's expenses are a range of
     * the index on {@code lower(payee)}, found through the user's distinct texts (every spelling that trims to it),
     * so the cost is that of the month's payees, not of every expense the user has.
     */
    public Map<String, LocalDate> payeeFirstSeen(long userId, Collection<String> payees) {
        var first = new HashMap<String, LocalDate>();
        var keys = payees.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
        if (keys.isEmpty()) {
            return first;
        }
        tx.session().doWork(c -> {
            // the keys lowered and trimmed here as SQL's lower(trim()) does (SearchTexts.lower): on PostgreSQL a
            // parameter's lower() would follow the database's locale
            var sql = new StringBuilder("select lower(e.payee), min(e.expense_date) from expenses e"
                    + " where e.user_id = ? and lower(e.payee) in (select s.text from search_texts s"
                    + " where s.user_id = ? and trim(s.text) in (");
            for (int k = 0; k < keys.size(); k++) {
                sql.append(k == 0 ? "?" : ", ?");
            }
            try (var ps = c.prepareStatement(sql.append(")) group by lower(e.payee)").toString())) {
                ps.setLong(1, userId);
                ps.setLong(2, userId);
                for (int k = 0; k < keys.size(); k++) {
                    ps.setString(k + 3, SearchTexts.lower(trimSpaces(keys.get(k))));
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        first.merge(trimSpaces(rs.getString(1)), LocalDate.parse(rs.getString(2)),
                                (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        });
        return first;
    }

    /** SQL's {@code trim()}: spaces off both ends, nothing else. */
    static String trimSpaces(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return s.substring(from, to);
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
        tx.changed(userId);
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("insert into dismissed_insights (user_id, expense_id, kind,"
                    + " dismissed_at) values (?, ?, ?, ?) on conflict do nothing")) {
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
