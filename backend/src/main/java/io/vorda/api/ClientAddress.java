package io.vorda.api;

import io.micronaut.http.HttpRequest;

/** The caller's network address for audit trails and rate limits. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The remote address as Micronaut resolves it; behind a proxy, configure
     * {@code micronaut.server.client-address-header} so that only the trusted proxy's header is believed.
     */
    public static String of(HttpRequest<?> request) {
        var address = request.getRemoteAddress();
        return address.getAddress() == null ? address.getHostString() : address.getAddress().getHostAddress();
    }
}
