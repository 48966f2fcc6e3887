package io.vorda.access.http;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.Caller;
import io.vorda.access.Role;
import io.vorda.access.UserView;
import io.vorda.access.Users;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestClock;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SessionControllerIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject AccessFixtures fixtures;
    @Inject Users users;
    @Inject TestClock clock;

    private Reply signIn(String email, String password) {
        return http.postJson("/api/auth/login", Map.of("email", email, "password", password));
    }

    private static String refreshCookie(Reply reply) {
        return reply.headerValues("Set-Cookie").stream().filter(c -> c.startsWith("vorda_refresh="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void signing_in_returns_an_access_token_and_sets_an_http_only_refresh_cookie() {
        UserView user = fixtures.aUser(Role.CASEWORKER);

        Reply reply = signIn(user.email().toUpperCase(), AccessFixtures.PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat((String) reply.at("accessToken")).isNotBlank();
        assertThat((Integer) reply.at("expiresIn")).isEqualTo(900);
        assertThat((String) reply.at("user.email")).isEqualTo(user.email());
        assertThat((java.util.List<String>) reply.at("user.roles")).containsExactly("CASEWORKER");
        String cookie = reply.headerValues("Set-Cookie").stream().filter(c -> c.startsWith("vorda_refresh=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").contains("Path=/api/auth").containsIgnoringCase("SameSite=Strict");
        assertThat(reply.body()).doesNotContain(cookie.substring("vorda_refresh=".length(), cookie.indexOf(';')));
    }

    @Test
    void a_wrong_password_is_refused_without_saying_whether_the_email_exists() {
        UserView user = fixtures.aUser(Role.CASEWORKER);

        Reply wrongPassword = signIn(user.email(), "not-the-password-at-all");
        Reply unknownEmail = signIn("nobody-" + System.nanoTime() + "@test.example", "not-the-password-at-all");

        for (Reply reply : new Reply[] {wrongPassword, unknownEmail}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat((String) reply.at("code")).isEqualTo("INVALID_CREDENTIALS");
            assertThat((String) reply.at("detail")).isEqualTo("E-mail or password is incorrect.");
        }
    }

    @Test
    void five_failed_sign_ins_lock_the_account_for_fifteen_minutes_even_for_the_right_password() {
        UserView user = fixtures.aUser(Role.CASEWORKER);
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(user.email(), "wrong-password-number-" + i).status()).isEqualTo(401);
        }

        Reply fifth = signIn(user.email(), "wrong-password-number-5");
        Reply rightPassword = signIn(user.email(), AccessFixtures.PASSWORD);

        assertThat(fifth.status()).isEqualTo(423);
        assertThat((String) fifth.at("code")).isEqualTo("ACCOUNT_LOCKED");
        assertThat((String) fifth.at("lockedUntil")).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)).toString());
        assertThat(rightPassword.status()).isEqualTo(423);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn(user.email(), AccessFixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void an_administrators_password_reset_unlocks_the_account() {
        UserView user = fixtures.aUser(Role.CASEWORKER);
        for (int i = 1; i <= 5; i++) {
            signIn(user.email(), "wrong-password-number-" + i);
        }

        users.resetPassword(Caller.system(), user.id(), "a-fresh-temporary-secret");

        Reply reply = signIn(user.email(), "a-fresh-temporary-secret");
        assertThat(reply.status()).isEqualTo(200);
        assertThat((Boolean) reply.at("user.mustChangePassword")).isTrue();
    }

    @Test
    void a_deactivated_account_cannot_sign_in() {
        UserView user = fixtures.aUser(Role.FIELD_AGENT);
        users.deactivate(Caller.system(), user.id());

        Reply reply = signIn(user.email(), AccessFixtures.PASSWORD);

        assertThat(reply.status()).isEqualTo(401);
        assertThat((String) reply.at("code")).isEqualTo("ACCOUNT_INACTIVE");
    }

    @Test
    void a_refresh_rotates_the_token_and_a_replayed_refresh_token_ends_the_whole_session() {
        UserView user = fixtures.aUser(Role.SUPERVISOR);
        String first = refreshCookie(signIn(user.email(), AccessFixtures.PASSWORD));

        Reply refreshed = http.post("/api/auth/refresh", "", "Cookie", first);
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshCookie(refreshed);
        assertThat(second).isNotEqualTo(first);

        clock.advance(Duration.ofMinutes(1));
        Reply replay = http.post("/api/auth/refresh", "", "Cookie", first);
        assertThat(replay.status()).isEqualTo(401);
        assertThat((String) replay.at("code")).isEqualTo("SESSION_EXPIRED");
        // the thief's replay also ended the legitimate holder's newer token
        assertThat(http.post("/api/auth/refresh", "", "Cookie", second).status()).isEqualTo(401);
    }

    @Test
    void signing_out_ends_the_session_and_clears_the_cookie() {
        UserView user = fixtures.aUser(Role.CASEWORKER);
        String cookie = refreshCookie(signIn(user.email(), AccessFixtures.PASSWORD));

        Reply out = http.post("/api/auth/logout", "", "Cookie", cookie);

        assertThat(out.status()).isEqualTo(204);
        assertThat(out.headerValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("vorda_refresh=;").contains("Max-Age=0"));
        assertThat(http.post("/api/auth/refresh", "", "Cookie", cookie).status()).isEqualTo(401);
    }

    @Test
    void changing_ones_password_keeps_this_session_and_ends_the_others() {
        UserView user = fixtures.aUser(Role.CASEWORKER);
        Reply here = signIn(user.email(), AccessFixtures.PASSWORD);
        String elsewhere = refreshCookie(signIn(user.email(), AccessFixtures.PASSWORD));

        Reply changed = http.graphql(here.at("accessToken"), "mutation { passwordChange(input: {currentPassword: \"%s\", newPassword: \"Another-Fine-Secret-7\"}) { userErrors { code } } }"
                .formatted(AccessFixtures.PASSWORD), Map.of());

        assertThat((java.util.List<?>) changed.at("data.passwordChange.userErrors")).as(changed.body()).isEmpty();
        assertThat(http.post("/api/auth/refresh", "", "Cookie", refreshCookie(here)).status()).isEqualTo(200);
        assertThat(http.post("/api/auth/refresh", "", "Cookie", elsewhere).status()).isEqualTo(401);
    }

    @Test
    void refreshing_without_a_cookie_says_the_session_has_ended() {
        Reply reply = http.post("/api/auth/refresh", "");

        assertThat(reply.status()).isEqualTo(401);
        assertThat((String) reply.at("code")).isEqualTo("SESSION_EXPIRED");
    }

    @Test
    void malformed_json_is_a_problem_naming_no_internals() {
        Reply reply = http.post("/api/auth/login", "{\"email\": \"a@b.c\", ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((String) reply.at("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(reply.body()).doesNotContain("io.micronaut").doesNotContain("Exception").doesNotContain("at ");
    }

    @Test
    void an_unknown_field_is_refused_by_name() {
        Reply reply = http.post("/api/auth/login", "{\"email\":\"a@b.example\",\"password\":\"x\",\"remember\":true}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat((String) reply.at("errors.0.field")).isEqualTo("remember");
    }

    @Test
    void a_missing_field_is_refused_by_name() {
        Reply reply = http.post("/api/auth/login", "{\"email\":\"a@b.example\",\"password\":\"\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat((java.util.List<?>) reply.at("errors")).as(reply.body()).hasSize(1);
        assertThat((String) reply.at("errors.0.field")).isEqualTo("password");
    }

    @Test
    void an_oversized_body_is_refused() {
        String huge = "{\"email\":\"" + "a".repeat(2_000_000) + "\",\"password\":\"x\"}";

        Reply reply = http.post("/api/auth/login", huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat((String) reply.at("code")).isEqualTo("REQUEST_TOO_LARGE");
    }
}
