package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * What a question leaves out: the markers ("excluding", "except", "not counting", "other than", "apart from",
 * "without", "but not") and the stretch of words after each, where the categories and payees named are exclusions,
 * not filters. A stretch runs over entities and the words that join them ("except rent and travel") and ends at the
 * first other word.
 */
final class Exclusions {
    /** A marker at tokens {@code start} to {@code end} (exclusive). */
    record Marker(int start, int end, String words) {
    }

    private static final Set<String> ONE_WORD = Set.of("excluding", "except", "exclude", "excludes", "without",
            "minus", "excl", "sans", "besides", "ignoring", "omitting", "disregarding", "exempting");
    private static final List<String[]> TWO_WORDS = List.of(new String[] {"not", "counting"},
            new String[] {"not", "including"}, new String[] {"not", "incl"}, new String[] {"other", "than"},
            new String[] {"apart", "from"}, new String[] {"aside", "from"}, new String[] {"but", "not"},
            new String[] {"leaving", "out"}, new String[] {"leave", "out"}, new String[] {"except", "for"},
            new String[] {"outside", "of"}, new String[] {"and", "not"}, new String[] {"exclusive", "of"});
    /** Words that may stand inside a stretch between the entities it excludes. */
    static final Set<String> JOINERS = Set.of("and", "or", "nor", "the", "my", "any", "all", "for", "on", "at",
            "from", "of", "stuff", "things", "spending", "purchases", "expenses", "costs", "payments", "purchase",
            "expense", "cost", "payment", "takeout", "delivery", "orders", "order", "rides", "ride", "trips", "trip",
            "bills", "bill", "charges", "charge");

    private Exclusions() {
    }

    /** The markers among the words not yet used, in sentence order. */
    static List<Marker> markers(String[] w, BitSet used) {
        var found = new ArrayList<Marker>();
        for (int i = 0; i < w.length; i++) {
            if (used.get(i)) {
                continue;
            }
            int end = -1;
            for (String[] two : TWO_WORDS) {
                if (i + 1 < w.length && !used.get(i + 1) && w[i].equals(two[0]) && w[i + 1].equals(two[1])) {
                    end = i + 2;
                    break;
                }
            }
            if (end < 0 && ONE_WORD.contains(w[i])) {
                end = i + 1;
            }
            if (end > 0) {
                found.add(new Marker(i, end, String.join(" ", java.util.Arrays.asList(w).subList(i, end))));
                i = end - 1;
            }
        }
        return found;
    }

    /**
     * Whether an entity starting at token {@code start} is inside the stretch of a marker: only joiners and other
     * entities ({@code entity} marks their tokens) stand between the marker and it.
     */
    static Marker scopeOf(int start, List<Marker> markers, String[] w, BitSet entity) {
        for (Marker m : markers) {
            if (m.end() > start) {
                continue;
            }
            boolean inside = true;
            for (int k = m.end(); k < start && inside; k++) {
                inside = entity.get(k) || JOINERS.contains(w[k]);
            }
            if (inside) {
                return m;
            }
        }
        return null;
    }
}
