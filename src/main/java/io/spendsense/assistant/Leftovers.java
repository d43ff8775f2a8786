package io.spendsense.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.spendsense.assistant.lang.Numbers;

/**
 * The honest-answer check: the words of a question that no recognizer and no intent rule used and that are not
 * known filler. Such a word could change what the question means ("organic groceries", "not"), so the answer names
 * it instead of silently answering a different question.
 */
final class Leftovers {
    /** Words that carry no filter or intent of their own in a spending question. */
    private static final Set<String> FILLER = Set.copyOf(java.util.Arrays.asList(
            // pronouns, articles, auxiliaries, question words
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "a", "an", "the", "this",
            "that", "these", "those", "it", "its", "is", "am", "are", "was", "were", "be", "been", "being", "do",
            "does", "did", "done", "doing", "have", "has", "had", "having", "can", "could", "would", "will", "shall",
            "should", "might", "must", "what", "whats", "which", "who", "when", "why", "how", "much", "many", "ive",
            "im", "id", "let", "lets", "there", "here", "whatever", "wat", "wht", "hw", "u", "ur", "r",
            // prepositions and joiners
            "of", "in", "on", "at", "for", "to", "from", "by", "with", "about", "as", "into", "during", "over",
            "within", "across", "throughout", "and", "or", "but", "so", "then", "than", "also", "too", "plus",
            "versus", "vs", "v", "up", "out", "off", "away", "back", "down", "after", "before", "since", "until",
            "till", "through", "per", "each", "every", "all", "any", "some", "both", "either", "whole", "entire",
            "full", "far", "yet", "already", "still", "ever", "again", "instead", "else", "other",
            // politeness, hedges and chat
            "please", "pls", "plz", "thanks", "thank", "thx", "hey", "hi", "hello", "yo", "ok", "okay", "well", "now",
            "just", "only", "even", "really", "actually", "exactly", "roughly", "approximately", "approx", "about",
            "around", "ish", "like", "quick", "quickly", "question", "wondering", "wonder", "curious", "know",
            "tell", "show", "give", "get", "got", "want", "wanna", "need", "see", "look", "find", "check", "display",
            "view", "list", "pull", "bring", "remind", "idea", "clue", "sure", "possible", "yes", "yeah", "right",
            "kindly", "quickly", "overall", "altogether", "together", "combined", "grand", "total", "totals", "sum",
            "amount", "amounts", "figure", "number", "numbers", "breakdown", "summary", "overview", "report",
            // money and spending words
            "money", "spend", "spent", "spending", "spends", "spendings", "expense", "expenses", "expenditure",
            "expenditures", "cost", "costs", "costed", "costing", "paid", "pay", "paying", "pays", "payment",
            "payments", "purchase", "purchases", "purchased", "bought", "buy", "buying", "transaction",
            "transactions", "charge", "charges", "charged", "item", "items", "thing", "things", "stuff", "order",
            "orders", "ordered", "entries", "entry", "receipts", "bill", "bills", "outlay", "splurge", "splurged",
            "blew", "blow", "dropped", "shelled", "forked", "fork", "set", "went", "go", "gone", "going", "goes",
            "put", "used", "use", "dollars", "bucks", "cents", "euros", "pounds", "everything", "anything",
            "something", "time", "times", "period", "single", "one", "ones", "dollar", "hit", "rack", "racked",
            "ran", "run", "end", "ended", "came", "come", "comes", "make", "made", "drop", "shell", "last",
            "lately", "ago", "whole", "trip", "trips", "visit", "visits", "visited", "went", "take", "took",
            "taken", "eat", "ate", "eaten", "had", "ride", "rides", "meal", "meals", "delivery", "deliveries",
            "fare", "fares", "runs", "trip", "visit", "session", "sessions", "subscription", "draw", "drawn"));
    /** Every word an intent rule knows: understood wherever it stands, even when no rule fired on it there. */
    private static final Set<String> RULE_VOCABULARY = vocabulary();

    private Leftovers() {
    }

    /**
     * The words of {@code view} (entities as placeholders) that nothing used: not filler, not a word an intent rule
     * matched, not a number that a recognizer read. In sentence order, without repeats.
     */
    static List<String> find(String[] view, Set<String> ruleWords) {
        var out = new ArrayList<String>();
        for (int i = 0; i < view.length; i++) {
            String v = view[i];
            if (v.isEmpty() || v.startsWith("<") || FILLER.contains(v) || ruleWords.contains(v)
                    || RULE_VOCABULARY.contains(v) || out.contains(v) || boughtAt(view, i)) {
                continue;
            }
            if (Numbers.isNumber(v) || v.length() == 1 && !Character.isLetterOrDigit(v.charAt(0))) {
                continue;
            }
            out.add(v);
        }
        return out;
    }

    /** "coffee at Starbucks", "gas from Shell": one word naming what was bought at the payee that follows. */
    private static boolean boughtAt(String[] view, int i) {
        return i + 2 < view.length && (view[i + 1].equals("at") || view[i + 1].equals("from"))
                && view[i + 2].equals("<payee>");
    }

    private static Set<String> vocabulary() {
        var words = new java.util.HashSet<String>();
        for (IntentRule r : IntentRules.ALL) {
            // help words ("how does it work", "what kind of") are understood where a help rule read them, not anywhere
            if (r.weight() > 0 && r.intent() != Intent.UNKNOWN && r.intent() != Intent.HELP) {
                words.addAll(r.pattern().loneWords());
            }
        }
        words.removeIf(w -> w.startsWith("<") || w.startsWith("^"));
        return Set.copyOf(words);
    }

    /** Whether an intent rule knows the word wherever it stands. */
    static boolean isRuleWord(String word) {
        return RULE_VOCABULARY.contains(word);
    }

    static boolean isFiller(String word) {
        return FILLER.contains(word);
    }
}
