package io.vorda.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code refresh_tokens}: one link in a rotating chain (a "family") that began with one sign-in. */
@MappedEntity("refresh_tokens")
record RefreshTokenRow(
        @Id UUID id,
        UUID userId,
        UUID familyId,
        String tokenHash,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Version long version) {

    RefreshTokenRow usedAt(Instant at) {
        return new RefreshTokenRow(id, userId, familyId, tokenHash, expiresAt, at, revokedAt, createdAt, createdBy,
                at, createdBy, version);
    }
}
