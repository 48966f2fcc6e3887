package io.vorda.access;

import org.jspecify.annotations.Nullable;

/** A team as other modules and adapters see it. */
public record TeamView(TeamId id, String name, @Nullable String description, boolean active) {
}
