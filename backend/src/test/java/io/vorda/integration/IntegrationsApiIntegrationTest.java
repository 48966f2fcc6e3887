package io.vorda.integration;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vorda.access.ApiClients;
import io.vorda.access.Caller;
import io.vorda.access.NewApiClient;
import io.vorda.access.Role;
import io.vorda.testing.AccessFixtures;
import io.vorda.testing.DatabaseTest;
import io.vorda.testing.TestHttp;
import io.vorda.testing.TestHttp.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IntegrationsApiIntegrationTest implements DatabaseTest {

    @Inject TestHttp http;
    @Inject ApiClients apiClients;
    @Inject AccessFixtures fixtures;

    private NewApiClient aClient() {
        return apiClients.create(Caller.system(), "Acme ERP " + System.nanoTime());
    }

    private Reply token(String clientId, String secret) {
        return http.postJson("/api/integrations/v1/tokens",
                Map.of("grantType", "CLIENT_CREDENTIALS", "clientId", clientId, "clientSecret", secret));
    }

    @Test
    void an_integrator_trades_client_credentials_for_a_token_and_sees_its_own_client() {
        NewApiClient client = aClient();

        Reply token = token(client.client().clientId(), client.clientSecret());
        Reply me = http.get("/api/integrations/v1/api-client", "Authorization", "Bearer " + token.at("accessToken"));

        assertThat(token.status()).isEqualTo(200);
        assertThat((String) token.at("tokenType")).isEqualTo("Bearer");
        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.at("clientId")).isEqualTo(client.client().clientId());
        assertThat((String) me.at("name")).isEqualTo(client.client().name());
    }

    @Test
    void a_wrong_secret_or_a_revoked_client_gets_no_token() {
        NewApiClient client = aClient();
        assertThat((String) token(client.client().clientId(), "wrong-secret").at("code")).isEqualTo("INVALID_CLIENT");

        apiClients.revoke(Caller.system(), client.client().id());
        Reply revoked = token(client.client().clientId(), client.clientSecret());

        assertThat(revoked.status()).isEqualTo(401);
        assertThat((String) revoked.at("code")).isEqualTo("INVALID_CLIENT");
    }

    @Test
    void a_bad_grant_type_names_the_field() {
        Reply reply = http.post("/api/integrations/v1/tokens", "{\"grantType\":\"PASSWORD\",\"clientId\":\"x\",\"clientSecret\":\"y\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void without_a_token_the_integrations_api_answers_401() {
        Reply reply = http.get("/api/integrations/v1/api-client");

        assertThat(reply.status()).isEqualTo(401);
        assertThat((String) reply.at("code")).isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void staff_tokens_of_every_role_are_refused_by_the_integrations_api(Role role) {
        String staffToken = http.signIn(fixtures.aUser(role).email(), AccessFixtures.PASSWORD);

        Reply reply = http.get("/api/integrations/v1/api-client", "Authorization", "Bearer " + staffToken);

        assertThat(reply.status()).isEqualTo(403);
        assertThat((String) reply.at("code")).isEqualTo("PERMISSION_DENIED");
    }
}
