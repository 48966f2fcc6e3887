package io.vorda.cases;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One entry of a case's timeline: who did what when, and what changed from → to. */
public record CaseEventView(UUID id, CaseId caseId, Instant occurredAt, String actor, String kind,
                            @Nullable String before, @Nullable String after, @Nullable String detail) {
}
