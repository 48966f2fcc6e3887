package io.vorda.integration;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The calling API client, as integrations.v1.yaml describes it. */
@Serdeable
record ApiClientResponse(String clientId, String name, Instant createdAt) {
}
