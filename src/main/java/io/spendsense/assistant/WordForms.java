package io.spendsense.assistant;

/** Small English word-form rules shared by the matchers: singular stems and possessive-free payee words. */
final class WordForms {
    private WordForms() {
    }

    /** "groceries" → "grocery", "taxes" → "tax", "movies" → "movie", "bills" → "bill"; other words unchanged. */
    static String singular(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * The stem of the last word that stays a substring of its singular: "lattes" → "latte", "lunches" → "lunch",
     * "pharmacies" → "pharmac" (of "pharmacy"). Used for words searched as substrings.
     */
    static String stem(String phrase) {
        int n = phrase.length();
        int space = phrase.lastIndexOf(' ');
        if (n - space - 1 < 5 || !Character.isLetter(phrase.charAt(n - 1))) {
            return phrase;
        }
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("ies")) {
            return phrase.substring(0, n - 3);
        }
        if (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("sses") || lower.endsWith("xes")) {
            return phrase.substring(0, n - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("'s")) {
            return phrase.substring(0, n - 1);
        }
        return phrase;
    }

    /** "joe's" → "joe", "domino's" → "domino", "o'brien" → "obrien": how payee words are compared. */
    static String plain(String w) {
        String s = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        return s.indexOf('\'') < 0 ? s : s.replace("'", "");
    }

    static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
