package io.vorda.access;

import java.time.Instant;

/**
 * A started or renewed session: a short-lived access token for the API and a rotating refresh token that the
 * adapter puts in an HttpOnly cookie (never in the page's storage).
 */
public record SignedIn(UserView user, String accessToken, long accessTokenSeconds, String refreshToken,
                       Instant refreshTokenExpiresAt) {
}
