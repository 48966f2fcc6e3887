package io.vorda.access;

import org.jspecify.annotations.Nullable;

/** Which users to list; every null criterion matches all. */
public record UserFilter(@Nullable String search, @Nullable Role role, @Nullable TeamId team, @Nullable Boolean active) {

    public static UserFilter all() {
        return new UserFilter(null, null, null, null);
    }
}
