package io.vorda.access;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/** An administrator's changes to a user; a null field stays as it is (an empty phone removes the phone). */
public record UserChanges(@Nullable String name, @Nullable String email, @Nullable String phone,
                          @Nullable Language language, @Nullable Set<Role> roles, @Nullable List<TeamId> teams) {
}
