package io.vorda.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_events}: the timeline, append-only. */
@MappedEntity("case_events")
record CaseEventRow(@Id UUID id, UUID caseId, Instant occurredAt, String actor, String kind,
                    @Nullable String beforeValue, @Nullable String afterValue, @Nullable String detail) {

    CaseEventView view() {
        return new CaseEventView(id, new CaseId(caseId), occurredAt, actor, kind, beforeValue, afterValue, detail);
    }
}
