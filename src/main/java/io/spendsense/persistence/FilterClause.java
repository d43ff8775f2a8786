package io.spendsense.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.spendsense.domain.DayKind;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import org.hibernate.query.CommonQueryContract;

/**
 * Turns an {@link ExpenseFilter} into an HQL condition on {@code ExpenseEntity e}, always scoped to one user,
 * with its parameters bound by name (never concatenated).
 *
 * <p>Substring searches (the search box, the assistant's payees) go through the user's distinct texts
 * ({@link SearchTexts}): the condition is then "the lower-cased payee, description or notes is one of these texts",
 * which the sort indexes answer. Only when a needle matches too many texts does the condition compare every row with
 * {@code LIKE}, as before the index.
 */
final class FilterClause {
    private final StringBuilder where = new StringBuilder("e.userId = :userId");
    /**
     * The same clause with the text lookups hidden from the planner (each in a {@code case}, which no index answers):
     * for a page of a search that matches many rows, reading an order's index and testing each row finds the page
     * sooner than sorting every match (see {@link #textTerms()}).
     */
    private final StringBuilder scanWhere = new StringBuilder("e.userId = :userId");
    private int textTerms;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final Function<String, Optional<List<String>>> texts;

    /** A clause whose searches compare every row ({@code LIKE}), amounts at hundredths: for tests of the meaning. */
    FilterClause(long userId, ExpenseFilter filter) {
        this(userId, filter, 2, needle -> Optional.empty());
    }

    /**
     * A clause whose searches ask {@code texts} which of the user's texts contain a needle (empty: too many), its
     * amounts compared at the profile's {@code scale} ({@link ProfileScale}).
     */
    FilterClause(long userId, ExpenseFilter filter, int scale, Function<String, Optional<List<String>>> texts) {
        this.texts = texts;
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
            and("(" + anyOf(filter.payees(), "payee") + ")");
        }
        if (!filter.excludedPayees().isEmpty()) {
            and("not (" + anyOf(filter.excludedPayees(), "notPayee") + ")");
        }
        if (filter.text() != null) {
            var found = texts.apply(filter.text());
            if (found.isEmpty()) {
                add("(lower(e.description) like :text escape '\\' or lower(e.payee) like :text escape '\\'"
                        + " or lower(coalesce(e.notes, '')) like :text escape '\\')", "text",
                        likePattern(filter.text()));
            } else if (found.get().isEmpty()) {
                and("1 = 0");
            } else {
                params.put("texts", found.get());
                textTerm("lower(e.payee) in :texts or lower(e.description) in :texts"
                        + " or (e.notes is not null and lower(e.notes) in :texts)");
            }
        }
        if (filter.minAmount() != null) {
            add("e.amountCents " + (filter.minExclusive() ? ">" : ">=") + " :minCents", "minCents",
                    Money.toMinor(filter.minAmount().setScale(scale, java.math.RoundingMode.CEILING), scale));
        }
        if (filter.maxAmount() != null) {
            add("e.amountCents " + (filter.maxExclusive() ? "<" : "<=") + " :maxCents", "maxCents",
                    Money.toMinor(filter.maxAmount().setScale(scale, java.math.RoundingMode.FLOOR), scale));
        }
        if (filter.currency() != null) {
            // an expense without a currency of its own is in the profile's: "in dollars" in a USD profile finds it
            add("(e.originalCurrency = :currency or (e.originalCurrency is null and exists (select 1 from UserEntity u"
                    + " where u.id = e.userId and u.currency = :currency)))", "currency", filter.currency());
        }
        if (filter.days() != null) {
            // HQL day of week: 1 = Sunday ... 7 = Saturday, whatever the database.
            and(filter.days() == DayKind.WEEKEND ? "extract(day of week from e.date) in (1, 7)"
                    : "extract(day of week from e.date) between 2 and 6");
        }
        // one set of the expenses that have attachments, read once per query (not a lookup per row)
        switch (filter.attachments()) {
            case WITH -> where.append(" and e.id in (select a.expenseId from AttachmentEntity a)");
            case WITHOUT -> where.append(" and e.id not in (select a.expenseId from AttachmentEntity a)");
            case ANY -> {
                // no restriction
            }
        }
    }

    /**
     * "Payee or description contains any of these", one named parameter each: the texts that contain the word when
     * the index tells them, else a {@code LIKE} of every row. A missing payee is an empty one, so that "not (...)"
     * keeps rows without a payee.
     */
    private String anyOf(List<String> words, String name) {
        var terms = new ArrayList<String>();
        for (int k = 0; k < words.size(); k++) {
            String p = name + k;
            var found = texts.apply(words.get(k));
            if (found.isEmpty()) {
                terms.add("lower(coalesce(e.payee, '')) like :" + p + " escape '\\'"
                        + " or lower(coalesce(e.description, '')) like :" + p + " escape '\\'");
                params.put(p, likePattern(words.get(k)));
            } else if (!found.get().isEmpty()) {
                terms.add("lower(e.payee) in :" + p + " or lower(e.description) in :" + p);
                params.put(p, found.get());
            }
        }
        return terms.isEmpty() ? "1 = 0" : String.join(" or ", terms);
    }

    String where() {
        return where.toString();
    }

    /** {@link #where()} with the text lookups tested row by row: for a page read along an order's index. */
    String scanWhere() {
        return scanWhere.toString();
    }

    /** How many conditions look texts up by the indexes on the lower-cased columns. */
    int textTerms() {
        return textTerms;
    }

    <Q extends CommonQueryContract> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    private void add(String condition, String name, Object value) {
        and(condition);
        params.put(name, value);
    }

    private void and(String condition) {
        where.append(" and ").append(condition);
        scanWhere.append(" and ").append(condition);
    }

    private void textTerm(String condition) {
        textTerms++;
        where.append(" and (").append(condition).append(')');
        scanWhere.append(" and case when ").append(condition).append(" then 1 else 0 end = 1");
    }

    static String likePattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
