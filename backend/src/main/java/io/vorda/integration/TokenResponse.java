package io.vorda.integration;

import io.micronaut.serde.annotation.Serdeable;

/** An integrator's access token. */
@Serdeable
record TokenResponse(String accessToken, String tokenType, long expiresIn) {
}
