package io.vorda.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: the items, each item's cursor, whether more follow, and how many match in all.
 * Lists that can match millions of rows count only up to {@link #COUNT_CAP}: counting every match costs a read of
 * every match, while nobody reads past the first few thousand. Their total is then {@code COUNT_CAP} with
 * {@code totalCountCapped} set ("10 000+"), never a made-up estimate.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage, long totalCount,
                      boolean totalCountCapped) {

    /** The most matches a capped list counts; more show as "10 000+". */
    public static final int COUNT_CAP = 10_000;

    public Page {
        if (items.size() != cursors.size()) {
            throw new IllegalArgumentException("every item needs a cursor");
        }
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
    }

    /** A page whose total is exact. */
    public Page(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {
        this(items, cursors, hasNextPage, hasPreviousPage, totalCount, false);
    }

    /** A page whose total was counted up to {@code COUNT_CAP + 1} rows: more than the cap reads as the cap, capped. */
    public static <T> Page<T> countedUpToCap(List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage,
                                             long counted) {
        return countedUpTo(COUNT_CAP, items, cursors, hasNextPage, hasPreviousPage, counted);
    }

    /** A page whose total was counted up to {@code cap + 1} rows: more than {@code cap} reads as {@code cap}, capped. */
    public static <T> Page<T> countedUpTo(long cap, List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage,
                                          long counted) {
        return new Page<>(items, cursors, hasNextPage, hasPreviousPage, Math.min(counted, cap), counted > cap);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), cursors, hasNextPage, hasPreviousPage, totalCount, totalCountCapped);
    }
}
