package io.vorda.access;

/** An access token issued to an integrator's API client. */
public record IssuedToken(String accessToken, long expiresInSeconds) {
}
