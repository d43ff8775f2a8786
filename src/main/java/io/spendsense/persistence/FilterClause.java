package io.spendsense.persistence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.spendsense.domain.DayKind;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import org.hibernate.query.CommonQueryContract;

/**
 * Turns an {@link ExpenseFilter} into an HQL condition on {@code ExpenseEntity e}, always scoped to one user,
 * with its parameters bound by name (never concatenated).
 */
final class FilterClause {
    private final StringBuilder where = new StringBuilder("e.userId = :userId");
    private final Map<String, Object> params = new LinkedHashMap<>();

    FilterClause(long userId, ExpenseFilter filter) {
        params.put("userId", userId);
        var period = filter.period();
        if (period.from() != null) {
            add("e.date >= :from", "from", period.from());
        }
        if (period.to() != null) {
            add("e.date <= :to", "to", period.to());
        }
        if (!filter.categoryIds().isEmpty()) {
            add("e.category.id in :categoryIds", "categoryIds", filter.categoryIds());
        }
        if (!filter.excludedCategoryIds().isEmpty()) {
            add("e.category.id not in :excludedCategoryIds", "excludedCategoryIds", filter.excludedCategoryIds());
        }
        if (!filter.payees().isEmpty()) {
            where.append(" and (").append(anyOf(filter.payees(), "payee")).append(')');
        }
        if (!filter.excludedPayees().isEmpty()) {
            where.append(" and not (").append(anyOf(filter.excludedPayees(), "notPayee")).append(')');
        }
        if (filter.text() != null) {
            add("(lower(e.description) like :text escape '\\' or lower(e.payee) like :text escape '\\'"
                    + " or lower(coalesce(e.notes, '')) like :text escape '\\')", "text", likePattern(filter.text()));
        }
        if (filter.minAmount() != null) {
            add("e.amountCents " + (filter.minExclusive() ? ">" : ">=") + " :minCents", "minCents",
                    Money.toCents(filter.minAmount().setScale(2, java.math.RoundingMode.CEILING)));
        }
        if (filter.maxAmount() != null) {
            add("e.amountCents " + (filter.maxExclusive() ? "<" : "<=") + " :maxCents", "maxCents",
                    Money.toCents(filter.maxAmount().setScale(2, java.math.RoundingMode.FLOOR)));
        }
        if (filter.days() != null) {
            // HQL day of week: 1 = Sunday ... 7 = Saturday, whatever the database.
            where.append(filter.days() == DayKind.WEEKEND
                    ? " and extract(day of week from e.date) in (1, 7)"
                    : " and extract(day of week from e.date) between 2 and 6");
        }
    }

    /**
     * "Payee or description contains any of these", one named parameter each; a missing payee is an empty one, so
     * that "not (...)" keeps rows without a payee.
     */
    private String anyOf(java.util.List<String> words, String name) {
        var sb = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            String p = name + k;
            sb.append(k == 0 ? "" : " or ").append("lower(coalesce(e.payee, '')) like :").append(p)
                    .append(" escape '\\'")
                    .append(" or lower(coalesce(e.description, '')) like :").append(p).append(" escape '\\'");
            params.put(p, likePattern(words.get(k)));
        }
        return sb.toString();
    }

    String where() {
        return where.toString();
    }

    <Q extends CommonQueryContract> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    private void add(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        params.put(name, value);
    }

    static String likePattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
