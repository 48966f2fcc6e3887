package io.vorda.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code teams}. */
@MappedEntity("teams")
record TeamRow(
        @Id UUID id,
        String name,
        @Nullable String description,
        boolean active,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Version long version) {

    TeamRow changed(String newName, @Nullable String newDescription, boolean isActive, Instant at, String by) {
        return new TeamRow(id, newName, newDescription, isActive, createdAt, createdBy, at, by, version);
    }

    TeamView view() {
        return new TeamView(new TeamId(id), name, description, active);
    }
}
