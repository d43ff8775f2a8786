package io.spendsense.assistant.lang;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an amount filter: "over $100", "at least 50", "under 20 dollars", "at most 30", "between $10 and $50", "$100+",
 * "20 or less". Two one-sided bounds in one question ("over $10 and under $50") combine into one range.
 *
 * <p>Call it after {@link PeriodGrammar#findAll} and pass the period matches: their tokens are never amounts, so
 * "between 2024 and 2025" stays a period. Without them, any number after a comparison word is an amount.
 */
public final class AmountFilters {
    private record Phrase(String[] words, boolean lower, boolean exclusive, String rule) {
        Phrase(String text, boolean lower, boolean exclusive, String rule) {
            this(text.split(" "), lower, exclusive, rule);
        }
    }

    /** Longest first, so that "no less than" wins over "less than". */
    private static final List<Phrase> PREFIXES = List.of(
            new Phrase("a minimum of", true, false, "at-least"), new Phrase("a maximum of", false, false, "at-most"),
            new Phrase("no less than", true, false, "at-least"), new Phrase("not less than", true, false, "at-least"),
            new Phrase("no more than", false, false, "at-most"), new Phrase("not more than", false, false, "at-most"),
            new Phrase("in excess of", true, true, "over"), new Phrase("upwards of", true, true, "over"),
            new Phrase("more than", true, true, "over"), new Phrase("greater than", true, true, "over"),
            new Phrase("bigger than", true, true, "over"), new Phrase("larger than", true, true, "over"),
            new Phrase("higher than", true, true, "over"), new Phrase("pricier than", true, true, "over"),
            new Phrase("at least", true, false, "at-least"), new Phrase("minimum of", true, false, "at-least"),
            new Phrase("less than", false, true, "under"), new Phrase("cheaper than", false, true, "under"),
            new Phrase("lower than", false, true, "under"), new Phrase("smaller than", false, true, "under"),
            new Phrase("fewer than", false, true, "under"), new Phrase("at most", false, false, "at-most"),
            new Phrase("up to", false, false, "at-most"), new Phrase("maximum of", false, false, "at-most"),
            new Phrase("over", true, true, "over"), new Phrase("above", true, true, "over"),
            new Phrase("exceeding", true, true, "over"), new Phrase("minimum", true, false, "at-least"),
            new Phrase("min", true, false, "at-least"), new Phrase("under", false, true, "under"),
            new Phrase("below", false, true, "under"), new Phrase("maximum", false, false, "at-most"),
            new Phrase("max", false, false, "at-most"));
    /** Counted things: "more than 3 times", "over 10 purchases" are not money. */
    private static final Set<String> COUNTED = Set.of("times", "time", "expenses", "expense", "purchases", "orders",
            "transactions", "items", "visits", "rides", "trips", "days", "weeks", "months", "years", "day", "week",
            "month", "year", "hours", "minutes", "people", "categories");
    private static final Set<String> OR_MORE = Set.of("more", "above", "over", "greater", "higher");
    private static final Set<String> OR_LESS = Set.of("less", "below", "under", "fewer", "lower");

    public Optional<AmountMatch> find(List<Token> tokens) {
        return find(tokens, List.of());
    }

    /** As {@link #find(List)}, leaving alone the tokens of the periods already found. */
    public Optional<AmountMatch> find(List<Token> tokens, Collection<PeriodMatch> periods) {
        String[] w = PeriodGrammar.words(tokens);
        var used = PeriodMatch.tokens(periods, w.length);
        AmountMatch lower = null;
        AmountMatch upper = null;
        for (int i = 0; i < w.length && (lower == null || upper == null); i++) {
            AmountMatch m = at(w, i, used);
            if (m == null) {
                continue;
            }
            if (m.min() != null && m.max() != null) {
                return lower == null && upper == null ? Optional.of(m) : Optional.of(merge(w, lower, upper));
            }
            if (m.min() != null && lower == null) {
                lower = m;
            } else if (m.max() != null && upper == null) {
                upper = m;
            }
            i = m.endToken() - 1;
        }
        if (lower == null && upper == null) {
            return Optional.empty();
        }
        return Optional.of(merge(w, lower, upper));
    }

    private static AmountMatch merge(String[] w, AmountMatch lower, AmountMatch upper) {
        if (lower == null || upper == null) {
            return lower == null ? upper : lower;
        }
        int start = Math.min(lower.startToken(), upper.startToken());
        int end = Math.max(lower.endToken(), upper.endToken());
        var units = new java.util.ArrayList<>(lower.startToken() < upper.startToken() ? lower.unitTokens()
                : upper.unitTokens());
        units.addAll(lower.startToken() < upper.startToken() ? upper.unitTokens() : lower.unitTokens());
        return new AmountMatch(lower.min(), lower.minExclusive(), upper.max(), upper.maxExclusive(), start, end,
                PeriodGrammar.join(w, start, end), lower.rule() + "+" + upper.rule(), units);
    }

    private static AmountMatch at(String[] w, int i, BitSet used) {
        if (w[i].equals("between") || w[i].equals("from")) {
            AmountMatch range = range(w, i, used);
            if (range != null) {
                return range;
            }
        }
        for (Phrase p : PREFIXES) {
            if (startsWith(w, i, p.words())) {
                int n = i + p.words().length;
                BigDecimal value = number(w, n, used);
                if (value != null && !COUNTED.contains(DateWords.at(w, n + 1))) {
                    int unit = CurrencyFilters.unitLength(w, n + 1);
                    return bound(w, value, p.lower(), p.exclusive(), i, n + 1 + unit, p.rule(), units(n + 1, unit));
                }
            }
        }
        BigDecimal value = number(w, i, used);
        if (value == null) {
            return null;
        }
        AmountMatch bare = range(w, i - 1, used);
        if (bare != null && bare.rule().equals("between")) {
            return bare;
        }
        int unit = CurrencyFilters.unitLength(w, i + 1);
        int k = i + 1 + unit;
        String a = DateWords.at(w, k);
        String b = DateWords.at(w, k + 1);
        if (COUNTED.contains(a)) {
            return null;
        }
        boolean more = (a.equals("or") || a.equals("and")) && (OR_MORE.contains(b) || b.equals("up"));
        boolean less = (a.equals("or") || a.equals("and")) && OR_LESS.contains(b);
        if (more || less) {
            return bound(w, value, more, false, i, k + 2, more ? "or-more" : "or-less", units(i + 1, unit));
        }
        return null;
    }

    /**
     * "between $10 and $50", "between $10 - $50", "from 10 to 50 dollars", and "10 to 50 dollars" (then i is the token
     * before the first number): only plain numbers that are not part of a period.
     */
    private static AmountMatch range(String[] w, int i, BitSet used) {
        boolean keyword = i >= 0 && (w[i].equals("between") || w[i].equals("from"));
        BigDecimal low = number(w, i + 1, used);
        if (low == null) {
            return null;
        }
        int firstUnit = CurrencyFilters.unitLength(w, i + 2);
        int k = i + 2 + firstUnit;
        boolean firstHasCurrency = firstUnit > 0;
        String joiner = DateWords.at(w, k);
        // "between 10 and 50", and "between $10 - $50" (the dash reads "to")
        if (!(joiner.equals("to") || keyword && w[i].equals("between") && joiner.equals("and"))) {
            return null;
        }
        BigDecimal high = number(w, k + 1, used);
        if (high == null || high.compareTo(low) < 0) {
            return null;
        }
        int secondUnit = CurrencyFilters.unitLength(w, k + 2);
        boolean secondHasCurrency = secondUnit > 0;
        // "from 10 to 50" without a currency is too likely to be something else (days, counts)
        if (!(keyword && w[i].equals("between")) && !firstHasCurrency && !secondHasCurrency) {
            return null;
        }
        int end = k + 2 + secondUnit;
        int start = keyword ? i : i + 1;
        var units = new java.util.ArrayList<>(units(i + 2, firstUnit));
        units.addAll(units(k + 2, secondUnit));
        return new AmountMatch(low, false, high, false, start, end, PeriodGrammar.join(w, start, end), "between",
                units);
    }

    private static AmountMatch bound(String[] w, BigDecimal value, boolean lower, boolean exclusive, int start, int end,
            String rule, List<Integer> units) {
        String words = PeriodGrammar.join(w, start, end);
        return lower ? new AmountMatch(value, exclusive, null, false, start, end, words, rule, units)
                : new AmountMatch(null, false, value, exclusive, start, end, words, rule, units);
    }

    /** The unit's first token as a list, or none when the amount has no currency word there. */
    private static List<Integer> units(int at, int length) {
        return length > 0 ? List.of(at) : List.of();
    }

    private static BigDecimal number(String[] w, int i, BitSet used) {
        if (i < 0 || i >= w.length || used.get(i)) {
            return null;
        }
        return Numbers.parse(w[i]).orElse(null);
    }

    private static boolean startsWith(String[] w, int i, String[] phrase) {
        if (i + phrase.length > w.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!w[i + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
