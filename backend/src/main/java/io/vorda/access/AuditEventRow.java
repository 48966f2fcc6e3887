package io.vorda.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code audit_events}; append-only, so it has no version or update columns. */
@MappedEntity("audit_events")
record AuditEventRow(
        @Id UUID id,
        Instant occurredAt,
        String action,
        @Nullable UUID actorUserId,
        String actor,
        @Nullable UUID subjectId,
        @Nullable String subject,
        @Nullable String detail,
        @Nullable String ipAddress) {

    AuditEventView view() {
        return new AuditEventView(id, occurredAt, AuditAction.valueOf(action), actor,
                actorUserId == null ? null : new UserId(actorUserId), subject, detail, ipAddress);
    }
}
