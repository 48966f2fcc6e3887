package io.vorda.party;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code party_addresses}; {@code postcodeKey} is the postcode without spaces or dashes, for lookups. */
@MappedEntity("party_addresses")
record AddressRow(@Id UUID id, UUID partyId, String kind, String street, String houseNumber,
                  @Nullable String houseNumberAddition, String postcode, String postcodeKey, String city, String country,
                  LocalDate validFrom, @Nullable LocalDate validUntil, Instant createdAt, String createdBy,
                  Instant updatedAt, String updatedBy, @Version long version) {

    AddressRow endingOn(LocalDate lastDay, Instant at, String by) {
        return new AddressRow(id, partyId, kind, street, houseNumber, houseNumberAddition, postcode, postcodeKey, city,
                country, validFrom, lastDay, createdAt, createdBy, at, by, version);
    }

    AddressView view() {
        return new AddressView(id, new PartyId(partyId), AddressKind.valueOf(kind), street, houseNumber,
                houseNumberAddition, postcode, city, country, validFrom, validUntil);
    }
}
