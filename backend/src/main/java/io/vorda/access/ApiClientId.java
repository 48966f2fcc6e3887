package io.vorda.access;

import java.util.UUID;

/** Identity of an integrator's API client in the access module. */
public record ApiClientId(UUID value) {

    public static ApiClientId random() {
        return new ApiClientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
