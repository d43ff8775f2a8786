package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A readable pattern over a question's words: {@code "how much … spend|spent"}. Words separated by a space must be
 * adjacent, {@code …} allows any words in between, {@code a|b} is either word, and a leading {@code ^} anchors the
 * pattern at the first word. Entity placeholders such as {@code <category>} stand for recognized phrases.
 */
final class WordPattern {
    private final String source;
    private final boolean anchored;
    private final List<List<Set<String>>> segments = new ArrayList<>();

    WordPattern(String source) {
        this.source = source;
        String s = source.strip();
        this.anchored = s.startsWith("^");
        if (anchored) {
            s = s.substring(1).strip();
        }
        for (String segment : s.isEmpty() ? new String[0] : s.split("\\s*…\\s*")) {
            var alternatives = new ArrayList<Set<String>>();
            for (String word : segment.strip().split("\\s+")) {
                alternatives.add(Set.copyOf(Arrays.asList(word.split("\\|"))));
            }
            segments.add(List.copyOf(alternatives));
        }
    }

    String source() {
        return source;
    }

    /** The words the pattern's first word may be, or null for an empty pattern (which always matches). */
    Set<String> firstWords() {
        return segments.isEmpty() ? null : segments.get(0).get(0);
    }

    /** Every word the pattern can match. */
    Set<String> words() {
        var all = new java.util.HashSet<String>();
        segments.forEach(seg -> seg.forEach(all::addAll));
        return all;
    }

    /**
     * The words that stand alone in the pattern (one word between "…"), not inside a fixed phrase: "broken" in
     * "break|broken down" means something only before "down".
     */
    Set<String> loneWords() {
        var all = new java.util.HashSet<String>();
        segments.stream().filter(seg -> seg.size() == 1).forEach(seg -> seg.forEach(all::addAll));
        return all;
    }

    /** The words that matched, in order, or null when the pattern does not occur. */
    List<String> match(String[] w) {
        var words = new ArrayList<String>();
        int from = 0;
        for (int s = 0; s < segments.size(); s++) {
            List<Set<String>> seg = segments.get(s);
            int at = -1;
            int last = anchored && s == 0 ? Math.min(0, w.length - seg.size()) : w.length - seg.size();
            for (int i = from; i <= last; i++) {
                if (matchesAt(seg, w, i)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return null;
            }
            words.add(String.join(" ", Arrays.asList(w).subList(at, at + seg.size())));
            from = at + seg.size();
        }
        return words;
    }

    private static boolean matchesAt(List<Set<String>> seg, String[] w, int i) {
        for (int k = 0; k < seg.size(); k++) {
            if (!seg.get(k).contains(w[i + k])) {
                return false;
            }
        }
        return true;
    }
}
