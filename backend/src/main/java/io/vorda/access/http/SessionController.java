package io.vorda.access.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vorda.access.Sessions;
import io.vorda.access.SignedIn;
import io.vorda.api.ClientAddress;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.Duration;

/**
 * Staff sign-in (api-spec/openapi/auth.v1.yaml). The refresh token travels only in an HttpOnly, SameSite=Strict
 * cookie scoped to /api/auth, so page scripts never see it and other sites cannot send it.
 */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    static final String COOKIE = "vorda_refresh";
    private static final String COOKIE_PATH = "/api/auth";

    private final Sessions sessions;
    private final Clock clock;
    private final boolean secureCookie;

    SessionController(Sessions sessions, Clock clock, @Value("${vorda.auth.cookie-secure:true}") boolean secureCookie) {
        this.sessions = sessions;
        this.clock = clock;
        this.secureCookie = secureCookie;
    }

    @Post("/login")
    MutableHttpResponse<SessionResponse> signIn(@Body @Valid SignInRequest request, HttpRequest<?> http) {
        return withCookie(sessions.signIn(request.email(), request.password(), ClientAddress.of(http)));
    }

    @Post("/refresh")
    MutableHttpResponse<SessionResponse> refresh(@CookieValue(COOKIE) @Nullable String refreshToken, HttpRequest<?> http) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new DomainException(ErrorCode.SESSION_EXPIRED, "There is no session; sign in.");
        }
        return withCookie(sessions.refresh(refreshToken, ClientAddress.of(http)));
    }

    @Post("/logout")
    MutableHttpResponse<?> signOut(@CookieValue(COOKIE) @Nullable String refreshToken, HttpRequest<?> http) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            sessions.signOut(refreshToken, ClientAddress.of(http));
        }
        return HttpResponse.noContent().cookie(cookie("", Duration.ZERO));
    }

    private MutableHttpResponse<SessionResponse> withCookie(SignedIn session) {
        Duration lifetime = Duration.between(clock.instant(), session.refreshTokenExpiresAt());
        return HttpResponse.ok(SessionResponse.of(session)).cookie(cookie(session.refreshToken(), lifetime))
                .header("Cache-Control", "no-store");
    }

    private Cookie cookie(String value, Duration maxAge) {
        return Cookie.of(COOKIE, value).path(COOKIE_PATH).httpOnly(true).secure(secureCookie)
                .sameSite(SameSite.Strict).maxAge(maxAge);
    }
}
