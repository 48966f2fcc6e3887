package io.vorda.access;

/** A just-created API client with its secret, which is shown this once and never stored in readable form. */
public record NewApiClient(ApiClientView client, String clientSecret) {
}
