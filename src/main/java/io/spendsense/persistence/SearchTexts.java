package io.spendsense.persistence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The substring search's first step (decision 0015): which of the user's distinct texts (payees, descriptions and
 * notes, each as {@code lower()} stores it in {@code search_texts}: ASCII letters folded, on both databases) contain a
 * needle, ignoring case. A needle of three characters or more is looked up in the vendor's trigram index (SQLite's
 * FTS5 {@code search_texts_fts}, PostgreSQL's pg_trgm index, {@link Vendor#textContains}); a shorter one, which no
 * trigram holds, is compared with {@code LIKE} over the user's distinct texts (a few thousand rows, not the
 * expenses). The expenses with one of the texts are then found through the indexes on {@code lower(payee)},
 * {@code lower(description)} and {@code lower(notes)}.
 *
 * <p>What matches is what {@code lower(column) LIKE '%needle%'} matched before the index, and more: the index folds
 * the case of every letter, not only of ASCII ones, so "CAFÉ" is found by "café".
 */
final class SearchTexts {
    /**
     * Above this many matching texts the search reads the rows instead (a needle such as "a" in a profile whose bank
     * writes a different description on every line): the texts would not fit one statement's parameters.
     */
    static final int MAX_TEXTS = 2000;

    private SearchTexts() {
    }

    /** The user's texts containing {@code needle}, or empty when more than {@link #MAX_TEXTS} do. */
    static Optional<List<String>> containing(Transactions tx, long userId, String needle) {
        var session = tx.session();
        List<String> texts;
        if (needle.codePointCount(0, needle.length()) >= 3) {
            var condition = tx.vendor().textContains("q", needle);
            texts = session.createNativeQuery("select s.text from search_texts s where s.user_id = :u and "
                            + condition.sql(), String.class)
                    .setParameter("u", userId).setParameter("q", condition.value())
                    .setMaxResults(MAX_TEXTS + 1).getResultList();
        } else {
            texts = session.createNativeQuery("select s.text from search_texts s where s.user_id = :u"
                            + " and s.text like :p escape '\\'", String.class)
                    .setParameter("u", userId).setParameter("p", FilterClause.likePattern(needle))
                    .setMaxResults(MAX_TEXTS + 1).getResultList();
        }
        return texts.size() > MAX_TEXTS ? Optional.empty() : Optional.of(texts);
    }

    /**
     * What {@code lower()} of a text column gives on both databases: ASCII letters lower-cased, every other character
     * as it is (SQLite's {@code lower()}; PostgreSQL's on a "C"-collated column). For a value compared with such a
     * column, lowered in Java rather than in SQL, where a parameter's {@code lower()} on PostgreSQL would follow the
     * database's locale.
     */
    static String lower(String text) {
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /** An FTS5 query that is the needle as one phrase: a trigram phrase matches it as a substring. */
    static String phrase(String needle) {
        return '"' + needle.toLowerCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }
}
