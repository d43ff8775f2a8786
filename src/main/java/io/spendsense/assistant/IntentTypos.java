package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.List;

import io.spendsense.assistant.lang.EditDistance;

/**
 * Small typos of the words that name what is asked ("expence", "bigest", "averge", "catagory", "mercants"): a word
 * that nothing else read and that is one letter off one of these (two from 8 letters, same first letter, as for
 * category typos) is read as it, so that the intent rules see it. The list is short on purpose: a word one letter off
 * an ordinary word is often another word ("lease" is not "least", "grapes" not "graphs").
 */
final class IntentTypos {
    private static final List<String> WORDS = List.of("expense", "expenses", "biggest", "largest", "smallest",
            "cheapest", "average", "category", "categories", "purchase", "purchases", "merchant", "merchants",
            "spending", "monthly", "transaction", "transactions", "compare", "compared", "breakdown", "expensive",
            "payees", "subscriptions", "everything");

    private IntentTypos() {
    }

    /** A typo read as a word: what was typed, and the word. */
    record Fix(String typed, String word) {
    }

    /**
     * Replaces in {@code view} (entities already placeholders) every word that is a typo of one of the words; returns
     * what it replaced. Words that filler, intent rules or out-of-scope topics know are left alone.
     */
    static List<Fix> correct(String[] view) {
        var fixes = new ArrayList<Fix>();
        for (int i = 0; i < view.length; i++) {
            String v = view[i];
            if (v.length() < 5 || v.startsWith("<") || Leftovers.isFiller(v) || Leftovers.isRuleWord(v)
                    || OutOfScope.isTopicWord(v) || StopWords.contains(v) || !v.chars().allMatch(Character::isLetter)) {
                continue;
            }
            // the closest word; two at the same distance are a guess, so neither
            String found = null;
            int best = Integer.MAX_VALUE;
            for (String word : WORDS) {
                int allowed = Math.min(EditDistance.allowedFor(word.length()), EditDistance.allowedFor(v.length()));
                int d = word.charAt(0) == v.charAt(0) ? EditDistance.within(v, word, allowed) : allowed + 1;
                if (d <= allowed && d < best) {
                    found = word;
                    best = d;
                } else if (d <= allowed && d == best) {
                    found = "";
                }
            }
            if (found != null && !found.isEmpty()) {
                fixes.add(new Fix(v, found));
                view[i] = found;
            }
        }
        return fixes;
    }
}
