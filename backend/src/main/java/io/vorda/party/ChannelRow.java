package io.vorda.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code party_contact_channels}; {@code valueKey} is the E.164 number or lower-case e-mail, for lookups. */
@MappedEntity("party_contact_channels")
record ChannelRow(@Id UUID id, UUID partyId, String kind, String value, String valueKey, @Nullable String label,
                  boolean optedOut, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                  @Version long version) {

    ChannelRow withOptOut(boolean isOptedOut, Instant at, String by) {
        return new ChannelRow(id, partyId, kind, value, valueKey, label, isOptedOut, createdAt, createdBy, at, by, version);
    }

    ContactChannelView view() {
        return new ContactChannelView(id, new PartyId(partyId), ChannelKind.valueOf(kind), value, label, optedOut);
    }
}
