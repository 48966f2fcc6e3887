package io.vorda.shared;

import org.jspecify.annotations.Nullable;

/**
 * Which page of a keyset-paged list to read: at most {@code size} items after the opaque {@code after} cursor.
 * Keyset (not offset) paging keeps the millionth page as fast as the first.
 */
public record PageRequest(int size, @Nullable String after) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainException(ErrorCode.INVALID_FORMAT,
                    "first must be between 1 and %d, was %d".formatted(MAX_SIZE, size), "first");
        }
    }

    public static PageRequest of(@Nullable Integer size, @Nullable String after) {
        return new PageRequest(size == null ? DEFAULT_SIZE : size, after);
    }
}
