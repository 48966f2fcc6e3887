package io.vorda.client;

import java.util.UUID;

/** Identity of a client profile. */
public record ClientId(UUID value) {
}
