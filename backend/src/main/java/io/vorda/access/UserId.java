package io.vorda.access;

import java.util.UUID;

/** Identity of a user (staff or field) in the access module. */
public record UserId(UUID value) {

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
