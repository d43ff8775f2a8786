package io.spendsense.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

import io.spendsense.assistant.lang.AmountFilters;
import io.spendsense.assistant.lang.AmountMatch;
import io.spendsense.assistant.lang.CurrencyFilters;
import io.spendsense.assistant.lang.CurrencyMatch;
import io.spendsense.assistant.lang.DayFilters;
import io.spendsense.assistant.lang.DayMatch;
import io.spendsense.assistant.lang.NoSuchDate;
import io.spendsense.assistant.lang.NormalizedQuestion;
import io.spendsense.assistant.lang.Normalizer;
import io.spendsense.assistant.lang.Numbers;
import io.spendsense.assistant.lang.PeriodGrammar;
import io.spendsense.assistant.lang.PeriodMatch;
import io.spendsense.assistant.lang.ReceiptFilters;
import io.spendsense.assistant.lang.ReceiptMatch;
import io.spendsense.domain.Period;

/**
 * Reads a question without touching data: normalizes it, finds periods, amount, day and receipt filters (language
 * layer), then payees before categories (a word that is both is the payee), then "at X" payees that are not known,
 * and finally classifies the intent over the remaining words. Parse-only: the benchmark times exactly this.
 */
final class QuestionReader {
    private static final Set<String> OPENERS = Set.of("and", "also", "plus", "then", "now", "ok", "okay", "same");
    private static final Set<String> FILLER = Set.of("and", "what", "about", "how", "in", "for", "on", "at", "the",
            "my", "me", "of", "then", "also", "same", "ok", "okay", "so", "now", "with", "during", "is", "was", "it",
            "there", "i", "just", "only", "please", "again", "instead", "plus", "a", "an", "from", "to", "this",
            "that", "those", "one", "ones", "thing", "things", "as", "well", "too", "but", "or", "by", "vs", "versus",
            "within", "over", "period", "time", "like", "did", "do", "we", "our", "all", "any",
            // what the expenses were, said with a payee or category ("uber rides q3", "costco runs in May")
            "rides", "ride", "trips", "visits", "visit", "meals", "meal", "runs", "fares", "fare", "deliveries",
            "sessions");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "which", "when", "where", "who", "why",
            "did", "do", "does", "is", "are", "was", "were", "can", "could", "should", "show", "list", "have", "has");
    private static final Set<String> PAYEE_LEAD = Set.of("at", "from");
    /** Words that point back at what was just asked ("compare that to February", "show them"). */
    private static final Set<String> BACK = Set.of("that", "them", "those", "these", "same", "this");
    private static final AmountFilters AMOUNTS = new AmountFilters();
    private static final DayFilters DAYS = new DayFilters();
    private static final ReceiptFilters RECEIPTS = new ReceiptFilters();
    private static final CurrencyFilters CURRENCIES = new CurrencyFilters();

    private final IntentClassifier classifier = new IntentClassifier(IntentRules.ALL);

    Reading read(String raw, UserLexicon lexicon, java.time.LocalDate today, Period previousPeriod) {
        NormalizedQuestion q = Normalizer.normalize(raw);
        String[] w = q.words().toArray(String[]::new);
        var grammar = new PeriodGrammar(today);
        PeriodMatch shifted = previousPeriod == null ? null
                : grammar.shiftPrevious(q.tokens(), previousPeriod).orElse(null);
        PeriodGrammar.Scan scan = grammar.scan(q.tokens());
        List<PeriodMatch> periods = new ArrayList<>(scan.periods());
        List<NoSuchDate> noSuchDates = new ArrayList<>(scan.noSuchDates());
        if (shifted != null) {
            periods.removeIf(p -> p.startToken() < shifted.endToken() && shifted.startToken() < p.endToken());
            noSuchDates.removeIf(p -> p.startToken() < shifted.endToken() && shifted.startToken() < p.endToken());
        }
        periods.removeIf(p -> insideCategoryPhrase(p, w, lexicon));
        var used = new BitSet(w.length);
        var kinds = new String[w.length];
        for (PeriodMatch p : periods) {
            mark(used, kinds, p.startToken(), p.endToken(), "<period>");
        }
        if (shifted != null) {
            mark(used, kinds, shifted.startToken(), shifted.endToken(), "<period>");
        }
        for (NoSuchDate d : noSuchDates) {
            mark(used, kinds, d.startToken(), d.endToken(), "<nodate>");
        }
        var allPeriods = new ArrayList<>(periods);
        if (shifted != null) {
            allPeriods.add(shifted);
        }
        // the words of a date that does not exist are no amount either ("the 31st of April")
        var dateWords = new ArrayList<>(allPeriods);
        noSuchDates.forEach(d -> dateWords.add(new PeriodMatch(Period.ALL_TIME, d.startToken(), d.endToken(),
                d.words(), "no-such-date")));
        AmountMatch amount = AMOUNTS.find(q.tokens(), dateWords).orElse(null);
        if (amount != null) {
            mark(used, kinds, amount.startToken(), amount.endToken(), "<amount>");
        }
        DayMatch days = DAYS.find(q.tokens(), dateWords).orElse(null);
        if (days != null && !used.get(days.startToken())) {
            mark(used, kinds, days.startToken(), days.endToken(), "<days>");
        } else {
            days = null;
        }
        // "in euros", "in EUR": the currency paid in, before payees and categories can take its words
        CurrencyMatch currency = CURRENCIES.find(q.tokens(), q.original(), used, lexicon.currency()).orElse(null);
        if (currency != null) {
            mark(used, kinds, currency.startToken(), currency.endToken(), "<currency>");
        }
        // before the exclusions: "without a receipt" is no "except"
        ReceiptMatch receipts = RECEIPTS.find(q.tokens(), dateWords).orElse(null);
        if (receipts != null && used.get(receipts.startToken(), receipts.endToken()).isEmpty()) {
            mark(used, kinds, receipts.startToken(), receipts.endToken(), "<receipts>");
        } else {
            receipts = null;
        }
        List<Exclusions.Marker> markers = Exclusions.markers(w, used);
        for (Exclusions.Marker m : markers) {
            mark(used, kinds, m.start(), m.end(), "<excluding>");
        }
        var payees = new ArrayList<Reading.PayeeRef>();
        for (PayeeMatcher.Match m : lexicon.payees().findAll(w, used)) {
            payees.add(new Reading.PayeeRef(m.name(), m.start(), m.end(), m.words(), m.usualCategoryId(),
                    "known payee"));
            mark(used, kinds, m.start(), m.end(), "<payee>");
        }
        var categories = new ArrayList<>(lexicon.categories().findAll(w, used));
        dropShadowingSynonyms(categories, payees, w, used, kinds);
        for (CategoryMatcher.Match m : categories) {
            mark(used, kinds, m.start(), m.end(), "<category>");
        }
        // what is left out ("excluding Starbucks") is no subject: "coffee excluding Starbucks" still names coffee
        BitSet named = entitySpans(w.length, payees, categories);
        boolean noPayee = payees.stream().allMatch(p -> Exclusions.scopeOf(p.start(), markers, w, named) != null);
        boolean noCategory = categories.stream()
                .allMatch(c -> Exclusions.scopeOf(c.start(), markers, w, named) != null);
        // "spent on food": a word only inside the synonyms of several categories is none of them, nor a payee
        Reading.Ambiguous ambiguous = noPayee && noCategory ? ambiguous(w, used, lexicon) : null;
        if (ambiguous != null) {
            mark(used, kinds, ambiguous.start(), ambiguous.start() + 1, "<ambiguous>");
        }
        if (noPayee) {
            UnknownPayees.after(q, w, used, noCategory).ifPresent(p -> {
                payees.add(p);
                mark(used, kinds, p.start(), p.end(), "<payee>");
            });
        }
        if (noPayee && noCategory && payees.stream().allMatch(p -> Exclusions.scopeOf(p.start(), markers, w, named)
                != null)) {
            UnknownPayees.nameWord(q, w, used, lexicon.payees()).ifPresent(p -> {
                payees.add(p);
                mark(used, kinds, p.start(), p.end(), "<payee>");
            });
        }
        for (Exclusions.Marker m : markers) {
            UnknownPayees.excluded(q, w, used, m, entitySpans(w.length, payees, categories)).ifPresent(p -> {
                payees.add(p);
                mark(used, kinds, p.start(), p.end(), "<payee>");
            });
        }
        for (Reading.PayeeRef p : UnknownPayees.joined(q, w, used, payees)) {
            payees.add(p);
            mark(used, kinds, p.start(), p.end(), "<payee>");
        }
        payees.sort(java.util.Comparator.comparingInt(Reading.PayeeRef::start));
        // what stands in the stretch after "excluding", "except", ... is left out, not looked for
        BitSet entities = entitySpans(w.length, payees, categories);
        var excludedCategories = new ArrayList<CategoryMatcher.Match>();
        var excludedPayees = new ArrayList<Reading.PayeeRef>();
        categories.removeIf(c -> Exclusions.scopeOf(c.start(), markers, w, entities) != null
                && excludedCategories.add(c));
        payees.removeIf(p -> Exclusions.scopeOf(p.start(), markers, w, entities) != null && excludedPayees.add(p));
        BigDecimal plainAmount = plainAmount(w, used);
        Reading.ForeignAmount foreign = foreignAmount(q, amount, w, used, lexicon.currency());
        String[] view = view(w, kinds);
        List<IntentTypos.Fix> typos = IntentTypos.correct(view);
        boolean onlyFiller = onlyFiller(view);
        boolean question = raw != null && raw.contains("?") || w.length > 0 && QUESTION_WORDS.contains(w[0]);
        var facts = new IntentRule.Facts(allPeriods.size(), categories.size(), payees.size(), amount != null,
                plainAmount != null, question, onlyFiller);
        var intent = classifier.classify(view, facts);
        String[] perFound = per(view);
        boolean excludes = !excludedCategories.isEmpty() || !excludedPayees.isEmpty();
        String why = ellipsis(w, view, intent, onlyFiller, shifted, allPeriods, categories, payees, amount, days,
                excludes || receipts != null || currency != null);
        var scope = OutOfScope.find(view, w).orElse(null);
        var ignored = Leftovers.find(view, intent.ruleWords());
        if (perFound != null) {
            ignored.removeAll(List.of(perFound[1].split(" ")));
        }
        if (scope == null) {
            scope = OutOfScope.place(view, ignored).orElse(null);
        }
        return new Reading(q, w, periods, shifted, amount, days, categories, payees, plainAmount, view, intent,
                perFound == null ? null : Per.valueOf(perFound[0]), perFound == null ? null : perFound[1],
                why != null, why, limit(view), excludedCategories, excludedPayees, scope, ignored, noSuchDates,
                receipts, currency, foreign, typos, ambiguous);
    }

    /** The first word not used that could be several categories, unless "at"/"from" makes it a payee's name. */
    private static Reading.Ambiguous ambiguous(String[] w, BitSet used, UserLexicon lexicon) {
        for (int i = 0; i < w.length; i++) {
            if (used.get(i) || i > 0 && PAYEE_LEAD.contains(w[i - 1])) {
                continue;
            }
            var options = lexicon.categories().ambiguous(w[i]);
            if (!options.isEmpty()) {
                return new Reading.Ambiguous(w[i], i, options.stream().map(io.spendsense.domain.Category::name)
                        .toList());
            }
        }
        return null;
    }

    /**
     * The first amount of the question said in another currency than the profile's ("over 100 euros", "I spent 20
     * quid"): the amount filter's units, else the unit right after the plain amount; null when every amount is in the
     * profile's currency or names none.
     */
    private static Reading.ForeignAmount foreignAmount(NormalizedQuestion q, AmountMatch amount, String[] w,
                                                       BitSet used, String profileCurrency) {
        String profile = profileCurrency == null ? "USD" : profileCurrency;
        if (amount != null) {
            for (int u : amount.unitTokens()) {
                String code = CurrencyFilters.unitCode(q.tokens(), q.original(), u, profile);
                if (code != null && !code.equals(profile)) {
                    return new Reading.ForeignAmount(typed(q, amount.startToken(), amount.endToken()), code, false);
                }
            }
            // "over 100 in euros": the currency after the amount is its unit
            int end = amount.endToken();
            if (amount.unitTokens().isEmpty() && end + 1 < w.length && w[end].equals("in")) {
                String code = CurrencyFilters.unitCode(q.tokens(), q.original(), end + 1, profile);
                if (code != null && !code.equals(profile)) {
                    int to = end + 1 + CurrencyFilters.unitLength(w, end + 1);
                    return new Reading.ForeignAmount(typed(q, amount.startToken(), to), code, false);
                }
            }
        }
        for (int i = 0; i < w.length; i++) {
            if (!used.get(i) && Numbers.isNumber(w[i])) {
                String code = CurrencyFilters.unitCode(q.tokens(), q.original(), i + 1, profile);
                int end = i + 1 + CurrencyFilters.unitLength(w, i + 1);
                return code != null && !code.equals(profile) ? new Reading.ForeignAmount(typed(q, i, end), code, true)
                        : null;
            }
        }
        return null;
    }

    /** The question's own text from token {@code from} to token {@code to} (exclusive). */
    private static String typed(NormalizedQuestion q, int from, int to) {
        var tokens = q.tokens();
        int a = Integer.MAX_VALUE;
        int b = -1;
        // "$50" is read as "50 dollars": its tokens are not in the order of the text
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            a = Math.min(a, tokens.get(k).start());
            b = Math.max(b, tokens.get(k).end());
        }
        return a < b && b <= q.original().length() ? q.original().substring(a, b)
                : String.join(" ", q.words().subList(from, Math.min(to, tokens.size())));
    }

    /** Why the question is a follow-up that leaves parts out, or null when it is complete. */
    private static String ellipsis(String[] w, String[] view, IntentClassifier.Result intent, boolean onlyFiller,
                                   PeriodMatch shifted, List<PeriodMatch> allPeriods,
                                   List<CategoryMatcher.Match> categories, List<Reading.PayeeRef> payees,
                                   AmountMatch amount, DayMatch days, boolean excludes) {
        boolean anyEntity = shifted != null || !allPeriods.isEmpty() || !categories.isEmpty() || !payees.isEmpty()
                || amount != null || days != null || excludes;
        String why = null;
        if (w.length > 0 && OPENERS.contains(w[0])) {
            why = "starts with '" + w[0] + "'";
        } else if (w.length > 1 && (w[0].equals("what") || w[0].equals("how")) && w[1].equals("about")) {
            why = "starts with '" + w[0] + " about'";
        } else if (!intent.ownWords() && onlyFiller && anyEntity) {
            why = "names only a period, category, payee or filter";
        } else if (shifted != null) {
            why = "moves the previous period ('" + shifted.words() + "')";
        } else if (refersBack(view) && intent.ownWords()) {
            why = "refers to the previous question ('" + refersBackWord(view) + "')";
        } else if (w.length > 0 && w.length <= 3 && !anyEntity && intent.ownWords()) {
            why = "a short question without its own filters";
        }
        if (why != null && !intent.ownWords() && !anyEntity) {
            // "ok", "thanks", "and?": nothing to carry over, so not a follow-up
            why = null;
        }
        return why;
    }

    /**
     * "christmas gifts", "holiday presents": a period word that starts or ends a longer category phrase belongs to
     * the category.
     */
    private static boolean insideCategoryPhrase(PeriodMatch p, String[] w, UserLexicon lexicon) {
        if (p.endToken() - p.startToken() > 2 || !lexicon.categories().startsLongerPhrase(w[p.startToken()])) {
            return false;
        }
        for (CategoryMatcher.Match c : lexicon.categories().findAll(w, new BitSet(w.length))) {
            boolean overlaps = c.start() < p.endToken() && p.startToken() < c.end();
            if (overlaps && c.end() - c.start() > p.endToken() - p.startToken() && c.start() <= p.startToken()
                    && c.how().contains("synonym")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a trip to Costco", "gas at Shell": a category synonym right before "to"/"at"/"from" and a payee the user has
     * names the visit, not a second subject; the payee stays.
     */
    private static void dropShadowingSynonyms(List<CategoryMatcher.Match> categories,
                                              List<Reading.PayeeRef> payees, String[] w, BitSet used,
                                              String[] kinds) {
        categories.removeIf(c -> !c.how().contains("name") && Set.of("to", "at", "from").contains(at(w, c.end()))
                && payees.stream().anyMatch(p -> p.start() == c.end() + 1
                        || p.start() == c.end() + 2 && at(w, c.end() + 1).equals("the")));
    }

    private static String at(String[] w, int i) {
        return i >= 0 && i < w.length ? w[i] : "";
    }

    private static BitSet entitySpans(int n, List<Reading.PayeeRef> payees, List<CategoryMatcher.Match> categories) {
        var b = new BitSet(n);
        payees.forEach(p -> b.set(p.start(), p.end()));
        categories.forEach(c -> b.set(c.start(), c.end()));
        return b;
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

    private static boolean refersBack(String[] view) {
        return refersBackWord(view) != null;
    }

    private static String refersBackWord(String[] view) {
        for (int i = 0; i < view.length; i++) {
            if (BACK.contains(view[i])) {
                return view[i];
            }
            // "which was the biggest?", "which one cost the most?": a choice among what was just shown
            if (view[i].equals("which") && i + 1 < view.length
                    && Set.of("was", "were", "is", "one", "ones", "of").contains(view[i + 1])) {
                return "which " + view[i + 1];
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
                    case "week", "wk" -> "WEEK";
                    case "month", "mo", "mth" -> "MONTH";
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
