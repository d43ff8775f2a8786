package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every intent by summing the weights of its rules that match, and picks the best. Ties go to the intent
 * listed first in {@link #PRIORITY} (the more specific one), so the same words always give the same intent. Below
 * {@link #THRESHOLD} the question is {@link Intent#UNKNOWN}.
 */
final class IntentClassifier {
    static final double THRESHOLD = 1.5;
    /** Evidence for a specific intent that beats any pile of generic total_spent rules. */
    static final double SPECIFIC = 4.0;
    static final List<Intent> PRIORITY = List.of(Intent.ADD_EXPENSE, Intent.HELP, Intent.BUDGET_STATUS,
            Intent.ANOMALIES, Intent.UPCOMING_BILLS, Intent.RECURRING, Intent.COMPARE, Intent.TREND, Intent.TOP_MONTH,
            Intent.TOP_PAYEE,
            Intent.TOP_CATEGORY,
            Intent.CATEGORY_BREAKDOWN, Intent.AVERAGE_SPENT, Intent.BIGGEST_EXPENSE, Intent.SMALLEST_EXPENSE,
            Intent.COUNT_EXPENSES, Intent.LIST_EXPENSES, Intent.TOTAL_SPENT);

    /**
     * The outcome: the intent, its score and confidence (its share of the two best scores), whether the question had
     * intent words of its own (not just entities), and one line for {@code explain}.
     */
    record Result(Intent intent, double score, double confidence, boolean ownWords, String explain,
                  Map<Intent, Double> scores, Set<String> ruleWords) {
    }

    private final List<IntentRule> rules;
    /** Rules by a word their pattern must start with, so that a question only tries the rules its words can start. */
    private final Map<String, int[]> byFirstWord;
    /** Rules with an empty pattern: only their guard decides. */
    private final int[] always;

    IntentClassifier(List<IntentRule> rules) {
        this.rules = List.copyOf(rules);
        var index = new java.util.HashMap<String, List<Integer>>();
        var none = new ArrayList<Integer>();
        for (int k = 0; k < this.rules.size(); k++) {
            Set<String> first = this.rules.get(k).pattern().firstWords();
            if (first == null) {
                none.add(k);
                continue;
            }
            for (String w : first) {
                index.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            }
        }
        var built = new java.util.HashMap<String, int[]>();
        index.forEach((w, ks) -> built.put(w, ks.stream().mapToInt(Integer::intValue).toArray()));
        this.byFirstWord = Map.copyOf(built);
        this.always = none.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The rules that can match the question, in table order. */
    private java.util.BitSet candidates(String[] view) {
        var chosen = new java.util.BitSet(rules.size());
        for (int k : always) {
            chosen.set(k);
        }
        for (String v : view) {
            int[] ks = byFirstWord.get(v);
            if (ks != null) {
                for (int k : ks) {
                    chosen.set(k);
                }
            }
        }
        return chosen;
    }

    Result classify(String[] view, IntentRule.Facts facts) {
        var scores = new EnumMap<Intent, Double>(Intent.class);
        var reasons = new EnumMap<Intent, List<String>>(Intent.class);
        boolean ownWords = false;
        var wordsOf = java.util.EnumSet.noneOf(Intent.class);
        var ruleWords = new HashSet<String>();
        var candidates = candidates(view);
        for (int k = candidates.nextSetBit(0); k >= 0; k = candidates.nextSetBit(k + 1)) {
            IntentRule rule = rules.get(k);
            List<String> words = rule.apply(view, facts);
            if (words == null) {
                continue;
            }
            if (rule.weight() > 0) {
                // a word some rule read is understood, even when another intent won
                for (String segment : words) {
                    ruleWords.addAll(java.util.Arrays.asList(segment.split(" ")));
                }
            }
            if (!words.isEmpty() && (rule.intent() != Intent.TOTAL_SPENT || rule.weight() > 1.0)) {
                ownWords = true;
                wordsOf.add(rule.intent());
            }
            scores.merge(rule.intent(), rule.weight(), Double::sum);
            reasons.computeIfAbsent(rule.intent(), x -> new ArrayList<>())
                    .add("rule " + rule.name() + (words.isEmpty() ? "" : " (words: " + String.join(", ", words) + ")"));
        }
        Intent best = null;
        Intent second = null;
        for (Intent i : PRIORITY) {
            double s = scores.getOrDefault(i, 0.0);
            if (best == null || s > scores.getOrDefault(best, 0.0)) {
                second = best;
                best = i;
            } else if (second == null || s > scores.getOrDefault(second, 0.0)) {
                second = i;
            }
        }
        double veto = scores.getOrDefault(Intent.UNKNOWN, 0.0);
        if (veto > 0 && veto >= scores.getOrDefault(best, 0.0)) {
            return new Result(Intent.UNKNOWN, veto, 1.0, false, "intent unknown: "
                    + String.join(" + ", reasons.get(Intent.UNKNOWN)) + " (a request, not a question about spending)",
                    scores, ruleWords);
        }
        String override = "";
        if (best == Intent.TOTAL_SPENT) {
            // the generic question shape ("what was my total … how much … spend") adds up quickly; words that name
            // another intent with enough weight decide instead ("my total spending in each month" is a trend)
            for (Intent i : PRIORITY) {
                if (i != Intent.TOTAL_SPENT && scores.getOrDefault(i, 0.0) >= SPECIFIC) {
                    override = " (" + i.wireName() + " words outweigh the generic total_spent shape, "
                            + fmt(scores.get(Intent.TOTAL_SPENT)) + ")";
                    second = best;
                    best = i;
                    break;
                }
            }
        }
        double top = scores.getOrDefault(best, 0.0);
        double next = scores.getOrDefault(second, 0.0);
        double confidence = top <= 0 ? 0 : top / (top + next);
        if (top < THRESHOLD) {
            String why = top <= 0 ? "no intent rule matched"
                    : "best " + best.wireName() + " scored " + fmt(top) + ", below the threshold " + fmt(THRESHOLD);
            return new Result(Intent.UNKNOWN, top, confidence, ownWords, "intent unknown: " + why, scores, ruleWords);
        }
        String explain = "intent " + best.wireName() + ": " + String.join(" + ", reasons.get(best)) + " score "
                + fmt(top) + (next > 0 ? " vs " + second.wireName() + " " + fmt(next) : "")
                + ", confidence " + fmt2(confidence) + override;
        // only the words of the intent that won make a question its own: "or" between two payees is compare
        // evidence, but "what about uber or lyft?" after a count still asks for the count
        return new Result(best, top, confidence, wordsOf.contains(best), explain, scores, ruleWords);
    }

    // plain arithmetic: String.format costs more than the rest of the classification
    private static String fmt(double d) {
        long tenths = Math.round(d * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    private static String fmt2(double d) {
        long hundredths = Math.round(d * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }
}
