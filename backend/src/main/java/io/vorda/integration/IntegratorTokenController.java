package io.vorda.integration;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vorda.access.ApiClients;
import io.vorda.access.IssuedToken;
import jakarta.validation.Valid;

/** POST /api/integrations/v1/tokens: client credentials for an access token. */
@Controller("/api/integrations/v1/tokens")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class IntegratorTokenController {

    private final ApiClients apiClients;

    IntegratorTokenController(ApiClients apiClients) {
        this.apiClients = apiClients;
    }

    @Post
    MutableHttpResponse<TokenResponse> obtainAccessToken(@Body @Valid TokenRequest request) {
        IssuedToken token = apiClients.issueToken(request.clientId(), request.clientSecret());
        return HttpResponse.ok(new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds()))
                .header("Cache-Control", "no-store");
    }
}
