package io.vorda.access;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/** A user as other modules and adapters see it: no password hash, no counters. */
public record UserView(
        UserId id,
        String name,
        String email,
        @Nullable String phone,
        Language language,
        boolean active,
        Set<Role> roles,
        @Nullable Instant lockedUntil,
        boolean mustChangePassword,
        @Nullable Instant lastSignInAt,
        Instant createdAt) {

    public UserView {
        roles = Set.copyOf(roles);
    }
}
