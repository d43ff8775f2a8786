package io.spendsense.persistence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.spendsense.domain.CategoryRule;

/**
 * The SQL condition that narrows a rule's scan of the expenses to a superset of what it can match and would change,
 * so that only candidates reach Java, where {@link CategoryRule#matches} decides (the one definition of matching).
 * The text part is asked of the user's distinct texts ({@code search_texts}, decision 0015): the trigram index for
 * a pattern of three characters or more, {@code LIKE} over the texts for a shorter one; then only the expenses whose
 * lower-cased payee or description is one of those texts are read.
 *
 * <p>Why a superset: the rule compares text ignoring case the Unicode way ({@code toLowerCase(Locale.ROOT)},
 * {@code equalsIgnoreCase}), SQLite's {@code LIKE} ignores the case of ASCII letters only. For a pattern of printable
 * ASCII, a text the rule matches either contains the pattern as {@code LIKE} sees it (which the trigram index, folding
 * the case of every letter, finds too), or holds one of the four
 * characters outside ASCII that Java folds onto an ASCII letter ({@link #FOLDS_TO_ASCII}: dotted capital I and
 * dotless i onto i, long s onto s, the Kelvin sign onto k), which the condition lets through when the pattern has
 * that letter ({@code RuleCandidatesTest} checks the list against every character). A pattern with other characters,
 * and a regular expression, are not narrowed by text at all. The category part is exact: a rule changes an expense
 * only when its category (or payee, for a rule that renames) differs.
 */
final class RuleCandidates {
    /**
     * One SQL condition over the alias {@code e} of {@code expenses}, with its named parameters (and {@code :u}, the
     * user's id, which the caller binds), and how to read the table: a rule narrowed by text looks its candidate texts
     * up in the search index and reads only the expenses with one of them (through the indexes on
     * {@code lower(payee)} and {@code lower(description)}); any other reads the table in order (without statistics
     * SQLite would pick the date index and look up a million rows one by one).
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

    static Where where(CategoryRule rule, String newPayee, Vendor vendor) {
        var params = new LinkedHashMap<String, Object>();
        var sql = new StringBuilder();
        params.put("ruleCategory", rule.categoryId());
        if (newPayee == null) {
            sql.append("e.category_id <> :ruleCategory");
        } else {
            params.put("rulePayee", newPayee);
            sql.append("(e.category_id <> :ruleCategory or e.payee is distinct from :rulePayee)");
        }
        String pattern = rule.pattern().strip().toLowerCase(Locale.ROOT);
        boolean narrowed = rule.kind() != CategoryRule.Kind.REGEX && printableAscii(pattern) && !pattern.isEmpty();
        if (narrowed) {
            var dictionary = new StringBuilder();
            if (pattern.codePointCount(0, pattern.length()) >= 3) {
                var condition = vendor.textContains("ruleQuery", pattern);
                params.put("ruleQuery", condition.value());
                dictionary.append(condition.sql());
            } else {
                params.put("ruleLike", FilterClause.likePattern(pattern));
                dictionary.append("s.text like :ruleLike escape '\\'");
            }
            FOLDS_TO_ASCII.forEach((c, letter) -> {
                if (pattern.indexOf(letter) >= 0) {
                    String name = "ruleFold" + (int) c;
                    params.put(name, String.valueOf(c));
                    dictionary.append(" or ").append(vendor.containsExactly("s.text", name));
                }
            });
            // not correlated with e: PostgreSQL then reads the texts once, not once per expense
            String texts = " in (select s.text from search_texts s where s.user_id = :u and (" + dictionary
                    + "))";
            sql.append(" and (").append(switch (rule.field()) {
                case PAYEE -> "lower(e.payee)" + texts;
                case DESCRIPTION -> "lower(e.description)" + texts;
                case EITHER -> "lower(e.payee)" + texts + " or lower(e.description)" + texts;
            }).append(')');
        }
        return new Where(narrowed ? "expenses e" : vendor.expensesInIdOrder(), sql.toString(), params);
    }

    private static boolean printableAscii(String s) {
        return s.chars().allMatch(c -> c >= ' ' && c <= '~');
    }
}
