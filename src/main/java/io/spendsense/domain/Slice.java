package io.spendsense.domain;

import java.util.List;

/** A page read after a key (keyset paging): the items, and whether more follow. Nothing was counted to make it. */
public record Slice<T>(List<T> items, boolean more) {
    public Slice {
        items = List.copyOf(items);
    }

    /** The first {@code limit} of {@code fetched}, which holds up to one more than that to tell whether more follow. */
    public static <T> Slice<T> of(List<T> fetched, int limit) {
        return fetched.size() > limit ? new Slice<>(fetched.subList(0, limit), true) : new Slice<>(fetched, false);
    }
}
