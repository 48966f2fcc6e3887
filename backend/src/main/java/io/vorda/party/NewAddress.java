package io.vorda.party;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** An address as typed; the postcode is checked for NL, BE, DE and PL. A null validFrom means today. */
public record NewAddress(AddressKind kind, String street, String houseNumber, @Nullable String houseNumberAddition,
                         String postcode, String city, String country, @Nullable LocalDate validFrom) {
}
