package io.spendsense.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import io.spendsense.assistant.lang.AmountFilters;
import io.spendsense.assistant.lang.AmountMatch;
import io.spendsense.assistant.lang.DayFilters;
import io.spendsense.assistant.lang.DayMatch;
import io.spendsense.assistant.lang.NormalizedQuestion;
import io.spendsense.assistant.lang.Normalizer;
import io.spendsense.assistant.lang.Numbers;
import io.spendsense.assistant.lang.PeriodGrammar;
import io.spendsense.assistant.lang.PeriodMatch;
import io.spendsense.domain.Period;

/**
 * Reads a question without touching data: normalizes it, finds periods, amount and day filters (language layer),
 * then payees before categories (a word that is both is the payee), then "at X" payees that are not known, and
 * finally classifies the intent over the remaining words. Parse-only: the benchmark times exactly this.
 */
final class QuestionReader {
    private static final Set<String> OPENERS = Set.of("and", "also", "plus", "then", "now", "ok", "okay", "same");
    private static final Set<String> FILLER = Set.of("and", "what", "about", "how", "in", "for", "on", "at", "the",
            "my", "me", "of", "then", "also", "same", "ok", "okay", "so", "now", "with", "during", "is", "was", "it",
            "there", "i", "just", "only", "please", "again", "instead", "plus", "a", "an", "from", "to", "this",
            "that", "those", "one", "ones", "thing", "things", "as", "well", "too", "but", "or", "by", "vs", "versus",
            "within", "over", "period", "time", "like", "did", "do", "we", "our", "all", "any");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "which", "when", "where", "who", "why",
            "did", "do", "does", "is", "are", "was", "were", "can", "could", "should", "show", "list", "have", "has");
    private static final Set<String> PAYEE_LEAD = Set.of("at", "from");
    /** Words that point back at what was just asked ("compare that to February", "show them"). */
    private static final Set<String> BACK = Set.of("that", "them", "those", "these", "same", "this");
    private static final AmountFilters AMOUNTS = new AmountFilters();
    private static final DayFilters DAYS = new DayFilters();

    private final IntentClassifier classifier = new IntentClassifier(IntentRules.ALL);

    Reading read(String raw, UserLexicon lexicon, java.time.LocalDate today, Period previousPeriod) {
        NormalizedQuestion q = Normalizer.normalize(raw);
        String[] w = q.words().toArray(String[]::new);
        var grammar = new PeriodGrammar(today);
        PeriodMatch shifted = previousPeriod == null ? null
                : grammar.shiftPrevious(q.tokens(), previousPeriod).orElse(null);
        List<PeriodMatch> periods = new ArrayList<>(grammar.findAll(q.tokens()));
        if (shifted != null) {
            periods.removeIf(p -> p.startToken() < shifted.endToken() && shifted.startToken() < p.endToken());
        }
        var used = new BitSet(w.length);
        var kinds = new String[w.length];
        for (PeriodMatch p : periods) {
            mark(used, kinds, p.startToken(), p.endToken(), "<period>");
        }
        if (shifted != null) {
            mark(used, kinds, shifted.startToken(), shifted.endToken(), "<period>");
        }
        var allPeriods = new ArrayList<>(periods);
        if (shifted != null) {
            allPeriods.add(shifted);
        }
        AmountMatch amount = AMOUNTS.find(q.tokens(), allPeriods).orElse(null);
        if (amount != null) {
            mark(used, kinds, amount.startToken(), amount.endToken(), "<amount>");
        }
        DayMatch days = DAYS.find(q.tokens(), allPeriods).orElse(null);
        if (days != null && !used.get(days.startToken())) {
            mark(used, kinds, days.startToken(), days.endToken(), "<days>");
        } else {
            days = null;
        }
        var payees = new ArrayList<Reading.PayeeRef>();
        for (PayeeMatcher.Match m : lexicon.payees().findAll(w, used)) {
            payees.add(new Reading.PayeeRef(m.name(), m.start(), m.end(), m.words(), m.usualCategoryId(),
                    "known payee"));
            mark(used, kinds, m.start(), m.end(), "<payee>");
        }
        var categories = lexicon.categories().findAll(w, used);
        for (CategoryMatcher.Match m : categories) {
            mark(used, kinds, m.start(), m.end(), "<category>");
        }
        if (payees.isEmpty()) {
            unknownPayee(q, w, used, categories.isEmpty()).ifPresent(p -> {
                payees.add(p);
                mark(used, kinds, p.start(), p.end(), "<payee>");
            });
        }
        BigDecimal plainAmount = plainAmount(w, used);
        String[] view = view(w, kinds);
        boolean onlyFiller = onlyFiller(view);
        boolean question = raw != null && raw.contains("?") || w.length > 0 && QUESTION_WORDS.contains(w[0]);
        var facts = new IntentRule.Facts(allPeriods.size(), categories.size(), payees.size(), amount != null,
                plainAmount != null, question, onlyFiller);
        var intent = classifier.classify(view, facts);
        String[] perFound = per(view);
        String why = null;
        if (w.length > 0 && OPENERS.contains(w[0])) {
            why = "starts with '" + w[0] + "'";
        } else if (w.length > 1 && (w[0].equals("what") || w[0].equals("how")) && w[1].equals("about")) {
            why = "starts with '" + w[0] + " about'";
        } else if (!intent.ownWords() && onlyFiller && (shifted != null || !allPeriods.isEmpty()
                || !categories.isEmpty() || !payees.isEmpty() || amount != null || days != null)) {
            why = "names only a period, category, payee or filter";
        } else if (shifted != null) {
            why = "moves the previous period ('" + shifted.words() + "')";
        } else if (refersBack(view) && intent.ownWords()) {
            why = "refers to the previous question ('" + refersBackWord(view) + "')";
        } else if (w.length > 0 && w.length <= 3 && payees.isEmpty() && categories.isEmpty() && allPeriods.isEmpty()
                && amount == null && days == null && intent.ownWords()) {
            why = "a short question without its own filters";
        }
        boolean anyEntity = shifted != null || !allPeriods.isEmpty() || !categories.isEmpty() || !payees.isEmpty()
                || amount != null || days != null;
        if (why != null && !intent.ownWords() && !anyEntity) {
            // "ok", "thanks", "and?": nothing to carry over, so not a follow-up
            why = null;
        }
        return new Reading(q, w, periods, shifted, amount, days, categories, payees, plainAmount, view, intent,
                perFound == null ? null : Per.valueOf(perFound[0]), perFound == null ? null : perFound[1],
                why != null, why, limit(view));
    }

    private static final Set<String> SUPERLATIVES = Set.of("biggest", "largest", "smallest", "cheapest", "priciest",
            "most", "highest", "lowest", "costliest");

    /** "my 3 biggest", "top 5", "the five largest": how many are asked for; 1 when not said. */
    private static int limit(String[] view) {
        for (int i = 0; i < view.length; i++) {
            int n = Numbers.intValue(view[i]);
            if (n > 1 && n <= 100 && (i + 1 < view.length && SUPERLATIVES.contains(view[i + 1])
                    || i > 0 && view[i - 1].equals("top"))) {
                return n;
            }
        }
        return 1;
    }

    /** "at Joe's Diner", "from the farmers market": words after at/from (or "on", when nothing else matched). */
    private static java.util.Optional<Reading.PayeeRef> unknownPayee(NormalizedQuestion q, String[] w, BitSet used,
                                                                     boolean allowOn) {
        for (int pass = 0; pass < 2; pass++) {
            var found = unknownPayeeAfter(q, w, used, pass == 0 ? PAYEE_LEAD : allowOn ? Set.of("on") : Set.of());
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Reading.PayeeRef> unknownPayeeAfter(NormalizedQuestion q, String[] w,
                                                                          BitSet used, Set<String> leads) {
        for (int i = 0; i < w.length - 1; i++) {
            if (used.get(i) || !leads.contains(w[i])) {
                continue;
            }
            int start = i + 1;
            while (start < w.length && !used.get(start) && Set.of("the", "a", "an", "my").contains(w[start])) {
                start++;
            }
            int end = start;
            while (end < w.length && end - start < 4 && !used.get(end) && !StopWords.contains(w[end])
                    && !Numbers.isNumber(w[end]) && !(end > start && punctuationBefore(q, end))) {
                end++;
            }
            if (end > start) {
                String said = q.original().substring(q.tokens().get(start).start(), q.tokens().get(end - 1).end());
                // "lattes", "rides": a plural matches more descriptions as its stem ("Latte", "Ride")
                said = WordForms.stem(said);
                return java.util.Optional.of(new Reading.PayeeRef(said.strip(), start, end,
                        String.join(" ", java.util.Arrays.asList(w).subList(start, end)), -1,
                        "words after '" + w[i] + "'"));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean punctuationBefore(NormalizedQuestion q, int token) {
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

    private static boolean refersBack(String[] view) {
        return refersBackWord(view) != null;
    }

    private static String refersBackWord(String[] view) {
        for (String v : view) {
            if (BACK.contains(v)) {
                return v;
            }
        }
        return null;
    }

    private static BigDecimal plainAmount(String[] w, BitSet used) {
        for (int i = 0; i < w.length; i++) {
            if (!used.get(i) && Numbers.isNumber(w[i])) {
                return Numbers.parse(w[i]).orElse(null);
            }
        }
        return null;
    }

    private static void mark(BitSet used, String[] kinds, int from, int to, String kind) {
        int a = Math.max(0, from);
        int b = Math.min(kinds.length, to);
        if (a >= b) {
            return;
        }
        used.set(a, b);
        for (int k = a; k < b; k++) {
            kinds[k] = k == a ? kind : "";
        }
    }

    private static String[] view(String[] w, String[] kinds) {
        var out = new ArrayList<String>(w.length);
        for (int i = 0; i < w.length; i++) {
            if (kinds[i] == null) {
                out.add(w[i]);
            } else if (!kinds[i].isEmpty()) {
                out.add(kinds[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    private static boolean onlyFiller(String[] view) {
        for (String v : view) {
            if (!v.startsWith("<") && !FILLER.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** The unit of an average: "per day", "daily", "a week", "monthly"; null means per expense. */
    private static String[] per(String[] view) {
        for (int i = 0; i < view.length; i++) {
            String v = view[i];
            String unit = switch (v) {
                case "daily" -> "DAY";
                case "weekly" -> "WEEK";
                case "monthly" -> "MONTH";
                default -> null;
            };
            boolean lead = i > 0 && Set.of("per", "a", "each", "every").contains(view[i - 1]);
            if (unit == null && lead) {
                unit = switch (v) {
                    case "day" -> "DAY";
                    case "week" -> "WEEK";
                    case "month" -> "MONTH";
                    default -> null;
                };
            }
            if (unit != null) {
                return new String[] {unit, lead ? view[i - 1] + " " + v : v};
            }
        }
        return null;
    }
}
