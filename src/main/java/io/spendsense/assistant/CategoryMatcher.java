package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.assistant.lang.EditDistance;
import io.spendsense.assistant.lang.Normalizer;
import io.spendsense.domain.Category;

/**
 * Finds the user's categories in a question by name or synonym, tolerating plural/singular and small typos. The
 * longest phrase wins ("gas bill" is Utilities, not "gas" Transport); at equal length an exact word beats a plural
 * form, which beats a typo. Ordinary words ({@link StopWords}) only ever match exactly.
 */
final class CategoryMatcher {
    /** A category found at tokens {@code start} (inclusive) to {@code end} (exclusive); {@code how} for explain. */
    record Match(Category category, int start, int end, String words, String how) {
    }

    private record Phrase(String[] words, Category category, String text, int order) {
    }

    private record Candidate(Phrase phrase, int end, int quality, int distance) {
    }

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final Map<String, List<Phrase>> bySingularFirst = new HashMap<>();
    private final Map<Character, List<Phrase>> byInitial = new HashMap<>();
    private final List<Category> categories;
    /** The first words of phrases of two words or more ("christmas" of "christmas gifts"). */
    private final java.util.Set<String> phraseStarts = new java.util.HashSet<>();
    /** The words of phrases of two words or more, with the categories whose phrases hold them ("food": Groceries of
     * "food shopping", Dining of "fast food"). */
    private final Map<String, java.util.Set<Category>> phraseWords = new HashMap<>();
    /** Words that are a whole name or synonym by themselves. */
    private final java.util.Set<String> wholeWords = new java.util.HashSet<>();

    CategoryMatcher(List<Category> categories) {
        this.categories = List.copyOf(categories);
        int order = 0;
        for (Category c : categories) {
            add(c, c.name(), order++);
            for (String s : c.synonyms()) {
                add(c, s, order++);
            }
        }
    }

    List<Category> categories() {
        return categories;
    }

    /** Whether a phrase of several words starts with this word, so that a cheap test can skip a full search. */
    boolean startsLongerPhrase(String word) {
        return phraseStarts.contains(word);
    }

    private void add(Category c, String text, int order) {
        var words = Normalizer.normalize(text).words().toArray(String[]::new);
        if (words.length == 0) {
            return;
        }
        var p = new Phrase(words, c, text.toLowerCase(java.util.Locale.ROOT), order);
        if (words.length > 1) {
            phraseStarts.add(words[0]);
            for (String word : words) {
                phraseWords.computeIfAbsent(word, k -> new java.util.LinkedHashSet<>()).add(c);
            }
        } else {
            wholeWords.add(words[0]);
            wholeWords.add(WordForms.singular(words[0]));
        }
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
        bySingularFirst.computeIfAbsent(WordForms.singular(words[0]), k -> new ArrayList<>()).add(p);
        if (words[0].length() >= 4) {
            byInitial.computeIfAbsent(words[0].charAt(0), k -> new ArrayList<>()).add(p);
        }
    }

    /**
     * The categories a word could mean when it is only part of longer names or synonyms of two categories or more
     * ("food": "food shopping" is Groceries, "fast food" Dining; "insurance"), and no name or synonym by itself; else
     * empty. Such a word alone names no category, and picking one would answer another question.
     */
    List<Category> ambiguous(String word) {
        if (word.length() < 3 || StopWords.contains(word) || wholeWords.contains(word)
                || wholeWords.contains(WordForms.singular(word))) {
            return List.of();
        }
        var in = phraseWords.getOrDefault(word, phraseWords.getOrDefault(WordForms.singular(word), java.util.Set.of()));
        return in.size() < 2 ? List.of() : List.copyOf(in);
    }

    /** Every category mention in the words not yet used, in sentence order; marks their tokens used. */
    List<Match> findAll(String[] w, BitSet used) {
        var found = new ArrayList<Match>();
        for (int i = 0; i < w.length; i++) {
            if (used.get(i)) {
                continue;
            }
            Candidate best = bestAt(w, i, used);
            if (best != null) {
                found.add(new Match(best.phrase().category(), i, best.end(), String.join(" ", slice(w, i, best.end())),
                        how(best, w, i)));
                used.set(i, best.end());
                i = best.end() - 1;
            }
        }
        return found;
    }

    private Candidate bestAt(String[] w, int i, BitSet used) {
        Candidate best = null;
        for (List<Phrase> list : candidatesFor(w[i])) {
            for (Phrase p : list) {
                Candidate c = matchAt(p, w, i, used);
                if (c != null && better(c, best)) {
                    best = c;
                }
            }
        }
        return best;
    }

    private List<List<Phrase>> candidatesFor(String word) {
        var lists = new ArrayList<List<Phrase>>(3);
        lists.add(byFirst.getOrDefault(word, List.of()));
        if (!StopWords.contains(word)) {
            lists.add(bySingularFirst.getOrDefault(WordForms.singular(word), List.of()));
            if (word.length() >= 4 && !WordForms.hasDigit(word)) {
                lists.add(byInitial.getOrDefault(word.charAt(0), List.of()));
            }
        }
        return lists;
    }

    private static Candidate matchAt(Phrase p, String[] w, int i, BitSet used) {
        if (i + p.words().length > w.length) {
            return null;
        }
        int quality = 0;
        int distance = 0;
        for (int k = 0; k < p.words().length; k++) {
            if (used.get(i + k)) {
                return null;
            }
            String q = w[i + k];
            String target = p.words()[k];
            if (q.equals(target)) {
                quality += 3;
            } else if (StopWords.contains(q) || WordForms.hasDigit(q)) {
                return null;
            } else if (WordForms.singular(q).equals(WordForms.singular(target))) {
                quality += 2;
            } else {
                int allowed = Math.min(EditDistance.allowedFor(target.length()), EditDistance.allowedFor(q.length()));
                // a topic SpendSense does not track is not a typo ("tips" is not "trips"), nor is a longer word that
                // starts with the whole name ("healthy" is not "health")
                if (allowed == 0 || q.charAt(0) != target.charAt(0) || OutOfScope.isAnyTopicWord(q)
                        || q.length() > target.length() && q.startsWith(target)) {
                    return null;
                }
                int d = EditDistance.within(q, target, allowed);
                if (d > allowed) {
                    return null;
                }
                quality += 1;
                distance += d;
            }
        }
        return new Candidate(p, i + p.words().length, quality, distance);
    }

    private static boolean better(Candidate c, Candidate best) {
        if (best == null) {
            return true;
        }
        if (c.end() != best.end()) {
            return c.end() > best.end();
        }
        if (c.quality() != best.quality()) {
            return c.quality() > best.quality();
        }
        if (c.distance() != best.distance()) {
            return c.distance() < best.distance();
        }
        return c.phrase().order() < best.phrase().order();
    }

    private static String how(Candidate c, String[] w, int i) {
        Phrase p = c.phrase();
        boolean isName = p.text().equalsIgnoreCase(p.category().name());
        String what = isName ? "name" : "synonym '" + p.text() + "'";
        int exact = 3 * p.words().length;
        if (c.quality() == exact) {
            return what;
        }
        if (c.distance() == 0) {
            return "plural/singular of " + what;
        }
        return "typo of '" + p.text() + "' (" + what + ", distance " + c.distance() + ")";
    }

    private static List<String> slice(String[] w, int from, int to) {
        return java.util.Arrays.asList(w).subList(from, to);
    }
}
