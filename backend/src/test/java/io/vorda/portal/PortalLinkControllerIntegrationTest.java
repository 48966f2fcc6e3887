package io.vorda.portal;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class PortalLinkControllerIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;

    @Test
    void an_unknown_link_is_not_found_as_a_problem() {
        Reply reply = http.get("/api/portal/v1/links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((String) reply.at("code")).isEqualTo("PORTAL_LINK_INVALID");
    }

    @Test
    void a_malformed_token_is_refused_naming_the_token() {
        Reply reply = http.get("/api/portal/v1/links/short");

        assertThat(reply.status()).isEqualTo(400);
        assertThat((String) reply.at("errors.0.field")).isEqualTo("token");
    }

    @Test
    void portal_responses_never_send_the_link_as_referrer() {
        Reply reply = http.get("/api/portal/v1/links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        assertThat(reply.header("Referrer-Policy")).contains("no-referrer");
    }
}
