package io.spendsense.persistence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.spendsense.domain.CategoryRule;

/**
 * The SQL condition that narrows a rule's scan of the expenses to a superset of what it can match and would change,
 * so that a million rows are tested in SQLite's own loop and only candidates reach Java, where
 * {@link CategoryRule#matches} decides (the one definition of matching).
 *
 * <p>Why a superset: the rule compares text ignoring case the Unicode way ({@code toLowerCase(Locale.ROOT)},
 * {@code equalsIgnoreCase}), SQLite's {@code LIKE} ignores the case of ASCII letters only. For a pattern of printable
 * ASCII, a text the rule matches either contains the pattern as {@code LIKE} sees it, or holds one of the four
 * characters outside ASCII that Java folds onto an ASCII letter ({@link #FOLDS_TO_ASCII}: dotted capital I and
 * dotless i onto i, long s onto s, the Kelvin sign onto k), which the condition lets through when the pattern has
 * that letter ({@code RuleCandidatesTest} checks the list against every character). A pattern with other characters,
 * and a regular expression, are not narrowed by text at all. The category part is exact: a rule changes an expense
 * only when its category (or payee, for a rule that renames) differs.
 */
final class RuleCandidates {
    /**
     * One SQL condition over the alias {@code e} of {@code expenses}, with its named parameters, and how to read the
     * table: a payee rule reads the covering payee index and looks up only the candidates' rows; any other reads the
     * table in order (without statistics SQLite would pick the date index and look up a million rows one by one).
     */
    record Where(String from, String sql, Map<String, Object> params) {
    }

    /**
     * The characters outside ASCII whose lower case ({@code String.toLowerCase(Locale.ROOT)}) or case-insensitive
     * comparison ({@code equalsIgnoreCase}) meets an ASCII letter, each with that letter.
     */
    static final Map<Character, Character> FOLDS_TO_ASCII = new TreeMap<>(Map.of(
            '\u0130', 'i', '\u0131', 'i', '\u017F', 's', '\u212A', 'k'));

    private RuleCandidates() {
    }

    static Where where(CategoryRule rule, String newPayee) {
        var params = new LinkedHashMap<String, Object>();
        var sql = new StringBuilder();
        params.put("ruleCategory", rule.categoryId());
        if (newPayee == null) {
            sql.append("e.category_id <> :ruleCategory");
        } else {
            params.put("rulePayee", newPayee);
            sql.append("(e.category_id <> :ruleCategory or e.payee is not :rulePayee)");
        }
        String pattern = rule.pattern().strip().toLowerCase(Locale.ROOT);
        if (rule.kind() != CategoryRule.Kind.REGEX && printableAscii(pattern)) {
            params.put("ruleLike", "%" + pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            var folded = new StringBuilder();
            FOLDS_TO_ASCII.forEach((c, letter) -> {
                if (pattern.indexOf(letter) >= 0) {
                    String name = "ruleFold" + (int) c;
                    params.put(name, String.valueOf(c));
                    folded.append(" or instr(%1$s, :").append(name).append(") > 0");
                }
            });
            String text = "%1$s like :ruleLike escape '\\'" + folded;
            sql.append(" and (").append(switch (rule.field()) {
                case PAYEE -> text.formatted("e.payee");
                case DESCRIPTION -> text.formatted("e.description");
                case EITHER -> text.formatted("e.payee") + " or " + text.formatted("e.description");
            }).append(')');
        }
        String from = rule.field() == CategoryRule.Field.PAYEE ? "expenses e indexed by ix_expenses_user_payee"
                : "expenses e not indexed";
        return new Where(from, sql.toString(), params);
    }

    private static boolean printableAscii(String s) {
        return s.chars().allMatch(c -> c >= ' ' && c <= '~');
    }
}
