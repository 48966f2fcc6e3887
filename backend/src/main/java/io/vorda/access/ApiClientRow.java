package io.vorda.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code api_clients}; only an Argon2id hash of the secret is kept. */
@MappedEntity("api_clients")
record ApiClientRow(
        @Id UUID id,
        String name,
        String clientId,
        String secretHash,
        boolean active,
        @Nullable Instant lastUsedAt,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Version long version) {

    ApiClientRow revoked(Instant at, String by) {
        return new ApiClientRow(id, name, clientId, secretHash, false, lastUsedAt, createdAt, createdBy, at, by, version);
    }

    ApiClientRow usedAt(Instant at) {
        return new ApiClientRow(id, name, clientId, secretHash, active, at, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    ApiClientView view() {
        return new ApiClientView(new ApiClientId(id), name, clientId, active, createdAt, lastUsedAt);
    }
}
