package io.vorda.access;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs short-lived JWT access tokens. The {@code kind} claim separates staff from API clients so that an
 * integrator's token can never call the staff API, and vice versa.
 */
@Singleton
class AccessTokens {

    /** Fifteen minutes: short enough that a leaked token soon dies, long enough to spare the refresh endpoint. */
    static final int LIFETIME_SECONDS = 900;
    static final String KIND_CLAIM = "kind";
    static final String LABEL_CLAIM = "label";
    static final String SESSION_CLAIM = "sid";

    private final JwtTokenGenerator generator;

    AccessTokens(JwtTokenGenerator generator) {
        this.generator = generator;
    }

    /** A staff token; {@code sid} names the session (refresh-token family) it belongs to. */
    String forUser(UserView user, UUID session) {
        List<String> roles = user.roles().stream().map(Enum::name).sorted().toList();
        return sign(Authentication.build(user.id().toString(), roles,
                Map.of(KIND_CLAIM, Caller.Kind.STAFF.name(), LABEL_CLAIM, user.email(), SESSION_CLAIM, session.toString())));
    }

    String forApiClient(ApiClientView client) {
        return sign(Authentication.build(client.id().toString(), List.of("API_CLIENT"),
                Map.of(KIND_CLAIM, Caller.Kind.API_CLIENT.name(), LABEL_CLAIM, client.name())));
    }

    private String sign(Authentication authentication) {
        return generator.generateToken(authentication, LIFETIME_SECONDS)
                .orElseThrow(() -> new IllegalStateException("JWT signing is not configured (VORDA_JWT_SECRET)"));
    }
}
