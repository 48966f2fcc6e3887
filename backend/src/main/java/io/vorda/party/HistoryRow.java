package io.vorda.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code party_history}: appended, never edited. */
@MappedEntity("party_history")
record HistoryRow(@Id UUID id, UUID partyId, Instant occurredAt, String actor, String kind, @Nullable String before,
                  @Nullable String after) {

    PartyChangeView view() {
        return new PartyChangeView(id, new PartyId(partyId), occurredAt, actor, PartyChangeKind.valueOf(kind), before, after);
    }
}
