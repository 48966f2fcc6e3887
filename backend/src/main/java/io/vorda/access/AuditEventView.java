package io.vorda.access;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One entry of the access audit log. */
public record AuditEventView(UUID id, Instant occurredAt, AuditAction action, String actor, @Nullable UserId actorUser,
                             @Nullable String subject, @Nullable String detail, @Nullable String ipAddress) {
}
