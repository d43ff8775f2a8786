package io.spendsense.domain;

import java.util.List;

/** One page of a longer result: the items, where the page starts, and how many match in all. */
public record Page<T>(List<T> items, int offset, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
