package io.spendsense.assistant;

import java.util.List;
import java.util.Optional;

import io.spendsense.domain.Category;

/**
 * One user's words: their categories (names and synonyms), the payees they have used, and the profile's currency
 * (which dollars "dollars" are).
 */
record UserLexicon(CategoryMatcher categories, PayeeMatcher payees, String currency) {
    /** A US-dollar profile's words. */
    static UserLexicon of(List<Category> categories, List<PayeeMatcher.Known> payees) {
        return of(categories, payees, "USD");
    }

    static UserLexicon of(List<Category> categories, List<PayeeMatcher.Known> payees, String currency) {
        return new UserLexicon(new CategoryMatcher(categories), new PayeeMatcher(payees), currency);
    }

    Optional<Category> category(String name) {
        return categories.categories().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    Optional<Category> category(long id) {
        return categories.categories().stream().filter(c -> c.id() == id).findFirst();
    }
}
