package io.vorda.cases;

import java.time.Instant;
import java.util.UUID;

/** A note on a case. */
public record CaseNoteView(UUID id, CaseId caseId, String text, String author, Instant createdAt) {
}
