package io.spendsense.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * "When the payee (or description, or either) contains / equals / matches PATTERN [and the amount is between min and
 * max] then set the category [and the payee name]". Text comparisons ignore case and surrounding spaces; a regex is
 * searched anywhere in the text (anchor it with ^ and $ to match the whole). Rules apply in position order: the first
 * that matches wins. On a new expense a rule sets the category only when nobody chose one ({@link CategoryChoice});
 * it renames the payee either way.
 */
public record CategoryRule(long id, int position, Field field, Kind kind, String pattern, BigDecimal min,
                           BigDecimal max, long categoryId, String categoryName, String setPayee) {
    /** Compiled once per pattern: an import may test a regex against a million rows. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    public enum Field { PAYEE, DESCRIPTION, EITHER }

    public enum Kind { CONTAINS, EQUALS, REGEX }

    /** Checks a pattern; returns null when it is usable, or the reason it is not. */
    public static String checkPattern(Kind kind, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return Texts.get("rule.patternRequired");
        }
        if (kind == Kind.REGEX) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                return Texts.format("rule.patternInvalid", e.getDescription());
            }
        }
        return null;
    }

    /** Whether the rule matches; an amount not known yet (null) matches only a rule without an amount range. */
    public boolean matches(String payee, String description, BigDecimal amount) {
        if (amount == null && (min != null || max != null)) {
            return false;
        }
        if (min != null && amount.compareTo(min) < 0 || max != null && amount.compareTo(max) > 0) {
            return false;
        }
        return switch (field) {
            case PAYEE -> text(payee);
            case DESCRIPTION -> text(description);
            case EITHER -> text(payee) || text(description);
        };
    }

    private boolean text(String value) {
        String v = value == null ? "" : value.strip();
        return switch (kind) {
            case CONTAINS -> v.toLowerCase(Locale.ROOT).contains(pattern.strip().toLowerCase(Locale.ROOT));
            case EQUALS -> v.equalsIgnoreCase(pattern.strip());
            case REGEX -> COMPILED.computeIfAbsent(pattern,
                    p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).matcher(v).find();
        };
    }

    /**
     * A new expense's draft as the first matching rule completes it: the rule's category when the category is
     * {@link CategoryChoice#OPEN open} (a chosen one is kept), and the rule's payee name when it sets one. The draft
     * itself when no rule matches.
     */
    public static ExpenseDraft apply(List<CategoryRule> rules, ExpenseDraft d, CategoryChoice choice) {
        return first(rules, d).map(r -> r.complete(d, choice)).orElse(d);
    }

    /**
     * A new expense's draft as this (matching) rule completes it; see {@link #apply(List, ExpenseDraft,
     * CategoryChoice)}.
     */
    public ExpenseDraft complete(ExpenseDraft d, CategoryChoice choice) {
        var applied = applyTo(d);
        return choice == CategoryChoice.OPEN ? applied : applied.withCategoryId(d.categoryId());
    }

    public static Optional<CategoryRule> first(List<CategoryRule> rules, ExpenseDraft d) {
        return rules.stream().filter(r -> r.matches(d.payee(), d.description(), d.amount())).findFirst();
    }

    /** The draft with this rule's category and payee name, whatever it had (what {@code rule apply} does). */
    public ExpenseDraft applyTo(ExpenseDraft d) {
        return new ExpenseDraft(d.date(), d.amount(), categoryId, d.description(),
                setPayee == null || setPayee.isBlank() ? d.payee() : setPayee.strip(), d.notes(), d.foreign());
    }

    /** In words: "payee contains 'uber' and 5.00..50.00 -> Transport (payee 'Uber')". */
    public String describe() {
        String field = switch (this.field) {
            case PAYEE -> Texts.get("rule.field.payee");
            case DESCRIPTION -> Texts.get("rule.field.description");
            case EITHER -> Texts.get("rule.field.either");
        };
        String kind = switch (this.kind) {
            case CONTAINS -> Texts.get("rule.kind.contains");
            case EQUALS -> Texts.get("rule.kind.equals");
            case REGEX -> Texts.get("rule.kind.regex");
        };
        String from = min == null ? "…" : Money.plainExact(min);
        String to = max == null ? "…" : Money.plainExact(max);
        if (min == null && max == null) {
            return setPayee == null ? Texts.format("rule.describe", field, kind, pattern, categoryName)
                    : Texts.format("rule.describePayee", field, kind, pattern, categoryName, setPayee);
        }
        return setPayee == null ? Texts.format("rule.describeRange", field, kind, pattern, from, to, categoryName)
                : Texts.format("rule.describeRangePayee", field, kind, pattern, from, to, categoryName, setPayee);
    }
}
