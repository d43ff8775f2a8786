package io.spendsense.domain;

import java.util.List;

/** A user's spending category, with the words people use for it ("eating out" for Dining). */
public record Category(long id, String name, String color, List<String> synonyms, boolean archived) {
    public Category {
        synonyms = List.copyOf(synonyms);
    }
}
