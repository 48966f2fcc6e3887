package io.vorda.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code party_stays}. */
@MappedEntity("party_stays")
record StayRow(@Id UUID id, UUID partyId, String kind, @Nullable String institution, LocalDate fromDate,
               @Nullable LocalDate untilDate, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
               @Version long version) {

    StayView view() {
        return new StayView(id, new PartyId(partyId), StayKind.valueOf(kind), institution, fromDate, untilDate);
    }
}
