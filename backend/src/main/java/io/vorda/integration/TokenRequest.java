package io.vorda.integration;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /api/integrations/v1/tokens body (OAuth 2.0 client credentials, in JSON). */
@Serdeable
record TokenRequest(@NotNull GrantType grantType, @NotBlank @Size(max = 64) String clientId,
                    @NotBlank @Size(max = 128) String clientSecret) {

    /** The only grant integrators use. */
    enum GrantType { CLIENT_CREDENTIALS }
}
