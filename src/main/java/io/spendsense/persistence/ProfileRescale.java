package io.spendsense.persistence;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Moves every stored amount of one user from one scale to another ({@link io.spendsense.domain.Money#scaleOf}), when
 * the profile's currency changes between one with two decimals and one with three (decision 0018): expenses (whose
 * triggers keep the month totals), budgets and their limit history, rules' amount bounds and recurring templates.
 * Runs in the caller's write transaction; plain SQL that both vendors read alike.
 */
public final class ProfileRescale {
    private static final String[] UPDATES = {
        "update expenses set amount_cents = amount_cents %s where user_id = ?",
        "update budgets set limit_cents = limit_cents %s where user_id = ?",
        "update budget_limits set limit_cents = limit_cents %s where budget_id in"
                + " (select id from budgets where user_id = ?)",
        "update category_rules set min_cents = min_cents %1$s, max_cents = max_cents %1$s where user_id = ?",
        "update recurring_templates set amount_cents = amount_cents %s where user_id = ?",
    };
    /** The user's stored amounts that are not whole multiples of ten units, each with a day and an amount to name. */
    private static final String UNEVEN = "select count(*) from (select amount_cents v from expenses where user_id = ?"
            + " union all select limit_cents from budgets where user_id = ?"
            + " union all select l.limit_cents from budget_limits l join budgets b on b.id = l.budget_id"
            + " where b.user_id = ?"
            + " union all select min_cents from category_rules where user_id = ? and min_cents is not null"
            + " union all select max_cents from category_rules where user_id = ? and max_cents is not null"
            + " union all select amount_cents from recurring_templates where user_id = ?) a where a.v % 10 <> 0";
    private final Transactions tx;

    public ProfileRescale(Transactions tx) {
        this.tx = tx;
    }

    /** Stored amounts of the user that a tenth of them would not keep whole, and one expense among them. */
    public record Uneven(long count, LocalDate exampleDate, long exampleUnits) {
    }

    /** The user's amounts with a unit below a tenth (at scale 3: a third decimal), or empty when there are none. */
    public Optional<Uneven> uneven(long userId) {
        tx.session().flush();
        return tx.session().doReturningWork(c -> {
            long count;
            try (var ps = c.prepareStatement(UNEVEN)) {
                for (int i = 1; i <= 6; i++) {
                    ps.setLong(i, userId);
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            if (count == 0) {
                return Optional.<Uneven>empty();
            }
            try (var ps = c.prepareStatement("select expense_date, amount_cents from expenses where user_id = ?"
                    + " and amount_cents % 10 <> 0 order by expense_date, id")) {
                ps.setLong(1, userId);
                ps.setMaxRows(1);
                try (var rs = ps.executeQuery()) {
                    return Optional.of(rs.next() ? new Uneven(count, LocalDate.parse(rs.getString(1)), rs.getLong(2))
                            : new Uneven(count, null, 0));
                }
            }
        });
    }

    /** The user's largest stored amount (0 with none): what ten times it must keep under the schema's bound. */
    public long largest(long userId) {
        tx.session().flush();
        return tx.session().doReturningWork(c -> {
            try (var ps = c.prepareStatement("select max(v) from (select max(amount_cents) v from expenses"
                    + " where user_id = ? union all select max(limit_cents) from budgets where user_id = ?"
                    + " union all select max(amount_cents) from recurring_templates where user_id = ?) a")) {
                for (int i = 1; i <= 3; i++) {
                    ps.setLong(i, userId);
                }
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Multiplies ({@code up}) or divides every stored amount of the user by ten. */
    public void rescale(long userId, boolean up) {
        var s = tx.session();
        s.flush();
        s.doWork(c -> {
            for (String sql : UPDATES) {
                try (var ps = c.prepareStatement(String.format(java.util.Locale.ROOT, sql, up ? "* 10" : "/ 10"))) {
                    ps.setLong(1, userId);
                    ps.executeUpdate();
                }
            }
        });
        // entities read before hold the old units
        s.clear();
    }
}
