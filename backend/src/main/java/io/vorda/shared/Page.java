package io.vorda.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: the items, each item's cursor, whether more follow, and how many match in all.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {

    public Page {
        if (items.size() != cursors.size()) {
            throw new IllegalArgumentException("every item needs a cursor");
        }
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), cursors, hasNextPage, hasPreviousPage, totalCount);
    }
}
