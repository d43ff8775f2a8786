package io.spendsense.assistant.lang;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.AttachmentFilter;

/**
 * Finds a receipt restriction: "without a receipt", "with no receipts", "that have no receipt", "missing receipts",
 * "do not have a receipt", "receipt missing" (without); "with a receipt", "that have receipts", "with attachments"
 * (with). A bare "receipts" ("show my receipts") is no filter: it names the expenses themselves, as before.
 *
 * <p>Call it before the exclusions are found: "without" here is not "except". Periods already found are passed so
 * that their words are left alone.
 */
public final class ReceiptFilters {
    private static final Set<String> NOUNS = Set.of("receipt", "receipts", "attachment", "attachments");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "any", "their", "its", "my");
    private static final Set<String> HAVE = Set.of("have", "has", "had", "got");
    private static final Set<String> DO = Set.of("do", "does", "did");
    private static final Set<String> MISSING = Set.of("missing", "lacking", "lack", "lacks", "need", "needs",
            "needing");
    private static final Set<String> BE = Set.of("are", "is", "were", "was");

    public Optional<ReceiptMatch> find(List<Token> tokens) {
        return find(tokens, List.of());
    }

    /** As {@link #find(List)}, leaving alone the tokens of the periods already found. */
    public Optional<ReceiptMatch> find(List<Token> tokens, Collection<PeriodMatch> periods) {
        String[] w = PeriodGrammar.words(tokens);
        var used = PeriodMatch.tokens(periods, w.length);
        for (int i = 0; i < w.length; i++) {
            if (used.get(i) || !NOUNS.contains(w[i])) {
                continue;
            }
            var match = around(w, i);
            if (match != null && used.get(match.startToken(), match.endToken()).isEmpty()) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }

    /** The restriction around the noun at {@code n}, or null when nothing before or after it makes one. */
    private static ReceiptMatch around(String[] w, int n) {
        int j = n - 1;
        if (DETERMINERS.contains(DateWords.at(w, j))) {
            j--;
        }
        String lead = DateWords.at(w, j);
        String after = DateWords.at(w, n + 1);
        int end = n + 1;
        AttachmentFilter kind = null;
        int start = j;
        if (lead.equals("no")) {
            kind = AttachmentFilter.WITHOUT;
            // "with no receipt", "that have no receipts"
            if (lead(w, j - 1)) {
                start = j - 1;
            }
        } else if (lead.equals("without")) {
            kind = AttachmentFilter.WITHOUT;
        } else if (MISSING.contains(lead)) {
            kind = AttachmentFilter.WITHOUT;
            // "are missing a receipt", "still need a receipt"
            if (BE.contains(DateWords.at(w, j - 1)) || DateWords.at(w, j - 1).equals("still")) {
                start = j - 1;
            }
        } else if (HAVE.contains(lead) && DateWords.at(w, j - 1).equals("not")) {
            // "do not have a receipt", "have not got receipts"
            kind = AttachmentFilter.WITHOUT;
            start = DO.contains(DateWords.at(w, j - 2)) ? j - 2 : j - 1;
        } else if (lead(w, j)) {
            kind = AttachmentFilter.WITH;
            if (DO.contains(DateWords.at(w, j - 1))) {
                start = j - 1;
            }
        } else if (after.equals("missing")) {
            // "receipt missing", "receipts missing"
            kind = AttachmentFilter.WITHOUT;
            start = DETERMINERS.contains(DateWords.at(w, n - 1)) ? n - 1 : n;
            end = n + 2;
        }
        if (kind == null) {
            return null;
        }
        if (end == n + 1 && (after.equals("attached") || after.equals("on") && DateWords.at(w, n + 2)
                .equals("file"))) {
            end = after.equals("attached") ? n + 2 : n + 3;   // "no receipt attached", "a receipt on file"
        }
        start = Math.max(0, start);
        return new ReceiptMatch(kind, start, end, PeriodGrammar.join(w, start, end));
    }

    /** "with", "have", "has", "had", "got": what keeps a receipt ("with a receipt", "that have receipts"). */
    private static boolean lead(String[] w, int i) {
        String s = DateWords.at(w, i);
        return s.equals("with") || HAVE.contains(s);
    }
}
