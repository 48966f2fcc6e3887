package io.vorda.access.http;

import io.micronaut.serde.annotation.Serdeable;
import io.vorda.access.SignedIn;
import io.vorda.access.UserView;
import io.vorda.api.GlobalId;

import java.util.List;

/** The Session schema of auth.v1.yaml: the access token and who signed in. The refresh token goes in a cookie. */
@Serdeable
record SessionResponse(String accessToken, long expiresIn, SessionUser user) {

    @Serdeable
    record SessionUser(String id, String name, String email, String language, List<String> roles,
                       boolean mustChangePassword) {
    }

    static SessionResponse of(SignedIn session) {
        UserView u = session.user();
        return new SessionResponse(session.accessToken(), session.accessTokenSeconds(),
                new SessionUser(GlobalId.encode("User", u.id().value()), u.name(), u.email(), u.language().name(),
                        u.roles().stream().map(Enum::name).sorted().toList(), u.mustChangePassword()));
    }
}
