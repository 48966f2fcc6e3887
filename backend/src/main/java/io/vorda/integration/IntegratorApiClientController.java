package io.vorda.integration;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.vorda.access.ApiClientId;
import io.vorda.access.ApiClientView;
import io.vorda.access.ApiClients;
import io.vorda.access.Caller;
import io.vorda.shared.DomainException;
import io.vorda.shared.ErrorCode;

import java.util.UUID;

/** GET /api/integrations/v1/api-client: the API client the bearer token belongs to. */
@Controller("/api/integrations/v1/api-client")
@Secured("API_CLIENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class IntegratorApiClientController {

    private final ApiClients apiClients;

    IntegratorApiClientController(ApiClients apiClients) {
        this.apiClients = apiClients;
    }

    @Get
    ApiClientResponse getApiClient(Authentication authentication) {
        Caller caller = Caller.fromClaims(authentication.getName(), authentication.getRoles(), authentication.getAttributes());
        ApiClientView client = apiClients.find(caller, new ApiClientId(UUID.fromString(authentication.getName())))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "This API client no longer exists."));
        return new ApiClientResponse(client.clientId(), client.name(), client.createdAt());
    }
}
