package io.vorda.party;

import java.time.Instant;
import java.util.UUID;

/** A note about a party. */
public record PartyNoteView(UUID id, PartyId party, String text, String author, Instant createdAt) {
}
