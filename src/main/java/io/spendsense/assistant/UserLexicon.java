package io.spendsense.assistant;

import java.util.List;
import java.util.Optional;

import io.spendsense.domain.Category;

/** One user's words: their categories (names and synonyms) and the payees they have used. */
record UserLexicon(CategoryMatcher categories, PayeeMatcher payees) {
    static UserLexicon of(List<Category> categories, List<PayeeMatcher.Known> payees) {
        return new UserLexicon(new CategoryMatcher(categories), new PayeeMatcher(payees));
    }

    Optional<Category> category(String name) {
        return categories.categories().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    Optional<Category> category(long id) {
        return categories.categories().stream().filter(c -> c.id() == id).findFirst();
    }
}
