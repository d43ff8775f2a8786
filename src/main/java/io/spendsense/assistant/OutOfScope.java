package io.spendsense.assistant;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about what SpendSense does not know: it tracks expenses and nothing else, so income, savings, balances,
 * net worth, other people, places, times of day, payment methods, tips and taxes inside an amount, and actions other
 * than adding an expense get an honest "I can't tell" instead of a number about something else (the contract's
 * honest-answer rule). Each topic is a small word table; two-word cues are checked before single words.
 */
final class OutOfScope {
    /** A topic that was asked about, with the words that showed it. */
    record Topic(String name, String words) {
    }

    private static final java.util.List<Map.Entry<String, String>> WORDS = java.util.List.of(
            entries("income", "make", "made", "makes", "making", "earn", "earned", "earning", "earnings", "income",
            "salary", "salaries", "paycheck",
                    "paychecks", "paycheque", "wage", "wages", "revenue", "profit", "profits", "refund", "refunds",
                    "reimbursed", "reimbursement", "reimbursements", "cashback", "inflow", "inflows", "incoming",
                    "refunded", "dividend", "dividends", "bonus", "payout", "deposit", "deposits", "deposited"),
            entries("savings", "save", "saved", "saving", "savings"),
            entries("balances", "balance", "balances", "overdraft", "owe", "owed", "debt", "debts", "loan", "loans",
                    "interest", "apr"),
            entries("net worth", "worth", "assets", "investments", "invest", "invested", "investing", "stocks",
                    "portfolio", "crypto", "bitcoin", "401k", "pension", "retirement"),
            entries("other people", "wife", "husband", "spouse", "partner", "partners", "son", "daughter",
            "kid", "kids",
                    "child", "children", "mom", "mum", "mother", "dad", "father", "parents", "brother", "sister",
                    "friend", "friends", "roommate", "roommates", "boyfriend", "girlfriend", "boss", "colleague",
                    "colleagues", "coworker", "coworkers", "family", "he", "she", "his", "hers", "him", "they",
                    "their", "them", "someone", "somebody", "everyone", "everybody", "people", "person"),
            entries("places", "city", "country", "abroad", "overseas", "downtown", "nearby", "near", "location",
                    "locations", "neighborhood", "neighbourhood", "state", "town", "where"),
            entries("times of day", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
                    "nights", "tonight", "midnight", "noon", "am", "pm", "oclock", "hour", "hours", "overnight",
                    "lunchtime", "dawn", "latenight"),
            entries("payment methods", "cash", "card", "cards", "credit", "debit", "visa", "mastercard", "amex",
                    "paypal", "venmo", "zelle", "cheque", "check", "checks", "cheques", "contactless", "wire",
                    "applepay", "googlepay"),
            entries("tips and taxes", "tip", "tips", "tipped", "tipping", "gratuity", "tax", "taxes", "vat",
                    "service charge"),
            entries("actions", "cancel", "transfer", "transferred", "delete", "remove", "erase", "remind",
                    "reminder", "schedule", "unsubscribe", "edit", "update", "rename", "export", "import", "email",
                    "send", "set", "create", "move"));

    /** Two-word cues: "credit card", "net worth", "apple pay", "bank account". */
    private static final Map<String, String> PAIRS = Map.ofEntries(
            Map.entry("net worth", "net worth"), Map.entry("bank account", "balances"),
            Map.entry("in account", "balances"), Map.entry("apple pay", "payment methods"),
            Map.entry("google pay", "payment methods"), Map.entry("gift card", "payment methods"),
            Map.entry("late night", "times of day"), Map.entry("sales tax", "tips and taxes"),
            Map.entry("make money", "income"), Map.entry("made money", "income"), Map.entry("get paid", "income"),
            Map.entry("got paid", "income"), Map.entry("put aside", "savings"), Map.entry("set aside", "savings"),
            Map.entry("credit score", "balances"), Map.entry("came in", "income"), Map.entry("coming in", "income"),
            Map.entry("come in", "income"), Map.entry("comes in", "income"), Map.entry("paid back", "income"),
            Map.entry("paid me", "income"), Map.entry("pay me", "income"));

    /** Two-word cues read on the question's own words, before a payee takes their first word ("Apple" Pay). */
    private static final Map<String, String> RAW_PAIRS = Map.of("apple pay", "payment methods", "google pay",
            "payment methods", "samsung pay", "payment methods", "amazon pay", "payment methods", "shop pay",
            "payment methods", "paypal credit", "payment methods");

    /** Words after "in the" that start a time or a part, not a place: "in the next week", "in the rest of May". */
    private static final Set<String> NOT_PLACES = Set.of("next", "last", "past", "first", "coming", "following",
            "previous", "same", "whole", "entire", "rest", "end", "beginning", "middle", "start", "meantime", "future");

    /** Words that are topics only in some places: "where did my money go" is about categories, not places. */
    private static final Set<String> NEEDS_CONTEXT = Set.of("where", "check", "set", "move", "state", "interest",
            "them", "they", "their", "people", "person", "send", "update", "card", "cards", "partner", "partners", "am",
            "pm", "make", "made", "makes", "making");

    private OutOfScope() {
    }

    private static Map.Entry<String, String> entries(String topic, String... words) {
        return Map.entry(topic, String.join(" ", words));
    }

    /**
     * The first topic outside SpendSense that the question is about, looking only at words no recognizer used
     * ({@code view} has entities as placeholders), or empty.
     */
    static Optional<Topic> find(String[] view, String[] words) {
        // "which weekday do I spend the most on", "what day of the week is the most expensive": a ranking of days
        for (int i = 0; i + 1 < words.length; i++) {
            if (Set.of("which", "what").contains(words[i]) && Set.of("weekday", "weekdays", "day", "days")
                    .contains(words[i + 1])) {
                for (int k = i + 2; k < words.length; k++) {
                    if (Set.of("most", "least", "more", "less", "highest", "lowest", "expensive", "cheapest")
                            .contains(words[k])) {
                        return Optional.of(new Topic("days of the week", words[i] + " " + words[i + 1]));
                    }
                }
            }
        }
        for (int i = 0; i + 1 < words.length; i++) {
            String topic = RAW_PAIRS.get(words[i] + " " + words[i + 1]);
            if (topic != null) {
                return Optional.of(new Topic(topic, words[i] + " " + words[i + 1]));
            }
        }
        return find(view);
    }

    static Optional<Topic> find(String[] view) {
        for (int i = 0; i + 1 < view.length; i++) {
            String topic = PAIRS.get(view[i] + " " + view[i + 1]);
            if (topic != null) {
                return Optional.of(new Topic(topic, view[i] + " " + view[i + 1]));
            }
        }
        for (int i = 0; i < view.length; i++) {
            String v = view[i];
            String topic = Table.BY_WORD.get(v);
            if (topic == null || NEEDS_CONTEXT.contains(v) && !inContext(view, i)) {
                continue;
            }
            return Optional.of(new Topic(topic, v));
        }
        return Optional.empty();
    }

    /** Whether the word alone names a topic SpendSense does not track ("salary", "wife", "cash"). */
    static boolean isTopicWord(String word) {
        return Table.BY_WORD.containsKey(word) && !NEEDS_CONTEXT.contains(word);
    }

    /** Whether the word names a topic somewhere, even one that needs context ("interest"): no typo of a category. */
    static boolean isAnyTopicWord(String word) {
        return Table.BY_WORD.containsKey(word);
    }

    /**
     * "in Paris", "near the office", "around Chicago": a word no recognizer used right after a word of place is a
     * place (a category, payee or period there would have been read already).
     */
    static Optional<Topic> place(String[] view, java.util.List<String> unused) {
        for (int i = 1; i < view.length; i++) {
            if (!Set.of("in", "near", "around", "outside", "inside").contains(view[i - 1])) {
                continue;
            }
            // "around the office", "near my work"
            int k = i < view.length - 1 && Set.of("the", "a", "my", "our").contains(view[i]) ? i + 1 : i;
            // "in novmbr" is a month not understood, no place
            if (unused.contains(view[k]) && !NOT_PLACES.contains(view[k])
                    && !io.spendsense.assistant.lang.PeriodGrammar.looksLikeDate(view[k])) {
                return Optional.of(new Topic("places", String.join(" ", java.util.Arrays.asList(view).subList(i - 1,
                        k + 1))));
            }
        }
        return Optional.empty();
    }

    /** The context a word needs to be about a topic SpendSense does not cover. */
    private static boolean inContext(String[] view, int i) {
        String v = view[i];
        String before = i > 0 ? view[i - 1] : "";
        String after = i + 1 < view.length ? view[i + 1] : "";
        return switch (v) {
            // "where did I spend the most" ranks categories; "where in town" or "spend where" asks for a place
            case "where" -> i == view.length - 1;
            // "by check", "paid with a check"; not "check my spending"
            case "check", "card", "cards" -> Set.of("by", "with", "a", "my", "credit", "debit", "the", "on")
                    .contains(before) && i > 0;
            case "set", "move", "send", "update" -> i == 0 || Set.of("you", "please").contains(before);
            // "9 am", "after 10 pm"; "how much am I spending" is not a time of day
            case "am", "pm" -> io.spendsense.assistant.lang.Numbers.isNumber(before) || before.equals("<amount>");
            // "how much money did I make", "how much did we make in 2025"; not "how many purchases did I make"
            case "make", "made", "makes", "making" -> java.util.Arrays.asList(view).subList(0, i).contains("money")
                    || i >= 4 && view[0].equals("how") && view[1].equals("much") && Set.of("did", "do", "does")
                    .contains(view[2]);
            case "state" -> Set.of("the", "this", "which", "what", "each", "per").contains(before);
            case "interest" -> Set.of("pay", "paid", "paying", "in", "much", "the", "my").contains(before);
            // "how much did they spend", "their shopping": someone else's spending
            default -> Set.of("did", "do", "does", "has", "have", "spend", "spent", "my", "for", "with")
                    .contains(before)
                    || Set.of("spend", "spent", "spends", "pay", "paid", "buy", "bought").contains(after);
        };
    }

    /** Word → topic, built once from {@link #WORDS}. */
    private static final class Table {
        static final Map<String, String> BY_WORD;

        static {
            var map = new java.util.HashMap<String, String>();
            for (var e : WORDS) {
                for (String w : e.getValue().split(" ")) {
                    map.putIfAbsent(w, e.getKey());
                }
            }
            BY_WORD = Map.copyOf(map);
        }
    }
}
