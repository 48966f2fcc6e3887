package io.vorda.party;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code party_notes}: appended, never edited. */
@MappedEntity("party_notes")
record NoteRow(@Id UUID id, UUID partyId, String text, String author, Instant createdAt) {

    PartyNoteView view() {
        return new PartyNoteView(id, new PartyId(partyId), text, author, createdAt);
    }
}
