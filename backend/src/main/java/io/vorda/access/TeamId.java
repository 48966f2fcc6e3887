package io.vorda.access;

import java.util.UUID;

/** Identity of a team in the access module. */
public record TeamId(UUID value) {

    public static TeamId random() {
        return new TeamId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
