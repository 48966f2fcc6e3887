package io.vorda.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code users}. Behaviour lives in {@link Users}; this is the stored shape. */
@MappedEntity("users")
record UserRow(
        @Id UUID id,
        String email,
        String name,
        @Nullable String phone,
        String language,
        boolean active,
        String passwordHash,
        boolean mustChangePassword,
        int failedSignInCount,
        @Nullable Instant lockedUntil,
        @Nullable Instant lastSignInAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Version long version) {

    UserRow touched(Instant at, String by) {
        return new UserRow(id, email, name, phone, language, active, passwordHash, mustChangePassword,
                failedSignInCount, lockedUntil, lastSignInAt, createdAt, createdBy, at, by, version);
    }

    UserRow withDetails(String newName, String newEmail, @Nullable String newPhone, String newLanguage) {
        return new UserRow(id, newEmail, newName, newPhone, newLanguage, active, passwordHash, mustChangePassword,
                failedSignInCount, lockedUntil, lastSignInAt, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    UserRow withActive(boolean isActive) {
        return new UserRow(id, email, name, phone, language, isActive, passwordHash, mustChangePassword,
                failedSignInCount, lockedUntil, lastSignInAt, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    UserRow withPassword(String hash, boolean mustChange) {
        // a new password also clears any lockout: the administrator or the user has proven control
        return new UserRow(id, email, name, phone, language, active, hash, mustChange,
                0, null, lastSignInAt, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    UserRow withSignInOutcome(int failures, @Nullable Instant lockUntil, @Nullable Instant lastSignIn) {
        return new UserRow(id, email, name, phone, language, active, passwordHash, mustChangePassword,
                failures, lockUntil, lastSignIn, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
