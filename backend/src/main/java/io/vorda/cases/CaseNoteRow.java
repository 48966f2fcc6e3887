package io.vorda.cases;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code case_notes}. */
@MappedEntity("case_notes")
record CaseNoteRow(@Id UUID id, UUID caseId, String text, String author, Instant createdAt) {

    CaseNoteView view() {
        return new CaseNoteView(id, new CaseId(caseId), text, author, createdAt);
    }
}
