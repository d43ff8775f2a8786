package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.spendsense.assistant.lang.NormalizedQuestion;
import io.spendsense.assistant.lang.Numbers;
import io.spendsense.assistant.lang.PeriodGrammar;

/**
 * Payees the user does not have yet, read by position: the words after "at" or "from" ("at Joe's Diner"), after "on"
 * when nothing else matched, after a buying verb ("how often did I get sushi"), after an exclusion marker ("except
 * Lyft"), and a word joined to a payee by "and"/"or" ("uber or lyft"). Each matches payee or description as a
 * substring, like any payee filter.
 */
final class UnknownPayees {
    private static final Set<String> LEADS = Set.of("at", "from");
    private static final Set<String> VERBS = Set.of("get", "got", "buy", "bought", "order", "ordered", "grab",
            "grabbed", "purchase", "purchased", "buying", "getting", "ordering");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "my", "some", "any");

    private UnknownPayees() {
    }

    /** "at Joe's Diner", "from the farmers market", "on sushi" (only when no category matched), "get sushi". */
    static Optional<Reading.PayeeRef> after(NormalizedQuestion q, String[] w, BitSet used, boolean allowOn) {
        var found = after(q, w, used, LEADS);
        if (found.isEmpty() && allowOn) {
            found = after(q, w, used, Set.of("on"));
        }
        if (found.isEmpty()) {
            found = after(q, w, used, VERBS);
        }
        // "how many coffees did I buy": what is counted is what the expenses were for
        for (int i = 1; found.isEmpty() && i + 1 < w.length; i++) {
            if (w[i - 1].equals("how") && w[i].equals("many") && !used.get(i + 1)) {
                found = span(q, w, used, i + 1, "what 'how many' counts");
                // "how many spontaneous purchases": a word before a word for expenses describes them, it is not
                // what they were for
                boolean describes = i + 2 < w.length && COUNTED.contains(w[i + 2]);
                found = found.filter(p -> p.end() - p.start() == 1 && !describes);
            }
        }
        return found;
    }

    /**
     * "coffee this week", "how much sushi in May": when nothing else named a subject, a word (and the ones right after
     * it) that is a word of one of the user's payee names is the payee text it stands for (matching payee or
     * description, as any payee filter). A word no payee has stays not understood.
     */
    static Optional<Reading.PayeeRef> nameWord(NormalizedQuestion q, String[] w, BitSet used, PayeeMatcher known) {
        for (int i = 0; i < w.length; i++) {
            if (used.get(i) || !candidate(w[i]) || Leftovers.isRuleWord(w[i]) || PeriodGrammar.looksLikeDate(w[i])
                    || w[i].length() < 3 || !known.isNameWord(w[i])) {
                continue;
            }
            int end = i + 1;
            while (end < w.length && end - i < 3 && !used.get(end) && candidate(w[end])
                    && !Leftovers.isRuleWord(w[end]) && known.isNameWord(w[end]) && !punctuationBefore(q, end)) {
                end++;
            }
            return Optional.of(ref(q, w, i, end, "a word of your payees' names ('" + w[i] + "')"));
        }
        return Optional.empty();
    }

    /** Words for expenses themselves, which the word before them only describes. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("purchases", "purchase", "expenses",
            "expense", "orders", "order", "transactions", "transaction", "items", "item", "things", "payments",
            "charges", "times", "buys", "bills");

    /** "except Lyft", "not counting the farmers market": the words right after an exclusion marker. */
    static Optional<Reading.PayeeRef> excluded(NormalizedQuestion q, String[] w, BitSet used, Exclusions.Marker m,
                                               BitSet entities) {
        int start = m.end();
        while (start < w.length && !used.get(start) && Exclusions.JOINERS.contains(w[start])) {
            start++;
        }
        if (start >= w.length || used.get(start) || entities.get(start)) {
            return Optional.empty();
        }
        return span(q, w, used, start, "words after '" + m.words() + "'");
    }

    /** "uber or lyft", "lyft and uber": a word joined by "and"/"or" to a payee is a payee too. */
    static List<Reading.PayeeRef> joined(NormalizedQuestion q, String[] w, BitSet used, List<Reading.PayeeRef> payees) {
        var out = new ArrayList<Reading.PayeeRef>();
        var taken = (BitSet) used.clone();
        for (Reading.PayeeRef p : payees) {
            int k = p.end();
            if (k + 1 < w.length && isJoiner(w[k]) && !taken.get(k)) {
                span(q, w, taken, k + 1, "joined to " + p.name() + " by '" + w[k] + "'").ifPresent(x -> {
                    out.add(x);
                    taken.set(x.start(), x.end());
                });
            }
            int b = p.start() - 1;
            if (b >= 1 && isJoiner(w[b]) && !taken.get(b - 1) && !taken.get(b) && candidate(w[b - 1])) {
                int start = b - 1;
                out.add(ref(q, w, start, b, "joined to " + p.name() + " by '" + w[b] + "'"));
                taken.set(start, b);
            }
        }
        return out;
    }

    private static boolean isJoiner(String word) {
        return Set.of("or", "and", "nor", "vs", "versus", "than", "plus").contains(word);
    }

    private static Optional<Reading.PayeeRef> after(NormalizedQuestion q, String[] w, BitSet used, Set<String> leads) {
        for (int i = 0; i < w.length - 1; i++) {
            if (used.get(i) || !leads.contains(w[i])) {
                continue;
            }
            int start = i + 1;
            while (start < w.length && !used.get(start) && ARTICLES.contains(w[start])) {
                start++;
            }
            // "on wensday": a misspelt day is no payee (it is reported as a date not understood)
            if (w[i].equals("on") && start < w.length && PeriodGrammar.looksLikeDate(w[start])) {
                continue;
            }
            var found = span(q, w, used, start, "words after '" + w[i] + "'");
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Up to four words from {@code start} that are not used, not ordinary question words and not numbers. */
    private static Optional<Reading.PayeeRef> span(NormalizedQuestion q, String[] w, BitSet used, int start,
                                                   String how) {
        int end = start;
        while (end < w.length && end - start < 4 && !used.get(end) && candidate(w[end])
                && !(end > start && punctuationBefore(q, end))) {
            end++;
        }
        return end > start ? Optional.of(ref(q, w, start, end, how)) : Optional.empty();
    }

    private static boolean candidate(String word) {
        return !StopWords.contains(word) && !Leftovers.isFiller(word) && !Numbers.isNumber(word)
                && !Set.of("not", "nothing", "none", "never", "no", "neither", "nor").contains(word)
                && !OutOfScope.isTopicWord(word);
    }

    private static Reading.PayeeRef ref(NormalizedQuestion q, String[] w, int start, int end, String how) {
        String said = q.original().substring(q.tokens().get(start).start(), q.tokens().get(end - 1).end());
        // "lattes", "rides": a plural matches more descriptions as its stem ("Latte", "Ride")
        said = WordForms.stem(said);
        return new Reading.PayeeRef(said.strip(), start, end, String.join(" ", Arrays.asList(w).subList(start, end)),
                -1, how);
    }

    static boolean punctuationBefore(NormalizedQuestion q, int token) {
        if (token <= 0 || token >= q.tokens().size()) {
            return false;
        }
        int from = q.tokens().get(token - 1).end();
        int to = q.tokens().get(token).start();
        for (int k = from; k < to && k < q.original().length(); k++) {
            char c = q.original().charAt(k);
            if (c == ',' || c == ';' || c == '?' || c == '!' || c == '.' || c == ':' || c == '(') {
                return true;
            }
        }
        return false;
    }
}
