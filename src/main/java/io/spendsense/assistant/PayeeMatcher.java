package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spendsense.assistant.lang.Normalizer;

/**
 * Finds the payees the user actually has ("Trader Joe's", "Best Buy", "T-Mobile") in a question, case-insensitively
 * and without caring for possessives or punctuation ("trader joes", "dominos", "tmobile"). The longest name wins; at
 * equal length the most used payee. A payee whose name is an ordinary word ("Target", "Shell") is only read after
 * "at", "from" or "on", so that "my target" stays a word; so is the first word alone of a longer name ("at Oakwood"
 * for "Oakwood Apartments"), when no other payee starts with it.
 */
final class PayeeMatcher {
    /** A payee found at tokens {@code start} to {@code end} (exclusive); {@code name} as the user stored it. */
    record Match(String name, int start, int end, String words, long usualCategoryId) {
    }

    /** A payee the user has, with how often it was used and the category it is usually filed under. */
    record Known(String name, long usualCategoryId, long count) {
    }

    private record Entry(String[] keys, Known payee, int rank) {
    }

    private static final Set<String> BEFORE_PAYEE = Set.of("at", "from", "on", "to", "with", "via");
    /** One-word payee names that are also ordinary words: "shell out", "an apple a day", "my target". */
    private static final Set<String> ORDINARY = Set.of("shell", "apple", "steam", "delta", "chase", "gap", "sprint",
            "square", "subway");
    private static final Set<String> COMMON_USE_NEXT = Set.of("out", "pie", "pies", "juice", "cleaning", "cleaner",
            "room", "engine", "force", "shock", "fish", "station", "a", "an");
    private static final Set<String> JOINERS = Set.of("or", "and", "nor", "vs", "versus", "than", "plus");

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final Map<String, Entry> byJoined = new HashMap<>();
    private final Map<String, Entry> byPrefix = new HashMap<>();
    private final int size;
    /** Every word of the payees' names ("coffee" of "Blue Bottle Coffee"), for a bare word that names them. */
    private final Set<String> nameWords = new java.util.HashSet<>();

    PayeeMatcher(List<Known> payees) {
        int rank = 0;
        var firstWords = new HashMap<String, List<Entry>>();
        for (Known k : payees) {
            // "City Power & Light": typed with "and", or with the "&" that the normalizer drops
            for (String spelling : k.name().contains("&") ? List.of(k.name().replace("&", " and "), k.name())
                    : List.of(k.name())) {
                var words = Normalizer.normalize(spelling).words();
                if (words.isEmpty()) {
                    continue;
                }
                String[] keys = words.stream().map(WordForms::plain).toArray(String[]::new);
                nameWords.addAll(Arrays.asList(keys));
                var e = new Entry(keys, k, rank);
                byFirst.computeIfAbsent(keys[0], x -> new ArrayList<>()).add(e);
                if (keys.length > 1) {
                    byJoined.putIfAbsent(String.join("", keys), e);
                    firstWords.computeIfAbsent(keys[0], x -> new ArrayList<>()).add(e);
                }
            }
            rank++;
        }
        // "at Oakwood", "to Delta": the first word of a longer name, when no other payee starts with it
        firstWords.forEach((word, entries) -> {
            boolean unique = entries.stream().map(e -> e.payee().name()).distinct().count() == 1
                    && !byFirst.get(word).stream().anyMatch(e -> e.keys().length == 1);
            boolean acronym = word.length() == 3 && isAcronym(entries.get(0).payee().name());
            if (unique && (word.length() >= 4 || acronym) && !StopWords.contains(word) && !WordForms.hasDigit(word)) {
                byPrefix.put(word, entries.get(0));
            }
        });
        this.size = rank;
    }

    /** "AMC Theatres", "IKEA Store": the name starts with a word in capitals, which the user calls it by. */
    private static boolean isAcronym(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return first.length() >= 3 && first.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether a word is a word of one of the payees' names ("coffee" of "Peet's Coffee", "foods" of "Whole Foods"),
     * so that a bare "coffee this week" names what the user has.
     */
    boolean isNameWord(String word) {
        for (String key : keysOf(word)) {
            if (nameWords.contains(key)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /** Every payee mention in the words not yet used, in sentence order; marks their tokens used. */
    List<Match> findAll(String[] w, BitSet used) {
        var found = new ArrayList<Match>();
        int lastEnd = -1;
        for (int i = 0; i < w.length; i++) {
            if (used.get(i)) {
                continue;
            }
            Entry best = null;
            int bestEnd = i;
            for (String key : keysOf(w[i])) {
                for (Entry e : byFirst.getOrDefault(key, List.of())) {
                    int end = matchAt(e, w, i, used);
                    if (end > bestEnd || end == bestEnd && end > i && e.rank() < best.rank()) {
                        best = e;
                        bestEnd = end;
                    }
                }
                Entry joined = byJoined.get(key);
                if (joined != null && bestEnd == i) {
                    best = joined;
                    bestEnd = i + 1;
                }
                Entry prefix = byPrefix.get(key);
                if (prefix != null && bestEnd == i && i > 0 && BEFORE_PAYEE.contains(w[i - 1])) {
                    best = prefix;
                    bestEnd = i + 1;
                }
            }
            // "Amazon or Target": a payee joined to the one before reads like it
            boolean joined = i >= 2 && lastEnd == i - 1 && JOINERS.contains(w[i - 1]);
            if (best == null || !joined && !allowedHere(best, w, i, bestEnd)) {
                continue;
            }
            lastEnd = bestEnd;
            found.add(new Match(best.payee().name(), i, bestEnd, String.join(" ", java.util.Arrays.asList(w)
                    .subList(i, bestEnd)), best.payee().usualCategoryId()));
            used.set(i, bestEnd);
            i = bestEnd - 1;
        }
        return found;
    }

    private static boolean allowedHere(Entry e, String[] w, int start, int end) {
        String word = WordForms.plain(w[start]);
        boolean ordinary = StopWords.contains(w[start]) || ORDINARY.contains(word) && isCommonWordUse(w, start);
        if (end - start > 1 || !ordinary) {
            return true;
        }
        return start > 0 && BEFORE_PAYEE.contains(w[start - 1]);
    }

    /**
     * Whether an ordinary-word payee name stands as the word, as the word after it shows: "shell out", "apple pie",
     * "steam cleaning". Elsewhere ("Steam purchases", "how much at Shell") it is the payee.
     */
    private static boolean isCommonWordUse(String[] w, int i) {
        return i + 1 < w.length && COMMON_USE_NEXT.contains(w[i + 1]);
    }

    private static int matchAt(Entry e, String[] w, int i, BitSet used) {
        String[] keys = e.keys();
        if (i + keys.length > w.length) {
            return i;
        }
        for (int k = 0; k < keys.length; k++) {
            if (used.get(i + k) || !keysOf(w[i + k]).contains(keys[k])) {
                return i;
            }
        }
        return i + keys.length;
    }

    /** The forms a typed word may stand for: as typed, possessive-free, and without a plural "s" ("joes"). */
    private static List<String> keysOf(String word) {
        String plain = WordForms.plain(word);
        if (plain.length() > 3 && plain.endsWith("s")) {
            return List.of(plain, plain.substring(0, plain.length() - 1));
        }
        return List.of(plain);
    }
}
