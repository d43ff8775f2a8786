package io.spendsense.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.RuleChange;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.RuleRepository;
import io.spendsense.persistence.Transactions;

/**
 * The signed-in user's categorization rules: ordered, filling in the categories nobody chose when
 * {@link ExpenseService#create} and the import store expenses (see {@link io.spendsense.domain.CategoryChoice}); a
 * rule changes existing expenses only through {@link #preview} and then {@link #apply}, when the user confirms.
 */
public final class RuleService {
    /** A payee used at least this many times, always under one category, suggests a rule. */
    static final int SUGGEST_MIN_USES = 3;
    private final Transactions tx;
    private final RuleRepository rules;
    private final CategoryRepository categories;
    private final ExpenseRepository expenses;
    private final Clock clock;

    public RuleService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.rules = new RuleRepository(tx);
        this.categories = new CategoryRepository(tx);
        this.expenses = new ExpenseRepository(tx);
        this.clock = clock;
    }

    /** Adds a rule after the user's other rules; {@code rule}'s id, position and category name are not used. */
    public CategoryRule add(SignedInUser who, CategoryRule rule) {
        validate(rule, who.currency());
        return tx.inWriteTransaction(() -> {
            requireCategory(who, rule.categoryId());
            return rules.insert(who.id(), rule, clock.instant());
        });
    }

    /** Changes a rule's condition, category and payee; it keeps its place in the order. Existing expenses stay. */
    public CategoryRule update(SignedInUser who, long id, CategoryRule rule) {
        validate(rule, who.currency());
        return tx.inWriteTransaction(() -> {
            requireCategory(who, rule.categoryId());
            if (!rules.update(who.id(), id, rule)) {
                throw new NotFoundException(Texts.format("rule.notFound", id));
            }
            return rules.find(who.id(), id).orElseThrow();
        });
    }

    /**
     * Moves a rule one place earlier ({@code offset} -1) or later (+1) in the order, or further; a move past either
     * end stops there. Returns the rules in their new order.
     */
    public List<CategoryRule> move(SignedInUser who, long id, int offset) {
        return tx.inWriteTransaction(() -> {
            var ids = new ArrayList<>(rules.list(who.id()).stream().map(CategoryRule::id).toList());
            int from = ids.indexOf(id);
            if (from < 0) {
                throw new NotFoundException(Texts.format("rule.notFound", id));
            }
            int to = Math.max(0, Math.min(ids.size() - 1, from + offset));
            ids.add(to, ids.remove(from));
            rules.reorder(who.id(), ids);
            return rules.list(who.id());
        });
    }

    public List<CategoryRule> list(SignedInUser who) {
        return tx.inTransaction(() -> rules.list(who.id()));
    }

    public void remove(SignedInUser who, long id) {
        tx.runWrite(() -> {
            if (!rules.delete(who.id(), id)) {
                throw new NotFoundException(Texts.format("rule.notFound", id));
            }
        });
    }

    /**
     * What the rule alone would change in the user's existing expenses (category or payee), oldest first; nothing
     * is changed. The rule need not be saved yet. One scan in SQL narrows the rows to candidates, which the rule itself
     * then confirms.
     */
    public List<RuleChange> preview(SignedInUser who, CategoryRule rule) {
        validate(rule, who.currency());
        return tx.inTransaction(() -> {
            String categoryName = requireCategory(who, rule.categoryId());
            var changes = new ArrayList<RuleChange>();
            String newPayee = newPayee(rule);
            expenses.forEachRuleCandidateInDateOrder(who.id(), rule, newPayee, e -> {
                if (changes(rule, newPayee, e.categoryId(), e.payee())
                        && rule.matches(e.payee(), e.description(), e.amount())) {
                    changes.add(new RuleChange(e, rule.categoryId(), categoryName, newPayee == null ? e.payee()
                            : newPayee));
                }
            });
            return changes;
        });
    }

    private static String newPayee(CategoryRule rule) {
        return rule.setPayee() == null || rule.setPayee().isBlank() ? null : rule.setPayee().strip();
    }

    /** Whether the rule would change an expense of this category and payee (if it matches). */
    private static boolean changes(CategoryRule rule, String newPayee, long categoryId, String payee) {
        return categoryId != rule.categoryId() || newPayee != null && !newPayee.equals(payee);
    }

    /** The ids of the user's expenses the rule matches and would change, in id order. */
    private List<Long> changing(SignedInUser who, CategoryRule rule) {
        var ids = new ArrayList<Long>();
        String newPayee = newPayee(rule);
        int scale = io.spendsense.domain.Money.scaleOf(who.currency());
        expenses.forEachRuleCandidate(who.id(), rule, newPayee, r -> {
            if (changes(rule, newPayee, r.categoryId(), r.payee())
                    && rule.matches(r.payee(), r.description(),
                            io.spendsense.domain.Money.fromMinor(r.amountCents(), scale))) {
                ids.add(r.id());
            }
        });
        return ids;
    }

    /**
     * Applies a saved rule to the existing expenses it matches, in one transaction of set-based updates; returns how
     * many changed.
     */
    public int apply(SignedInUser who, long ruleId) {
        return tx.inWriteTransaction(() -> {
            CategoryRule rule = rules.find(who.id(), ruleId)
                    .orElseThrow(() -> new NotFoundException(Texts.format("rule.notFound", ruleId)));
            requireCategory(who, rule.categoryId());
            var ids = changing(who, rule);
            return ids.isEmpty() ? 0 : expenses.recategorize(who.id(), ids, rule.categoryId(), newPayee(rule),
                    clock.instant());
        });
    }

    /**
     * Rules the user's history suggests: a payee used at least 3 times, always under the same category, that no rule
     * matches yet, becomes "payee equals X → that category". Most used first.
     */
    public List<CategoryRule> suggestions(SignedInUser who) {
        return tx.inTransaction(() -> {
            var existing = rules.list(who.id());
            Map<String, Set<Long>> categoriesOf = new HashMap<>();
            Map<String, List<Expense>> byPayee = new HashMap<>();
            expenses.forEachInDateOrder(who.id(), ExpenseFilter.ALL, e -> {
                if (e.payee() != null && !e.payee().isBlank()) {
                    String key = e.payee().strip().toLowerCase(Locale.ROOT);
                    categoriesOf.computeIfAbsent(key, k -> new HashSet<>()).add(e.categoryId());
                    byPayee.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            });
            var suggested = new ArrayList<Map.Entry<Integer, CategoryRule>>();
            byPayee.forEach((key, list) -> {
                Expense last = list.get(list.size() - 1);
                boolean covered = list.stream().anyMatch(e -> CategoryRule.first(existing, e.toDraft()).isPresent());
                if (list.size() >= SUGGEST_MIN_USES && categoriesOf.get(key).size() == 1 && !covered) {
                    suggested.add(Map.entry(list.size(), new CategoryRule(0, 0, CategoryRule.Field.PAYEE,
                            CategoryRule.Kind.EQUALS, last.payee().strip(), null, null, last.categoryId(),
                            last.categoryName(), null)));
                }
            });
            suggested.sort(Map.Entry.<Integer, CategoryRule>comparingByKey().reversed()
                    .thenComparing(e -> e.getValue().pattern().toLowerCase(Locale.ROOT)));
            return suggested.stream().map(Map.Entry::getValue).toList();
        });
    }

    private String requireCategory(SignedInUser who, long categoryId) {
        return categories.find(who.id(), categoryId)
                .orElseThrow(() -> new ValidationException("category", Texts.format("category.notYours",
                        categoryId))).name();
    }

    private static void validate(CategoryRule r, String currency) {
        var errors = new ArrayList<ValidationException.FieldError>();
        String problem = CategoryRule.checkPattern(r.kind(), r.pattern());
        if (problem != null) {
            errors.add(new ValidationException.FieldError("pattern", problem));
        } else if (r.pattern().strip().length() > 200) {
            errors.add(new ValidationException.FieldError("pattern", Texts.format("field.tooLong",
                    Texts.get("field.pattern"), 200)));
        }
        if (r.min() != null && r.max() != null && r.max().compareTo(r.min()) < 0) {
            errors.add(new ValidationException.FieldError("amount", Texts.get("rule.rangeBackwards")));
        }
        for (BigDecimal bound : new BigDecimal[] {r.min(), r.max()}) {
            if (bound != null && (bound.signum() < 0
                    || bound.stripTrailingZeros().scale() > io.spendsense.domain.Money.digitsOf(currency))) {
                errors.add(new ValidationException.FieldError("amount", Texts.format("rule.boundsRule",
                        io.spendsense.domain.Money.digitsOf(currency), currency)));
            }
        }
        ExpenseService.checkText(errors, "pattern", Texts.get("field.pattern"), r.pattern());
        ExpenseService.checkText(errors, "payee", Texts.get("field.payee"), r.setPayee());
        ExpenseService.checkLength(errors, "payee", Texts.get("field.payee"), r.setPayee(), ExpenseService.MAX_PAYEE);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
