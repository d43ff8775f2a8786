package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.MonthCategoryTotal;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Totals;
import org.hibernate.query.NativeQuery;

/**
 * Summaries of whole months read from {@code expense_month_totals} (kept by triggers, see V2 migration): a year per
 * category reads about 150 rows instead of aggregating some 100,000 expenses. Only for filters it can answer
 * exactly: a period of whole months (or open ends) and perhaps categories, nothing else.
 */
final class MonthTotals {
    private static final String INSERT_TRIGGER = "expense_month_totals_insert";
    private static final String UPDATE_TRIGGER = "expense_month_totals_update";
    private final Transactions tx;

    MonthTotals(Transactions tx) {
        this.tx = tx;
    }

    /** Drops the per-row insert trigger (in the caller's transaction) and returns its SQL to create it again. */
    static String dropInsertTrigger(Connection connection) throws SQLException {
        return dropTrigger(connection, INSERT_TRIGGER);
    }

    /** Drops the per-row update trigger (in the caller's transaction) and returns its SQL to create it again. */
    static String dropUpdateTrigger(Connection connection) throws SQLException {
        return dropTrigger(connection, UPDATE_TRIGGER);
    }

    private static String dropTrigger(Connection connection, String name) throws SQLException {
        return BulkLoad.drop(connection, "trigger", name);
    }

    static void restoreTrigger(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    static boolean answers(ExpenseFilter f) {
        var p = f.period();
        return !f.hasRowFilters()
                && (p.from() == null || p.from().getDayOfMonth() == 1)
                && (p.to() == null || p.to().equals(YearMonth.from(p.to()).atEndOfMonth()));
    }

    Totals totals(long userId, ExpenseFilter f) {
        Object[] r = query("select coalesce(sum(t.total_cents), 0), coalesce(sum(t.expense_count), 0)"
                + " from expense_month_totals t where ", "", userId, f).getSingleResult();
        return new Totals(Money.fromMinor(num(r[0]), ProfileScale.of(tx, userId)), num(r[1]));
    }

    List<CategoryTotal> byCategory(long userId, ExpenseFilter f) {
        int scale = ProfileScale.of(tx, userId);
        return rows("select c.id, c.name, c.color, sum(t.total_cents), sum(t.expense_count)"
                        + " from expense_month_totals t join categories c on c.id = t.category_id where ",
                " group by c.id, c.name, c.color order by sum(t.total_cents) desc, c.name", userId, f).stream()
                .map(r -> new CategoryTotal(num(r[0]), (String) r[1], (String) r[2], Money.fromMinor(num(r[3]), scale),
                        num(r[4])))
                .toList();
    }

    List<MonthTotal> byMonth(long userId, ExpenseFilter f) {
        int scale = ProfileScale.of(tx, userId);
        return rows("select t.month, sum(t.total_cents), sum(t.expense_count) from expense_month_totals t where ",
                " group by t.month order by t.month", userId, f).stream()
                .map(r -> new MonthTotal(YearMonth.parse((String) r[0]), Money.fromMinor(num(r[1]), scale), num(r[2])))
                .toList();
    }

    List<MonthCategoryTotal> byMonthAndCategory(long userId, ExpenseFilter f) {
        int scale = ProfileScale.of(tx, userId);
        return rows("select t.month, c.id, c.name, c.color, sum(t.total_cents)"
                        + " from expense_month_totals t join categories c on c.id = t.category_id where ",
                " group by t.month, c.id, c.name, c.color order by t.month, c.name", userId, f).stream()
                .map(r -> new MonthCategoryTotal(YearMonth.parse((String) r[0]), num(r[1]), (String) r[2],
                        (String) r[3], Money.fromMinor(num(r[4]), scale)))
                .toList();
    }

    private List<Object[]> rows(String select, String tail, long userId, ExpenseFilter f) {
        return query(select, tail, userId, f).getResultList();
    }

    private NativeQuery<Object[]> query(String select, String tail, long userId, ExpenseFilter f) {
        var where = new StringBuilder("t.user_id = :userId");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("userId", userId);
        if (f.period().from() != null) {
            where.append(" and t.month >= :fromMonth");
            params.put("fromMonth", YearMonth.from(f.period().from()).toString());
        }
        if (f.period().to() != null) {
            where.append(" and t.month <= :toMonth");
            params.put("toMonth", YearMonth.from(f.period().to()).toString());
        }
        if (!f.categoryIds().isEmpty()) {
            where.append(" and t.category_id in (:categoryIds)");
            params.put("categoryIds", f.categoryIds());
        }
        if (!f.excludedCategoryIds().isEmpty()) {
            where.append(" and t.category_id not in (:excludedCategoryIds)");
            params.put("excludedCategoryIds", f.excludedCategoryIds());
        }
        NativeQuery<Object[]> q = tx.session().createNativeQuery(select + where + tail, Object[].class);
        params.forEach((k, v) -> {
            if (v instanceof Collection<?> c) {
                q.setParameterList(k, c);
            } else {
                q.setParameter(k, v);
            }
        });
        return q;
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }
}
