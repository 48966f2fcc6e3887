package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** An address with its validity period [validFrom, validUntil] (both days inclusive; validUntil null = current). */
public record AddressView(UUID id, PartyId party, AddressKind kind, String street, String houseNumber,
                          @Nullable String houseNumberAddition, String postcode, String city, String country,
                          LocalDate validFrom, @Nullable LocalDate validUntil) {

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validUntil == null || !validUntil.isBefore(date));
    }
}
