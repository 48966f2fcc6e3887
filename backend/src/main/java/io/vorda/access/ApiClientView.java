package io.vorda.access;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An integrator's API client, without its secret. */
public record ApiClientView(ApiClientId id, String name, String clientId, boolean active, Instant createdAt,
                            @Nullable Instant lastUsedAt) {
}
