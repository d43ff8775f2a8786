package io.spendsense.assistant;

import java.util.Set;

/**
 * Ordinary words of questions that must never be read as a category or a payee by approximation (plural forms,
 * typos) or by position ("on average", "at the end"): without this list "spent" would be a typo of "rent" and "show"
 * a singular of "shows" (Entertainment). Exact synonyms still match.
 */
final class StopWords {
    private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList(
            "a", "about", "above", "after", "again", "against", "all", "allowance", "also", "altogether", "am",
            "amount", "an",
            "and", "any", "anything", "are", "around", "as", "at", "ave", "average", "back", "be", "been", "before",
            "best", "between", "big", "bigger", "biggest", "bill", "bit", "both", "bought", "break", "breakdown",
            "budget", "budgets", "but", "buy", "buying", "by", "came", "can", "care", "case", "categories",
            "category", "change",
            "changed", "charge", "charges", "cheap", "cheaper", "cheapest", "come", "compare", "compared", "cost",
            "costs", "could", "count", "daily", "date", "day", "days", "did", "do", "does", "doing", "done", "down",
            "during", "each", "else", "end", "even", "ever", "every", "expense", "expenses", "expensive", "feel",
            "few", "fewer", "find", "first", "for", "from", "gave", "get", "give", "go", "goes", "going", "gone",
            "good", "got", "great", "had", "half", "has", "have", "having", "hello", "help", "her", "here", "hey",
            "hi", "high", "higher", "highest", "him", "his", "how", "i", "if", "in", "into", "is", "it", "item",
            "items", "its", "joke", "just", "know", "large", "larger", "largest", "last", "least", "left", "less",
            "like", "limit", "limits",
            "list", "little", "long", "look", "lot", "lots", "low", "lower", "lowest", "made", "make", "many", "max",
            "me", "mean", "mine", "min", "money", "month", "monthly", "months", "more", "most", "much", "must", "my",
            "need", "never", "new", "next", "no", "not", "now", "number", "of", "off", "often", "on", "once", "one",
            "only", "or", "order", "orders", "other", "our", "out", "over", "overall", "paid", "past", "pay",
            "paying", "payment", "payments", "per", "please", "price", "purchase", "purchased", "purchases", "quarter",
            "rest", "right", "same", "say", "see", "sent", "show", "shown", "since", "small", "smaller", "smallest",
            "so", "some", "something", "spend", "spending", "spends", "spent", "stuff", "sum", "take", "taken",
            "tell", "than", "thank", "thanks", "that", "the", "their", "them", "then", "there", "these", "they",
            "thing", "things", "this", "those", "through", "time", "times", "to", "today", "told", "top", "total",
            "totals", "transaction", "transactions", "track", "trend", "under", "up", "us", "use", "used",
            "very", "view",
            "want", "was", "way", "we", "weather", "week", "weekly", "weeks", "well", "went", "were", "what", "whats",
            "when", "where", "which", "while", "who", "why", "will", "with", "within", "would", "year", "yearly",
            "years", "yes", "yet", "you", "your", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "tomorrow",
            "yesterday", "target", "ago", "single", "visit", "visits", "beginning", "start", "middle", "night",
            "morning", "evening", "moment", "point", "least", "about", "versus", "vs", "trends", "anyone",
            "remaining", "exceed", "exceeded"));

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
