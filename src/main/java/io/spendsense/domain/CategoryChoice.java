package io.spendsense.domain;

/**
 * Whether someone chose a new expense's category. A categorization rule fills in the category only when nobody did:
 * a choice (the user's in the add dialog, a CSV row's category, a category named to the assistant) always wins.
 */
public enum CategoryChoice {
    /** Chosen: the draft's category is kept, whatever the rules say. */
    CHOSEN,
    /**
     * Not chosen: the first matching rule picks the category; the draft's category (a default such as the payee's
     * usual one, or none) is used only when no rule matches.
     */
    OPEN
}
