package io.vorda.arrangement;

import java.util.UUID;

/** Identifies a promise to pay. */
public record PromiseId(UUID value) {
}
